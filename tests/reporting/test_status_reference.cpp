// The status figures come from a handful of index-range aggregates combined per cell (FleetCube). This test
// holds them against the definitions applied one device at a time, on a generated fleet with an import
// history, for several past and present dates and windows. Each case runs twice: on the connection Rullering opens
// (the history of a past date's window is read once, into an id set: storage/IdSetFunction) and on a plain
// connection to the same file (another program's, without that function: the statements keep their subqueries).

#include "ReportingFixture.h"
#include "generate/FleetGenerator.h"
#include "reporting/StatusCalculator.h"
#include "storage/Sql.h"

#include <QMap>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

namespace {

struct Row
{
    qint64 id = 0;
    qint64 municipalityId = 0;
    DeviceType type = DeviceType::Other;
    int year = 0;
    LifecycleState state = LifecycleState::InUse;
    QDateTime lastSeen;
    QDate replacedOn;
    QDate inServiceFrom;
    QList<QDateTime> seen;
    QString serial, hostname, user, model;
    bool keep = false;
};

// Words as the word index splits them: at anything but a letter or a digit.
QStringList words(const QString& text)
{
    QStringList result;
    QString word;
    for (const QChar c : QString(text + u' ')) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    return result;
}

// The register's search, one device at a time: every word typed begins a word of the serial, device name or user,
// or the model's name contains the text; case-insensitive.
bool matchesSearch(const Row& r, const QString& text)
{
    if (text.isEmpty() || r.model.contains(text, Qt::CaseInsensitive))
        return true;
    const QStringList tokens = words(r.serial) + words(r.hostname) + words(r.user);
    const QStringList typed = words(text);
    return !typed.isEmpty() && std::all_of(typed.cbegin(), typed.cend(), [&](const QString& w) {
        return std::any_of(tokens.cbegin(), tokens.cend(),
                           [&](const QString& t) { return t.startsWith(w, Qt::CaseInsensitive); });
    });
}

QMap<qint64, StatusCounts> reference(const QList<Row>& rows, const QDate& x, int days, const QString& search)
{
    QMap<qint64, StatusCounts> result;
    const QDate windowStart = x.addDays(-days);
    auto inWindow = [&](const QDate& d) {
        return d.isValid() && d >= windowStart && d <= x;
    };
    for (const Row& r : rows) {
        if (!matchesSearch(r, search))
            continue;
        StatusCounts& c = result[r.municipalityId];
        if (r.replacedOn.isValid() && r.replacedOn >= QDate(x.year(), 1, 1) && r.replacedOn <= x)
            ++c.replaced;
        const bool existed = !r.inServiceFrom.isValid() || r.inServiceFrom <= x;
        const bool inUse =
            existed && (r.state == LifecycleState::InUse || (r.state == LifecycleState::Replaced && r.replacedOn > x));
        if (!inUse)
            continue;
        bool seen = inWindow(r.lastSeen.toUTC().date()) || inWindow(r.inServiceFrom);
        bool seenLater = r.lastSeen.isValid() && r.lastSeen.toUTC().date() > x;
        for (const QDateTime& t : r.seen) {
            seen = seen || inWindow(t.toUTC().date());
            seenLater = seenLater || t.toUTC().date() > x;
        }
        if (!seen && !seenLater) {
            ++c.inactive;
            continue;
        }
        ++c.active;
        c.inferred += seen ? 0 : 1; // active on X only because it was seen after X
        // Phones and servers are not in the PC rollout: never due (issue 21).
        // Due by the default lifetimes, and not kept (the default plan settings leave kept devices out).
        if (plannedByDefault(r.type) && r.year > 0 && r.year + defaultLifetimeYears(r.type) <= x.year() && !r.keep) {
            ++c.remaining;
            c.inferredRemaining += seen ? 0 : 1;
        }
    }
    return result;
}

} // namespace

class TestStatusReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesDefinitions_data();
    void matchesDefinitions();

    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_plainConnection = QStringLiteral("plain");
    QList<Row> m_rows;
};

void TestStatusReference::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("status.sqlite"));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened.value());
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_plainConnection);
        plain.setDatabaseName(path);
        QVERIFY(plain.open());
    }
    GenerateOptions options;
    options.devices = 4000;
    options.seed = 11;
    options.asOf = QDate(2026, 11, 23);
    Result<GenerateSummary> generated = FleetGenerator::generate(*m_db, options);
    QVERIFY2(generated.ok(), qPrintable(generated.errorMessage()));
    QSqlDatabase db = m_db->connection();
    // An import history: every third device was also seen 40 and 200 days before its last sighting, and a few
    // devices have a last_seen after a past status date but earlier sightings inside its window.
    QVERIFY(runStatement(db, QStringLiteral("INSERT INTO device_seen (device_id, seen_at) SELECT id,"
                                            " strftime('%Y-%m-%dT%H:%M:%SZ', last_seen, '-40 days') FROM device"
                                            " WHERE last_seen IS NOT NULL AND id % 3 = 0")));
    QVERIFY(runStatement(db, QStringLiteral("INSERT INTO device_seen (device_id, seen_at) SELECT id,"
                                            " strftime('%Y-%m-%dT%H:%M:%SZ', last_seen, '-200 days') FROM device"
                                            " WHERE last_seen IS NOT NULL AND id % 3 = 0")));
    QVERIFY(runStatement(db, QStringLiteral("INSERT INTO device_seen (device_id, seen_at) SELECT id, last_seen"
                                            " FROM device WHERE last_seen IS NOT NULL AND id % 5 = 0")));

    Result<QSqlQuery> q = runQuery(db, QStringLiteral("SELECT id, municipality_id, type, production_year, state,"
                                                      " last_seen, replaced_on, in_service_from, serial, hostname,"
                                                      " primary_user, model, keep FROM device"));
    QVERIFY(q.ok());
    QMap<qint64, qsizetype> index;
    while (q.value().next()) {
        Row r;
        r.id = q.value().value(0).toLongLong();
        r.municipalityId = q.value().value(1).toLongLong();
        r.type = static_cast<DeviceType>(q.value().value(2).toInt());
        r.year = q.value().value(3).toInt();
        r.state = static_cast<LifecycleState>(q.value().value(4).toInt());
        r.lastSeen = QDateTime::fromString(q.value().value(5).toString(), Qt::ISODate);
        r.replacedOn = QDate::fromString(q.value().value(6).toString(), Qt::ISODate);
        r.inServiceFrom = QDate::fromString(q.value().value(7).toString(), Qt::ISODate);
        r.serial = q.value().value(8).toString();
        r.hostname = q.value().value(9).toString();
        r.user = q.value().value(10).toString();
        r.model = q.value().value(11).toString();
        r.keep = q.value().value(12).toBool();
        index.insert(r.id, m_rows.size());
        m_rows.append(r);
    }
    Result<QSqlQuery> seen = runQuery(db, QStringLiteral("SELECT device_id, seen_at FROM device_seen"));
    QVERIFY(seen.ok());
    while (seen.value().next()) {
        m_rows[index.value(seen.value().value(0).toLongLong())].seen.append(
            QDateTime::fromString(seen.value().value(1).toString(), Qt::ISODate));
    }
    QVERIFY(m_rows.size() == 4000);
}

void TestStatusReference::cleanupTestCase()
{
    QSqlDatabase::database(m_plainConnection, false).close();
    QSqlDatabase::removeDatabase(m_plainConnection);
}

void TestStatusReference::matchesDefinitions_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("plainConnection");
    QTest::addColumn<QString>("search");
    // Search texts: a model's name in part, the first word of a device name (its municipality code, lower case),
    // the first name of a user, two words found in one model name but in no serial, name or user.
    QString hostPrefix;
    QString firstName;
    for (const Row& r : std::as_const(m_rows)) {
        if (hostPrefix.isEmpty() && r.hostname.contains(u'-'))
            hostPrefix = r.hostname.section(u'-', 0, 0).toLower();
        if (firstName.isEmpty() && r.user.contains(u' '))
            firstName = r.user.section(u' ', 0, 0);
    }
    QVERIFY(!hostPrefix.isEmpty() && !firstName.isEmpty());
    const QList<std::tuple<const char*, QDate, int, QString>> cases = {
        {"the generation date, 90 days", QDate(2026, 11, 23), 90, {}},
        {"the generation date, 14 days", QDate(2026, 11, 23), 14, {}},
        {"mid-year, half the swaps still ahead", QDate(2026, 6, 15), 90, {}},
        {"mid-year, 30 days", QDate(2026, 6, 15), 30, {}},
        {"end of T1", QDate(2026, 4, 30), 90, {}},
        {"1 January", QDate(2026, 1, 1), 90, {}},
        {"the year before", QDate(2025, 12, 31), 365, {}},
        {"after the generation date", QDate(2027, 2, 1), 120, {}},
        {"before any sighting on record", QDate(2019, 6, 1), 30, {}},
        {"searched: model", QDate(2026, 11, 23), 90, QStringLiteral("thinkpad")},
        {"searched: model, mid-year", QDate(2026, 6, 15), 90, QStringLiteral("ThinkPad")},
        {"searched: device name prefix, mid-year", QDate(2026, 6, 15), 90, hostPrefix},
        {"searched: first name", QDate(2026, 11, 23), 90, firstName},
        {"searched: two words of a model", QDate(2026, 6, 15), 60, QStringLiteral("T14 Gen")},
    };
    for (const auto& [name, asOf, days, search] : cases) {
        QTest::addRow("%s", name) << asOf << days << false << search;
        QTest::addRow("%s, plain connection", name) << asOf << days << true << search;
    }
}

void TestStatusReference::matchesDefinitions()
{
    QFETCH(QDate, asOf);
    QFETCH(int, days);
    QFETCH(bool, plainConnection);
    QFETCH(QString, search);
    const QSqlDatabase db = plainConnection ? QSqlDatabase::database(m_plainConnection) : m_db->connection();
    DeviceFilter filter;
    filter.search = search;
    Result<StatusReport> report = StatusCalculator::compute(db, asOf, days, filter);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const QMap<qint64, StatusCounts> expected = reference(m_rows, asOf, days, search);
    StatusCounts expectedTotal;
    qsizetype nonEmpty = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        expectedTotal += it.value();
        if (it.value().isEmpty())
            continue;
        ++nonEmpty;
        const auto row = std::find_if(report->rows.cbegin(), report->rows.cend(),
                                      [&](const StatusRow& r) { return r.municipalityId == it.key(); });
        QVERIFY2(row != report->rows.cend(), qPrintable(QString::number(it.key())));
        QCOMPARE(row->counts, it.value());
    }
    QCOMPARE(report->rows.size(), nonEmpty);
    QCOMPARE(report->total, expectedTotal);
    QVERIFY(expectedTotal.active + expectedTotal.inactive > 0);
}

QTEST_GUILESS_MAIN(TestStatusReference)
#include "test_status_reference.moc"
