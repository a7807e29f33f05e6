// Attachments (attachments.h): a file is judged by its content, not its name;
// empty, too large and wrong-kind files are refused naming the field; the
// bytes go into and out of the store as a BLOB unchanged.
#include <contingent/sdk/attachments.h>
#include <contingent/sdk/store.h>

#include <QTemporaryDir>
#include <QTest>

using namespace contingent::sdk;

namespace {

const QByteArray kPdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
const QByteArray kJpeg = QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11);
constexpr MediaType kPdfOnly[] = {MediaType::Pdf};
constexpr MediaType kReceipt[] = {MediaType::Pdf, MediaType::Jpeg, MediaType::Png};

std::string refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestAttachments : public QObject {
    Q_OBJECT
private slots:
    void sniffsByContent_data();
    void sniffsByContent();
    void refusals();
    void tooLargeIsRefusedBeforeReading();
    void blobRoundTrip();
};

void TestAttachments::sniffsByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("type"); // -1: none
    QTest::newRow("pdf") << kPdf << int(MediaType::Pdf);
    QTest::newRow("png") << kPng << int(MediaType::Png);
    QTest::newRow("jpeg") << kJpeg << int(MediaType::Jpeg);
    QTest::newRow("docx (a zip)") << QByteArray("PK\x03\x04\x14\0", 6) << -1;
    QTest::newRow("text") << QByteArray("PDF-1.4 but not the signature") << -1;
    QTest::newRow("short") << QByteArray("%PD") << -1;
}

void TestAttachments::sniffsByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, type);
    const auto sniffed = sniffMediaType(bytes);
    QCOMPARE(sniffed ? int(*sniffed) : -1, type);
}

void TestAttachments::refusals()
{
    // A PDF named .png is a PDF; a PNG where only a PDF is allowed is refused.
    QVERIFY(makeAttachment("document", "scan.png", kPdf, kPdfOnly).type == MediaType::Pdf);
    QCOMPARE(refusal([] { makeAttachment("document", "photo.png", kPng, kPdfOnly); }),
             std::string("document: photo.png is not a PDF file"));
    QCOMPARE(refusal([] { makeAttachment("receipt", "a.docx", "PK\x03\x04", kReceipt); }),
             std::string("receipt: a.docx is not a PDF, JPEG or PNG file"));
    QCOMPARE(refusal([] { makeAttachment("receipt", "empty.pdf", {}, kReceipt); }),
             std::string("receipt: empty.pdf is empty"));
    // The limit itself is allowed; one byte more is not.
    QByteArray big = kPdf + QByteArray(1000 - kPdf.size(), ' ');
    QCOMPARE(makeAttachment("document", "big.pdf", big, kPdfOnly, 1000).bytes.size(), 1000);
    big.append(' ');
    QVERIFY(refusal([&] {
                makeAttachment("document", "big.pdf", big, kPdfOnly, 1000);
            }).starts_with("document: big.pdf is 0.0 MB; at most"));
    QCOMPARE(toString(MediaType::Jpeg), std::string_view("image/jpeg"));
    QVERIFY(mediaTypeFromString("image/png") == MediaType::Png);
    QVERIFY(!refusal([] { mediaTypeFromString("text/plain"); }).empty());
}

void TestAttachments::tooLargeIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("policy.pdf");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPdf);
    QVERIFY(f.resize(kMaxAttachmentBytes + 1)); // sparse: 10 MB and one byte
    f.close();
    QCOMPARE(refusal([&] { readAttachment("document", path, kPdfOnly); }),
             std::string("document: policy.pdf is 10.0 MB; at most 10.0 MB can be kept in the "
                         "store"));
    QVERIFY(f.resize(kMaxAttachmentBytes));
    const Attachment a = readAttachment("document", path, kPdfOnly);
    QCOMPARE(a.name, std::string("policy.pdf"));
    QCOMPARE(a.bytes.size(), kMaxAttachmentBytes);
    QVERIFY(refusal([&] {
                readAttachment("document", dir.filePath("missing.pdf"), kPdfOnly);
            }).starts_with("document: cannot read"));
}

void TestAttachments::blobRoundTrip()
{
    Database db(":memory:");
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, content BLOB)");
    const QByteArray bytes = kPng + QByteArray("\0\x01\x02\xFF", 4);
    Statement insert(db, "INSERT INTO t (content) VALUES (?)");
    insert.bind(1, bytes).run();
    insert.reset();
    insert.bind(1, QByteArray()).run(); // empty, not NULL
    Statement read(db, "SELECT content, typeof(content) FROM t ORDER BY id");
    QVERIFY(read.step());
    QCOMPARE(read.blob(0), bytes);
    QCOMPARE(read.text(1), std::string("blob"));
    QVERIFY(read.step());
    QCOMPARE(read.text(1), std::string("blob"));
    QVERIFY(read.blob(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
