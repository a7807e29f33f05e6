// `contingent insurance ...` in-process: a policy added from the command line
// (repeated and listed --officer, --mission, a document), every kind of bad
// input refused with the field named, exit 1 and nothing written; the cover,
// the exposure, the calculators and their JSON (amounts as strings); the
// officer's wall; files in and out.
#include "insurancestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace insurancetest;

namespace {

QJsonDocument json(const std::string& text)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(text));
}

QString write(QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

const std::vector<std::string> kPolicy{
    "add",    "--insurer",  "Triglav", "--number",  "12-3",         "--first",  "2025-01-01",
    "--last", "2025-06-30", "--death", "100000.00", "--disability", "150000.50"};

std::vector<std::string> with(std::vector<std::string> args,
                              std::initializer_list<std::string> more)
{
    args.insert(args.end(), more);
    return args;
}

/// `args` with the value after `option` replaced.
std::vector<std::string> replaced(std::vector<std::string> args, const std::string& option,
                                  const std::string& value)
{
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == option)
            args[i + 1] = value;
    return args;
}

} // namespace

class TestInsuranceCommands : public QObject {
    Q_OBJECT
private slots:
    void addPrintsTheId();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void coverAndExposure();
    void calculators();
    void calculatorRefusals_data();
    void calculatorRefusals();
    void officerSeesOwnCoverOnly();
    void filesInAndOut();
};

void TestInsuranceCommands::addPrintsTheId()
{
    Store s;
    QTemporaryDir dir;
    const QString pdf = write(dir, "policy.pdf", "%PDF-1.7\n%%EOF\n");
    const auto r = s.insurance(
        with(kPolicy, {"--officer", "P-1", "--officer", "P-2", "--document", pdf.toStdString()}));
    QCOMPARE(r.code, 0);
    const std::int64_t id = std::stoll(r.out);
    const Policy p = *PolicyBook(*s.context).find(id);
    QCOMPARE(p.officers.size(), std::size_t(2));
    QVERIFY(p.disability == Money::fromCents(15000050));
    QCOMPARE(*p.document, std::string("policy.pdf"));
    // A group policy, missions listed with a comma.
    const auto g =
        s.insurance(replaced(with(kPolicy, {"--mission", "EUAM,EUMM"}), "--number", "GP-1"));
    QCOMPARE(g.code, 0);
    QCOMPARE(PolicyBook(*s.context).find(std::stoll(g.out))->missions.size(), std::size_t(2));
    const auto list = json(s.insurance({"list", "--json"}).out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject()["death"].toString(),
             QString("100000.00")); // a string, never a float
    QCOMPARE(list[0].toObject()["officers"].toArray().size(), 2);
}

void TestInsuranceCommands::badInputWritesNothing_data()
{
    QTest::addColumn<std::vector<std::string>>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const auto officer = with(kPolicy, {"--officer", "P-1"});
    QTest::newRow("last before first") << replaced(officer, "--last", "2024-12-31") << 1
                                       << "--last: 2024-12-31 comes before --first";
    QTest::newRow("negative sum") << replaced(officer, "--death", "-1") << 1
                                  << "--death: -1 is negative";
    QTest::newRow("not a sum") << replaced(officer, "--disability", "lots") << 1
                               << "--disability: \"lots\" is not an amount";
    QTest::newRow("not a date") << replaced(officer, "--first", "2025-02-30") << 2
                                << "--first: \"2025-02-30\" is not a date";
    QTest::newRow("unknown officer") << with(kPolicy, {"--officer", "P-404"}) << 1
                                     << "--officer: no officer has service number \"P-404\"";
    QTest::newRow("unknown mission") << with(kPolicy, {"--mission", "NOWHERE"}) << 1
                                     << "--mission: there is no mission \"NOWHERE\"";
    QTest::newRow("nobody covered") << kPolicy << 2 << "name whom the policy covers";
    QTest::newRow("officers and missions")
        << with(officer, {"--mission", "EUAM"}) << 2 << "not both";
    QTest::newRow("no insurer") << replaced(officer, "--insurer", " ") << 1
                                << "insurer: is required";
    QTest::newRow("a document that is not a PDF")
        << with(officer, {"--document", "PNG"}) << 1 << "--document: scan.png is not a PDF file";
    QTest::newRow("a document too large")
        << with(officer, {"--document", "BIG"}) << 1 << "--document: big.pdf is 10.0 MB";
}

void TestInsuranceCommands::badInputWritesNothing()
{
    QFETCH(std::vector<std::string>, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (std::string& a : args) {
        if (a == "PNG")
            a = write(dir, "scan.png", "\x89PNG\r\n\x1A\nrest").toStdString();
        if (a == "BIG") {
            a = write(dir, "big.pdf", "%PDF-1.4\n").toStdString();
            QFile(QString::fromStdString(a)).resize(sdk::kMaxAttachmentBytes + 1);
        }
    }
    Store s;
    const std::int64_t audited = s.count("audit_log");
    const auto r = s.insurance(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.find(message.toStdString()) != std::string::npos, r.err.c_str());
    QCOMPARE(s.count("insurance_policy"), 0);
    QCOMPARE(s.count("audit_log"), audited);
}

void TestInsuranceCommands::coverAndExposure()
{
    Store s;
    const DeploymentId t = s.tour("2025-03-01", "2025-08-31");
    s.insurance(replaced(with(kPolicy, {"--officer", "P-1"}), "--last", "2025-06-30"));
    const QJsonObject cover =
        json(s.insurance({"cover", "--deployment", std::to_string(t.value()), "--json"}).out)
            .object();
    QCOMPARE(cover["first_uncovered"].toString(), QString("2025-07-01"));
    QCOMPARE(cover["uncovered_days"].toInt(), 62);
    QCOMPARE(cover["covered_days"].toInt(), 122);
    QCOMPARE(cover["covered"].toArray()[0].toObject()["number"].toString(), QString("12-3"));
    const auto text = s.insurance({"cover", "--deployment", std::to_string(t.value())});
    QVERIFY2(text.out.find("NOT INSURED from 2025-07-01: 62 of 184 days without cover; policy "
                           "12-3 (Triglav) lapses on 2025-06-30")
                 != std::string::npos,
             text.out.c_str());
    const QJsonObject e = json(s.insurance({"exposure", "--json"}).out).object();
    QCOMPARE(e["uncovered_tours"].toInt(), 1);
    QCOMPARE(e["total_on_death"].toString(), QString("100000.00"));
    QCOMPARE(e["tours"].toArray()[0].toObject()["officer"].toString(), QString("P-1"));
    QCOMPARE(s.insurance({"cover", "--deployment", "999"}).code, 1);
}

void TestInsuranceCommands::calculators()
{
    Store s;
    const QJsonObject lump =
        json(s.insurance({"lump-sum", "--wages",
                          "1000,1100,1200,1300,1400,1500,1600,1700,1800,1900.99", "--json"})
                 .out)
            .object();
    QCOMPARE(lump["minimum"].toString(), QString("9900.99"));
    QCOMPARE(lump["maximum"].toString(), QString("14500.99"));
    QCOMPARE(lump["legal_basis"].toString(), QString("Police Act, Art. 91"));
    const QJsonObject c = json(s.insurance({"compensation", "--sum", "80000", "--outcome",
                                            "disability", "--degree", "37.5", "--json"})
                                   .out)
                              .object();
    QCOMPARE(c["compensation"].toString(), QString("30000.00"));
    QCOMPARE(c["degree"].toString(), QString("37.50"));
    const auto death = s.insurance({"compensation", "--sum", "80000.10", "--outcome", "death"});
    QVERIFY2(death.out.find("80000.10 (100% of 80000.10)") != std::string::npos, death.out.c_str());
}

void TestInsuranceCommands::calculatorRefusals_data()
{
    QTest::addColumn<std::vector<std::string>>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nine wages") << std::vector<std::string>{"lump-sum", "--wages",
                                                            "1,2,3,4,5,6,7,8,9"}
                                << "wages: give the last ten monthly wages";
    QTest::newRow("eleven wages") << std::vector<std::string>{"lump-sum", "--wages",
                                                              "1,2,3,4,5,6,7,8,9,10,11"}
                                  << "(got 11)";
    QTest::newRow("a wage that is not a number")
        << std::vector<std::string>{"lump-sum", "--wages", "1,2,3,x,5,6,7,8,9,10"}
        << "--wages (month 4): \"x\" is not an amount";
    QTest::newRow("degree over 100")
        << std::vector<std::string>{"compensation", "--sum",    "1",  "--outcome",
                                    "disability",   "--degree", "101"}
        << "degree: \"101\" is not a percentage from 0 to 100";
    QTest::newRow("negative sum") << std::vector<std::string>{"compensation", "--sum", "-5",
                                                              "--outcome", "death"}
                                  << "--sum: -5 is negative";
    QTest::newRow("unknown outcome")
        << std::vector<std::string>{"compensation", "--sum", "5", "--outcome", "injury"}
        << "outcome: \"injury\" is not an outcome";
}

void TestInsuranceCommands::calculatorRefusals()
{
    QFETCH(std::vector<std::string>, args);
    QFETCH(QString, message);
    Store s;
    const auto r = s.insurance(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find(message.toStdString()) != std::string::npos, r.err.c_str());
}

void TestInsuranceCommands::officerSeesOwnCoverOnly()
{
    Store staff;
    const DeploymentId own = staff.tour("2025-03-01", "2025-03-31");
    const DeploymentId theirs =
        staff.tour("2025-03-01", "2025-03-31", staff.high, std::nullopt, {}, staff.other);
    sdk::Context officer("insurance", staff.db,
                         sdk::CurrentUser{"ana", "Ana", sdk::Role::Officer, staff.officer, true},
                         staff.clock, staff.checks, staff.changes);
    const auto run = [&](std::vector<std::string> args) {
        std::ostringstream out, err;
        sdk::CommandInvocation call{std::move(args), officer, out, err};
        const int code = runInsuranceCommand(call);
        return std::pair(code, out.str() + err.str());
    };
    QCOMPARE(run({"cover", "--deployment", std::to_string(own.value())}).first, 0);
    const auto refused = run({"cover", "--deployment", std::to_string(theirs.value())});
    QCOMPARE(refused.first, 1);
    QVERIFY2(refused.second.find("there is no tour with id") != std::string::npos,
             refused.second.c_str());
    QCOMPARE(run({"exposure"}).first, 1);
    QCOMPARE(run({"list"}).first, 1);
    QCOMPARE(run({"export", "--format", "csv"}).first, 1);
    QCOMPARE(run(with(kPolicy, {"--officer", "P-1"})).first, 1); // may not add
    QCOMPARE(staff.count("insurance_policy"), 0);
}

void TestInsuranceCommands::filesInAndOut()
{
    Store s;
    s.insurance(with(kPolicy, {"--officer", "P-1,P-2"}));
    QTemporaryDir dir;
    const std::string path = dir.filePath("policies.xlsx").toStdString();
    QCOMPARE(s.insurance({"export", "--out", path}).code, 0);
    // Recorded, with the file (the SDK's export verb).
    const auto exported = s.context->audit().entries("file");
    QCOMPARE(exported.size(), std::size_t(1));
    QVERIFY(exported.front().detailsJson.find(path) != std::string::npos);
    s.db.execute("DELETE FROM insurance_policy");
    const auto r = s.insurance({"import", path});
    QVERIFY2(r.code == 0, r.err.c_str());
    QVERIFY(r.out.find("1 polic(ies) added") != std::string::npos);
    const QString bad = write(dir, "bad.csv",
                              "insurer,number,first_day,last_day,death,disability,officers,"
                              "missions,document\nTriglav,9,2025-01-01,2025-12-31,-1,1,P-1,,\n");
    const auto refused = s.insurance({"import", bad.toStdString()});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.find("line 2, column death") != std::string::npos, refused.err.c_str());
    QCOMPARE(s.count("insurance_policy"), 1);
}

QTEST_GUILESS_MAIN(TestInsuranceCommands)
#include "tst_insurancecommands.moc"
