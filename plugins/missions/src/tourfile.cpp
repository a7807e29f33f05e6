#include "tourfile.h"

#include <QBuffer>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

namespace contingent::missions {

namespace {

struct MissionDates {
    std::int64_t id = 0;
    sdk::Date start;
    std::optional<sdk::Date> end;
};

struct Row {
    int line = 0;
    sdk::OfficerId officerId;
    MissionDates mission;
    std::string missionCode;
    sdk::Deployment deployment;
    /// Absent (a JSON key left out): an update keeps the stored value.
    std::optional<std::string> position, hostSupervisor, returnPosition;
    std::int64_t existingId = 0; ///< the tour it updates, or 0
};

/// A tour taking up days of an officer's time, from the file or from the store.
struct Booking {
    sdk::Period period;
    std::string missionCode;
    int line = 0; ///< 0: in the store
};

class RowChecker {
public:
    /// What the file calls a row in messages ("line", or "row" in a workbook).
    void setPlace(std::string place) { m_place = std::move(place); }
    RowChecker(sdk::Database& db, sdk::Date today, std::vector<sdk::ImportProblem>& problems)
        : m_today(today)
        , m_problems(problems)
    {
        for (sdk::Statement st(db, "SELECT service_number, id FROM officer"); st.step();)
            m_officers.emplace(st.text(0), st.int64(1));
        for (sdk::Statement st(db, "SELECT code, id, start_date, end_date FROM mission");
             st.step();)
            m_missions.emplace(st.text(0),
                               MissionDates{st.int64(1), st.date(2), st.optionalDate(3)});
        for (sdk::Statement st(db, "SELECT d.id, d.officer_id, d.mission_id, d.first_day, "
                                   "d.last_day, d.status, m.code FROM deployment d "
                                   "JOIN mission m ON m.id = d.mission_id");
             st.step();) {
            m_existing.emplace(
                key(st.int64(1), st.int64(2), st.textView(3)),
                Existing{st.int64(0), sdk::deploymentStatusFromString(st.textView(5))});
            if (st.textView(5) != "cancelled")
                m_stored[st.int64(1)].push_back(
                    {st.int64(0), {sdk::Period(st.date(3), st.date(4)), st.text(6), 0}});
        }
    }

    void problem(int line, std::string_view column, std::string reason)
    {
        m_problems.push_back({line, std::string(column), std::move(reason)});
    }

    /// fields in kTourColumns order; `given[i]` is false for a JSON key left out.
    void check(int line, std::vector<std::string> f, std::vector<Row>& rows,
               std::vector<bool> given = {})
    {
        given.resize(f.size(), true);
        const std::size_t before = m_problems.size();
        Row row;
        row.line = line;
        if (f[0].empty())
            problem(line, "service_number", "is required");
        else if (auto it = m_officers.find(f[0]); it == m_officers.end())
            problem(line, "service_number", "no officer has service number " + sdk::quoted(f[0]));
        else
            row.officerId = sdk::OfficerId(it->second);
        if (f[1].empty())
            problem(line, "mission", "is required");
        else if (auto it = m_missions.find(f[1]); it == m_missions.end())
            problem(line, "mission", sdk::quoted(f[1]) + " is not a mission code in the catalogue");
        else
            row.mission = it->second;
        row.missionCode = f[1];
        const auto first = sdk::Date::tryFromIso(f[3]);
        const auto last = sdk::Date::tryFromIso(f[4]);
        if (!first)
            problem(line, "first_day", sdk::quoted(f[3]) + " is not a date (YYYY-MM-DD)");
        if (!last)
            problem(line, "last_day", sdk::quoted(f[4]) + " is not a date (YYYY-MM-DD)");
        if (first && last && *last < *first)
            problem(line, "last_day",
                    "the last day " + f[4] + " comes before the first day " + f[3]);
        sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned;
        const auto stored = m_existing.find(key(row.officerId.value(), row.mission.id, f[3]));
        if (f[5].empty() && stored != m_existing.end()) {
            status = stored->second.status; // an update keeps the stored status
        } else if (f[5].empty()) {
            if (last && *last < m_today)
                status = sdk::DeploymentStatus::Completed;
        } else {
            try {
                status = sdk::deploymentStatusFromString(f[5]);
            } catch (const sdk::InputError&) {
                problem(line, "status",
                        sdk::quoted(f[5])
                            + " is not one of planned, proposed, approved, "
                              "active, completed, cancelled");
            }
        }
        if (m_problems.size() > before)
            return;
        const sdk::Period period(*first, *last);
        if (const auto why = sdk::tourPlausibilityProblem(period, status, m_today)) {
            problem(line,
                    status == sdk::DeploymentStatus::Completed && last >= m_today ? "status"
                                                                                  : "last_day",
                    *why);
            return;
        }
        const bool cancelled = status == sdk::DeploymentStatus::Cancelled;
        if (!cancelled
            && (period.first() < row.mission.start
                || (row.mission.end && period.last() > *row.mission.end))) {
            problem(line, "first_day",
                    "the tour " + period.toString() + " falls outside mission " + f[1] + " ("
                        + row.mission.start.toIso() + ".."
                        + (row.mission.end ? row.mission.end->toIso() : "ongoing") + ")");
            return;
        }
        const std::string k = key(row.officerId.value(), row.mission.id, f[3]);
        if (auto dup = m_fileKeys.find(k); dup != m_fileKeys.end()) {
            problem(line, "",
                    "the same tour (officer, mission, first day) is on line "
                        + std::to_string(dup->second) + " too");
            return;
        }
        m_fileKeys.emplace(k, line);
        if (auto it = m_existing.find(k); it != m_existing.end())
            row.existingId = it->second.id;
        row.deployment = {sdk::DeploymentId(row.existingId),
                          row.officerId,
                          sdk::MissionId(row.mission.id),
                          f[2],
                          period,
                          status,
                          std::nullopt};
        const auto optional = [&](std::size_t i) {
            return given[i] ? std::optional(std::move(f[i])) : std::nullopt;
        };
        row.position = optional(2);
        row.hostSupervisor = optional(6);
        row.returnPosition = optional(7);
        if (!cancelled)
            m_fileBookings[row.officerId.value()].push_back({period, f[1], line});
        rows.push_back(std::move(row));
    }

    /// Reports tours of one officer that share days, in the file or with the store
    /// (a stored tour the file updates counts with its new dates only).
    void checkOverlaps(const std::vector<Row>& rows)
    {
        std::unordered_map<std::int64_t, bool> replaced;
        for (const Row& r : rows)
            if (r.existingId)
                replaced[r.existingId] = true;
        for (auto& [officer, bookings] : m_fileBookings) {
            if (auto it = m_stored.find(officer); it != m_stored.end())
                for (const auto& [id, booking] : it->second)
                    if (!replaced.count(id))
                        bookings.push_back(booking);
            std::sort(bookings.begin(), bookings.end(), [](const Booking& a, const Booking& b) {
                return a.period.first() < b.period.first();
            });
            // Sweep: compare each booking with the one reaching furthest so far.
            const Booking* reach = nullptr;
            for (const Booking& b : bookings) {
                if (reach && reach->period.overlaps(b.period)) {
                    const Booking& fileRow = b.line ? b : *reach;
                    const Booking& other = b.line ? *reach : b;
                    problem(fileRow.line, "first_day",
                            "overlaps the officer's tour in " + other.missionCode + " ("
                                + other.period.toString() + ")"
                                + (other.line ? " on " + m_place + " " + std::to_string(other.line)
                                              : " already in the store"));
                }
                if (!reach || b.period.last() > reach->period.last())
                    reach = &b;
            }
        }
    }

private:
    static std::string key(std::int64_t officer, std::int64_t mission, std::string_view first)
    {
        return std::to_string(officer) + "/" + std::to_string(mission) + "/" + std::string(first);
    }

    sdk::Date m_today;
    std::vector<sdk::ImportProblem>& m_problems;
    std::string m_place = "line"; ///< what a file calls a row: line, or row in a workbook
    std::unordered_map<std::string, std::int64_t> m_officers;
    std::unordered_map<std::string, MissionDates> m_missions;
    struct Existing {
        std::int64_t id = 0;
        sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned;
    };
    std::unordered_map<std::string, Existing> m_existing; ///< key -> the stored tour
    std::unordered_map<std::string, int> m_fileKeys;      ///< key -> line
    std::unordered_map<std::int64_t, std::vector<std::pair<std::int64_t, Booking>>> m_stored;
    std::unordered_map<std::int64_t, std::vector<Booking>> m_fileBookings;
};

void writeRows(sdk::Context& context, const std::vector<Row>& rows, sdk::ImportReport& report)
{
    sdk::Database& db = context.store();
    sdk::Statement insert(db, "INSERT INTO deployment (officer_id, mission_id, position, "
                              "first_day, last_day, status) VALUES (?, ?, ?, ?, ?, ?)");
    // NULL (a key left out of a JSON record) keeps what is stored. The status
    // is not written here: it moves through the status gate below.
    sdk::Statement update(db, "UPDATE deployment SET position = coalesce(?, position), "
                              "last_day = ? WHERE id = ?");
    sdk::Statement facts(
        db,
        "INSERT INTO missions_tour (deployment_id, host_supervisor, return_position) "
        "VALUES (?1, coalesce(?2, ''), coalesce(?3, '')) ON CONFLICT (deployment_id) DO UPDATE SET "
        "host_supervisor = coalesce(?2, host_supervisor), "
        "return_position = coalesce(?3, return_position)");
    // Each tour added or changed is recorded with its file row and, column by column, its old
    // and new values (issue #15, item 10), in the import's transaction.
    sdk::AuditLog audit = context.audit();
    sdk::Statement stored(
        db, "SELECT d.position, d.last_day, d.status, coalesce(t.host_supervisor, ''), "
            "coalesce(t.return_position, '') FROM deployment d "
            "LEFT JOIN missions_tour t ON t.deployment_id = d.id WHERE d.id = ?");
    sdk::Statement serviceNumber(db, "SELECT service_number FROM officer WHERE id = ?");
    const auto record = [&](const Row& r, std::int64_t id) {
        const sdk::Deployment& d = r.deployment;
        std::array<std::string, 8> after{std::string(),
                                         r.missionCode,
                                         r.position.value_or(std::string()),
                                         d.period.first().toIso(),
                                         d.period.last().toIso(),
                                         std::string(sdk::toString(d.status)),
                                         r.hostSupervisor.value_or(std::string()),
                                         r.returnPosition.value_or(std::string())};
        serviceNumber.reset();
        serviceNumber.bind(1, r.officerId);
        after[0] = serviceNumber.step() ? serviceNumber.text(0) : std::string();
        std::optional<std::array<std::string, 8>> before;
        if (r.existingId) {
            stored.reset();
            stored.bind(1, r.existingId);
            if (stored.step()) {
                before = after;
                (*before)[2] = stored.text(0);
                (*before)[4] = stored.text(1);
                (*before)[5] = stored.text(2);
                (*before)[6] = stored.text(3);
                (*before)[7] = stored.text(4);
                // A value the file leaves out (JSON) is kept.
                if (!r.position)
                    after[2] = (*before)[2];
                if (!r.hostSupervisor)
                    after[6] = (*before)[6];
                if (!r.returnPosition)
                    after[7] = (*before)[7];
            }
        }
        QJsonObject oldValues, newValues;
        for (std::size_t i = 0; i < after.size(); ++i) {
            if (before ? (*before)[i] == after[i] : after[i].empty())
                continue;
            const QString column =
                QString::fromLatin1(kTourColumns[i].data(), qsizetype(kTourColumns[i].size()));
            if (before)
                oldValues.insert(column, QString::fromStdString((*before)[i]));
            newValues.insert(column, QString::fromStdString(after[i]));
        }
        if (newValues.isEmpty())
            return;
        QJsonObject details{{"row", r.line}, {"new", newValues}};
        if (before)
            details.insert(QStringLiteral("old"), oldValues);
        audit.record("import", "deployment", id, details);
    };
    std::vector<std::pair<const Row*, std::int64_t>>
        gated; // rows whose status moves through the gate
    for (const Row& r : rows) {
        const sdk::Deployment& d = r.deployment;
        // New tours are planned, or history (completed, cancelled), as the SDK's
        // add() has it: written as they are. Any other status goes through the gate.
        const bool asWritten = d.status == sdk::DeploymentStatus::Planned
                               || d.status == sdk::DeploymentStatus::Completed
                               || d.status == sdk::DeploymentStatus::Cancelled;
        std::int64_t id = r.existingId;
        if (id)
            record(r, id); // before the update: the old values are still there
        if (id) {
            update.bindAll(r.position, d.period.last(), id).run();
            update.reset();
            ++report.updated;
        } else {
            insert
                .bindAll(d.officerId, d.missionId, d.position, d.period.first(), d.period.last(),
                         sdk::toString(asWritten ? d.status : sdk::DeploymentStatus::Planned))
                .run();
            insert.reset();
            id = db.lastInsertId();
            ++report.added;
            record(r, id);
        }
        facts.bindAll(id, r.hostSupervisor, r.returnPosition).run();
        facts.reset();
        if (r.existingId || !asWritten)
            gated.emplace_back(&r, id);
    }
    // After every row is in (the checks see the whole file), each status
    // change through the gate; a refusal is a problem of its line.
    for (const auto& [row, id] : gated) {
        try {
            context.changeStatus(sdk::DeploymentId(id), row->deployment.status);
        } catch (const sdk::InputError& e) {
            report.problems.push_back({row->line, "status", e.what()});
        }
    }
    if (!report.ok())
        return;
    audit.record("import", "missions.tours", std::nullopt,
                 QJsonObject{{"added", report.added}, {"updated", report.updated}});
    context.changes().announceAfterCommit(db, QStringLiteral("deployment"), 0,
                                          sdk::ChangeKind::Updated);
}

} // namespace

const std::vector<sdk::TableColumn>& tourTable()
{
    static const std::vector<sdk::TableColumn> columns = [] {
        std::vector<sdk::TableColumn> out;
        for (std::string_view name : kTourColumns)
            out.push_back({std::string(name), name == "first_day" || name == "last_day"
                                                  ? sdk::CellType::Date
                                                  : sdk::CellType::Text});
        return out;
    }();
    return columns;
}

sdk::ImportReport importTours(sdk::Context& context, const QByteArray& bytes,
                              sdk::FileFormat format, std::string_view sheet)
{
    sdk::ImportReport report;
    report.format = format;
    // Checked and written in one transaction: no other writer can slip an
    // overlapping tour in between. A bad file rolls back (nothing was written).
    sdk::WriteScope scope(context.store());
    RowChecker checker(context.store(), context.today(), report.problems);
    std::vector<Row> rows;
    if (format == sdk::FileFormat::Xlsx)
        checker.setPlace("row");
    if (format != sdk::FileFormat::Json) {
        sdk::readTableRows(
            bytes, format, tourTable(), report,
            [&](sdk::CsvRecord& record, std::size_t) {
                checker.check(record.firstLine, std::move(record.fields), rows);
            },
            sheet);
    } else if (const auto array = sdk::readJsonArray(bytes, "tours", report.problems)) {
        for (qsizetype i = 0; i < array->size(); ++i) {
            const int n = int(i) + 1;
            if (!(*array)[i].isObject()) {
                checker.problem(n, "", "is not an object");
                continue;
            }
            const QJsonObject o = (*array)[i].toObject();
            const std::size_t before = report.problems.size();
            // "id" is this store's (an export carries it); a row is known by its key.
            static const std::vector<std::string_view> keys = [] {
                std::vector<std::string_view> k(std::begin(kTourColumns), std::end(kTourColumns));
                k.push_back("id");
                return k;
            }();
            sdk::reportUnknownKeys(o, n, keys, "tour", report.problems);
            std::vector<std::string> fields;
            std::vector<bool> given;
            for (std::string_view key : kTourColumns) {
                const QJsonValue v = o.value(QLatin1String(key.data(), qsizetype(key.size())));
                const bool required = key == "service_number" || key == "mission"
                                      || key == "first_day" || key == "last_day";
                given.push_back(!v.isUndefined());
                if (v.isString())
                    fields.push_back(sdk::trimmed(v.toString().toStdString()));
                else {
                    if (!v.isUndefined() || required)
                        checker.problem(n, key,
                                        v.isUndefined() ? "is missing" : "must be a string");
                    fields.emplace_back();
                }
            }
            if (report.problems.size() == before)
                checker.check(n, std::move(fields), rows, std::move(given));
        }
    }
    // Overlaps among the rows that read well, in the same report as the bad
    // rows: one try shows every problem.
    checker.checkOverlaps(rows);
    sdk::sortProblems(report.problems);
    if (report.ok()) {
        writeRows(context, rows, report);
        if (report.ok())
            scope.commit(); // else nothing written: the scope rolls back
        else
            report.added = report.updated = 0;
    }
    return report;
}

void exportTours(QIODevice& out, sdk::Database& db, sdk::FileFormat format,
                 std::optional<sdk::OfficerId> officerId, std::string_view dateFormat)
{
    constexpr std::size_t n = std::size(kTourColumns);
    // Read again for each pass the table file makes (a workbook measures its columns first).
    const auto eachTour = [&db, officerId](const auto& each) {
        sdk::Statement st(
            db, "SELECT o.service_number, m.code, d.position, d.first_day, d.last_day, d.status, "
                "coalesce(t.host_supervisor, ''), coalesce(t.return_position, ''), d.id "
                "FROM deployment d JOIN officer o ON o.id = d.officer_id "
                "JOIN mission m ON m.id = d.mission_id "
                "LEFT JOIN missions_tour t ON t.deployment_id = d.id "
                "WHERE ?1 IS NULL OR d.officer_id = ?1 "
                "ORDER BY o.service_number, d.first_day, m.code");
        st.bindAll(officerId);
        while (st.step())
            each(st);
    };
    if (format != sdk::FileFormat::Json) {
        std::vector<std::string> row(n);
        sdk::writeTable(
            out, format, "Tours", tourTable(),
            [&](const std::function<void(const std::vector<std::string>&)>& each) {
                eachTour([&](const sdk::Statement& st) {
                    for (std::size_t i = 0; i < n; ++i)
                        row[i] = st.text(int(i));
                    each(row);
                });
            },
            dateFormat);
        return;
    }
    // The fields in the CSV's order (QJsonObject would sort them), with the tour's id.
    QByteArray buffer;
    const auto flush = [&] {
        if (out.write(buffer) != buffer.size())
            throw sdk::Error("cannot write the tours: " + out.errorString().toStdString());
        buffer.clear();
    };
    sdk::JsonWriter json(buffer);
    json.beginArray();
    eachTour([&](const sdk::Statement& st) {
        json.beginObject();
        json.key("id").value(st.int64(int(n))); // the tour's id in this store (ID in commands)
        for (std::size_t i = 0; i < n; ++i)
            json.key(kTourColumns[i]).value(st.textView(int(i)));
        json.endObject();
        if (buffer.size() >= 1 << 16)
            flush();
    });
    json.endArray();
    flush();
}

QByteArray exportTours(sdk::Database& db, sdk::FileFormat format,
                       std::optional<sdk::OfficerId> officerId, std::string_view dateFormat)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    exportTours(buffer, db, format, officerId, dateFormat);
    return bytes;
}

} // namespace contingent::missions
