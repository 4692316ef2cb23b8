// Every structured filter and the search, checked against a count written directly in SQL on a generated fleet.
#include "GeneratedRegister.h"
#include "TestRegister.h"
#include "generate/FleetGenerator.h"
#include "register/DeviceFilter.h"
#include "register/DeviceListQuery.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace rullering;

Q_DECLARE_METATYPE(std::function<void(DeviceFilter&)>)

namespace {
const QDate AsOf(2026, 11, 23);

// The ids a query read (its first column), in its order.
QList<qint64> idsOf(QSqlQuery& query)
{
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> idsOf(const QList<Device>& devices)
{
    QList<qint64> ids;
    for (const Device& d : devices)
        ids.append(d.id);
    return ids;
}
} // namespace

class TestDeviceFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void countsMatchDirectSql_data();
    void countsMatchDirectSql();
    void searchMatchesDirectSql_data();
    void searchMatchesDirectSql();
    void searchIsByWordStart();
    void searchFollowsEdits();
    void searchCountsEachDeviceOnce();
    void pagesAreTheFilteredSortedRows();
    void namePagesAreTheFilteredSortedRows_data();
    void namePagesAreTheFilteredSortedRows();
    void modelLedSearchPagesHoldItsWordMatches();
    void emptyFilterHasNoWhere();

private:
    qint64 directCount(const QString& where, const QVariantList& values = {}) const;
    qint64 firstId(const QString& table) const;

    std::unique_ptr<test::TestRegister> m_register;
    std::unique_ptr<Database> m_db;
};

void TestDeviceFilter::initTestCase()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_register = std::make_unique<test::TestRegister>(QStringLiteral("fleet.rullering"));
    QVERIFY2(m_register->isValid(), qPrintable(m_register->error()));
    Result<std::unique_ptr<Database>> opened = test::generatedRegister(m_register->path(), 20000, 7, AsOf);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
}

void TestDeviceFilter::cleanupTestCase()
{
    m_db.reset();
    m_register.reset();
}

qint64 TestDeviceFilter::directCount(const QString& where, const QVariantList& values) const
{
    Result<QSqlQuery> query =
        runQuery(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM device WHERE ") + where, values);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toLongLong();
}

qint64 TestDeviceFilter::firstId(const QString& table) const
{
    Result<QSqlQuery> query = runQuery(m_db->connection(), QStringLiteral("SELECT MIN(id) FROM %1").arg(table));
    return query && query.value().next() ? query.value().value(0).toLongLong() : 0;
}

void TestDeviceFilter::countsMatchDirectSql_data()
{
    using Setter = std::function<void(DeviceFilter&)>;
    QTest::addColumn<Setter>("setFilter");
    QTest::addColumn<QString>("where"); // %M, %L, %D, %N: the first municipality, location, department, network

    auto row = [](const char* name, Setter setter, const char* where) {
        QTest::newRow(name) << setter << QString::fromLatin1(where);
    };
    row(
        "nothing restricted", [](DeviceFilter&) {}, "TRUE");
    row(
        "municipality", [](DeviceFilter& f) { f.municipalityIds = {-1}; }, "municipality_id = %M");
    row(
        "location", [](DeviceFilter& f) { f.locationIds = {-2}; }, "location_id = %L");
    row(
        "department", [](DeviceFilter& f) { f.departmentIds = {-3}; }, "department_id = %D");
    row(
        "network", [](DeviceFilter& f) { f.networkIds = {-4}; }, "network_id = %N");
    row(
        "type laptops and tablets",
        [](DeviceFilter& f) {
            f.types = {DeviceType::Laptop, DeviceType::Tablet};
        },
        "type IN (1, 2)");
    row(
        "state in use", [](DeviceFilter& f) { f.states = {LifecycleState::InUse}; }, "state = 2");
    row(
        "state replaced or retired",
        [](DeviceFilter& f) {
            f.states = {LifecycleState::Replaced, LifecycleState::Retired};
        },
        "state IN (4, 5)");
    row(
        "production year from", [](DeviceFilter& f) { f.productionYearFrom = 2019; }, "production_year >= 2019");
    row(
        "production year to", [](DeviceFilter& f) { f.productionYearTo = 2017; }, "production_year <= 2017");
    row(
        "production year range",
        [](DeviceFilter& f) {
            f.productionYearFrom = 2018;
            f.productionYearTo = 2019;
        },
        "production_year BETWEEN 2018 AND 2019");
    row(
        "due year 2026", [](DeviceFilter& f) { f.dueYear = 2026; },
        "production_year + CASE type WHEN 2 THEN 4 WHEN 3 THEN 8 WHEN 5 THEN 3 ELSE 6 END = 2026");
    row(
        "seen within 30 days",
        [](DeviceFilter& f) {
            f.seenWithinDays = 30;
            f.reference = AsOf;
        },
        "last_seen IS NOT NULL AND substr(last_seen, 1, 10) >= '2026-10-24'"); // 30 days before 23.11.
    row(
        "not seen for 90 days",
        [](DeviceFilter& f) {
            f.notSeenForDays = 90;
            f.reference = AsOf;
        },
        "last_seen IS NULL OR substr(last_seen, 1, 10) < '2026-08-25'"); // 90 days before 23.11.
    row(
        "municipality, laptops in use, from 2018",
        [](DeviceFilter& f) {
            f.municipalityIds = {-1};
            f.types = {DeviceType::Laptop};
            f.states = {LifecycleState::InUse};
            f.productionYearFrom = 2018;
        },
        "municipality_id = %M AND type = 1 AND state = 2 AND production_year >= 2018");
}

void TestDeviceFilter::countsMatchDirectSql()
{
    QFETCH(std::function<void(DeviceFilter&)>, setFilter);
    QFETCH(QString, where);
    DeviceFilter filter;
    setFilter(filter);
    // Placeholders -1..-4 stand for the first row of each reference table.
    const qint64 ids[] = {firstId(QStringLiteral("municipality")), firstId(QStringLiteral("location")),
                          firstId(QStringLiteral("department")), firstId(QStringLiteral("network"))};
    for (QList<qint64>* list :
         {&filter.municipalityIds, &filter.locationIds, &filter.departmentIds, &filter.networkIds})
        for (qint64& id : *list)
            id = ids[-id - 1];
    where.replace(QStringLiteral("%M"), QString::number(ids[0]))
        .replace(QStringLiteral("%L"), QString::number(ids[1]))
        .replace(QStringLiteral("%D"), QString::number(ids[2]))
        .replace(QStringLiteral("%N"), QString::number(ids[3]));

    const qint64 expected = directCount(where);
    QVERIFY(expected >= 0);
    QVERIFY2(expected > 0 || where == QLatin1String("0"), "the generated fleet should have such devices");
    Result<qint64> counted = DeviceListQuery(m_db->connection()).count(filter);
    QVERIFY2(counted.ok(), qPrintable(counted.errorMessage()));
    QCOMPARE(counted.value(), expected);
}

void TestDeviceFilter::searchMatchesDirectSql_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("start of a serial, lower case") << QStringLiteral("pf2");
    QTest::newRow("start of a host name") << QStringLiteral("MOL-L1");
    QTest::newRow("a surname") << QStringLiteral("hansen");
    QTest::newRow("first and last name") << QStringLiteral("kari hansen");
    QTest::newRow("a model family") << QStringLiteral("Latitude");
    QTest::newRow("model with a space") << QStringLiteral("T14 Gen");
    QTest::newRow("two characters") << QStringLiteral("Ka");
    QTest::newRow("Norwegian letters, other case") << QStringLiteral("SÆTHER");
    QTest::newRow("LIKE wildcards are text") << QStringLiteral("a%b_c");
    QTest::newRow("a quote is text") << QStringLiteral("O\"Brien");
    QTest::newRow("FTS syntax is text") << QStringLiteral("NEAR(a* OR -b)");
    QTest::newRow("nothing matches") << QStringLiteral("zzzqqq");
}

// The search's meaning, written out independently of SQL: every word typed begins a word of the serial, device
// name or primary user (case-insensitively), or the whole text occurs in the model (ASCII case-insensitively).
static bool searchMatches(const QString& search, const QString& serial, const QString& hostname, const QString& user,
                          const QString& model)
{
    auto words = [](const QString& text) {
        QStringList result;
        QString word;
        for (const QChar c : QString(text + u' ')) {
            if (c.isLetterOrNumber()) {
                word.append(c.toLower());
            } else if (!word.isEmpty()) {
                result.append(word);
                word.clear();
            }
        }
        return result;
    };
    const QStringList typed = words(search);
    const QStringList stored = words(serial + u' ' + hostname + u' ' + user);
    bool allFound = !typed.isEmpty();
    for (const QString& t : typed)
        allFound =
            allFound && std::any_of(stored.begin(), stored.end(), [&](const QString& w) { return w.startsWith(t); });
    auto asciiLower = [](QString text) {
        for (QChar& c : text)
            if (c.unicode() < 128)
                c = c.toLower();
        return text;
    };
    return allFound || asciiLower(model).contains(asciiLower(search.trimmed()));
}

void TestDeviceFilter::searchMatchesDirectSql()
{
    QFETCH(QString, search);
    // Names with Norwegian letters are part of the generated fleet; make sure one is stored in upper case.
    QVERIFY(runStatement(m_db->connection(),
                         QStringLiteral("UPDATE device SET primary_user = 'ÅSE SÆTHER' WHERE id = ?"),
                         {firstId(QStringLiteral("device")) + 1})
                .ok());
    Result<QSqlQuery> all =
        runQuery(m_db->connection(), QStringLiteral("SELECT serial, hostname, primary_user, model FROM device"));
    QVERIFY(all.ok());
    qint64 expected = 0;
    while (all.value().next()) {
        const QSqlQuery& q = all.value();
        expected += searchMatches(search, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString());
    }
    QVERIFY2(expected > 0 || search == QLatin1String("zzzqqq") || search.contains(u'%') || search.contains(u'"') ||
                 search.contains(u'('),
             "the generated fleet should have such devices");
    DeviceFilter filter;
    filter.search = search;
    Result<qint64> counted = DeviceListQuery(m_db->connection()).count(filter);
    QVERIFY2(counted.ok(), qPrintable(counted.errorMessage()));
    QCOMPARE(counted.value(), expected);

    // The form the status aggregates use (one id list tested per device) finds the same devices.
    const SqlFragment scanned =
        deviceFilterWhere(Engine::of(m_db->connection()), filter, QStringLiteral("d"), FilterIndexUse::Scanned);
    Result<QSqlQuery> aggregate =
        runQuery(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM device AS d") + scanned.sql, scanned.values);
    QVERIFY2(aggregate.ok(), qPrintable(aggregate.errorMessage()));
    QVERIFY(aggregate.value().next());
    QCOMPARE(aggregate.value().value(0).toLongLong(), expected);
}

void TestDeviceFilter::searchIsByWordStart()
{
    const qint64 id = firstId(QStringLiteral("device"));
    QVERIFY(runStatement(
                m_db->connection(),
                QStringLiteral("UPDATE device SET serial = 'QWXSERIAL77', hostname = 'ABC-QWX123' WHERE id = ?"), {id})
                .ok());
    DeviceFilter filter;
    filter.search = QStringLiteral("qwxser");
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 1);
    filter.search = QStringLiteral("abc-qwx1");
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 1);
    filter.search = QStringLiteral("SERIAL77"); // from the middle of a word: not a match
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 0);
}

void TestDeviceFilter::searchFollowsEdits()
{
    // The triggers keep the index in step with the device table.
    QVERIFY(runStatement(m_db->connection(),
                         QStringLiteral("UPDATE device SET primary_user = 'Xylofon Testesen' WHERE id = ?"),
                         {firstId(QStringLiteral("device"))})
                .ok());
    DeviceFilter filter;
    filter.search = QStringLiteral("xylofon");
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 1);
    QVERIFY(runStatement(m_db->connection(), QStringLiteral("UPDATE device SET primary_user = NULL WHERE id = ?"),
                         {firstId(QStringLiteral("device"))})
                .ok());
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 0);

    // A model name never seen before is searchable at once.
    QVERIFY(runStatement(m_db->connection(), QStringLiteral("UPDATE device SET model = 'Zebrabook 9' WHERE id = ?"),
                         {firstId(QStringLiteral("device"))})
                .ok());
    filter.search = QStringLiteral("ebrabo"); // models: anywhere in the name
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 1);
}

void TestDeviceFilter::searchCountsEachDeviceOnce()
{
    // A search alone is counted as the devices of the matching models plus the word matches of other models
    // (DeviceCount): a device found both ways counts once, and one without a model found by a word counts too.
    const qint64 id = firstId(QStringLiteral("device"));
    QVERIFY(
        runStatement(m_db->connection(),
                     QStringLiteral("UPDATE device SET primary_user = 'Qorvomodel Testesen', model = 'Qorvomodel Zq5'"
                                    " WHERE id = ?"),
                     {id})
            .ok());
    QVERIFY(
        runStatement(m_db->connection(),
                     QStringLiteral("UPDATE device SET primary_user = 'Qorvomodel Hansen', model = NULL WHERE id = ?"),
                     {id + 1})
            .ok());
    QVERIFY(runStatement(m_db->connection(), QStringLiteral("UPDATE device SET model = 'Qorvomodel 7' WHERE id = ?"),
                         {id + 2})
                .ok());
    DeviceFilter filter;
    filter.search = QStringLiteral("qorvomodel");
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 3);
    filter.search = QStringLiteral("Qorvomodel Zq"); // in one model; "zq" begins no one's word
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), 1);
    filter.search = QStringLiteral("qorvomodel hansen"); // both words begin words of one device's user
    Result<QList<Device>> found =
        DeviceListQuery(m_db->connection()).page(filter, {DeviceColumn::Serial, false}, 0, 10);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(), found.value().size());
    QVERIFY(std::any_of(found.value().begin(), found.value().end(), [&](const Device& d) { return d.id == id + 1; }));
    QVERIFY(std::none_of(found.value().begin(), found.value().end(), [&](const Device& d) { return d.id == id; }));
    filter.types = {DeviceType::Desktop, DeviceType::Laptop, DeviceType::Tablet, DeviceType::Printer,
                    DeviceType::Other,   DeviceType::Phone,  DeviceType::Server};
    filter.search = QStringLiteral("qorvomodel"); // with another condition: the general form, the same answer
    QCOMPARE(DeviceListQuery(m_db->connection()).count(filter).value(),
             directCount(QStringLiteral("id IN (?, ?, ?) AND type IN (0, 1, 2, 3, 4, 5, 6)"), {id, id + 1, id + 2}));
}

void TestDeviceFilter::pagesAreTheFilteredSortedRows()
{
    DeviceFilter filter;
    filter.types = {DeviceType::Printer};
    Result<QList<Device>> page =
        DeviceListQuery(m_db->connection()).page(filter, {DeviceColumn::ProductionYear, true}, 10, 50);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    Result<QSqlQuery> direct =
        runQuery(m_db->connection(), QStringLiteral("SELECT id FROM device WHERE type = 3"
                                                    " ORDER BY production_year IS NULL, production_year DESC, id DESC"
                                                    " LIMIT 50 OFFSET 10"));
    QVERIFY(direct.ok());
    QCOMPARE(idsOf(page.value()), idsOf(direct.value()));
}

void TestDeviceFilter::namePagesAreTheFilteredSortedRows_data()
{
    using Setter = std::function<void(DeviceFilter&)>;
    QTest::addColumn<Setter>("setFilter");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("descending");
    QTest::newRow("due year 2026") << Setter([](DeviceFilter& f) { f.dueYear = 2026; })
                                   << QStringLiteral("production_year + CASE type WHEN 2 THEN 4 WHEN 3 THEN 8"
                                                     " WHEN 5 THEN 3 ELSE 6 END = 2026")
                                   << false;
    QTest::newRow("printers, descending")
        << Setter([](DeviceFilter& f) { f.types = {DeviceType::Printer}; }) << QStringLiteral("type = 3") << true;
    QTest::newRow("not seen for 90 days") << Setter([](DeviceFilter& f) {
        f.notSeenForDays = 90;
        f.reference = AsOf;
    }) << QStringLiteral("last_seen IS NULL OR substr(last_seen, 1, 10) < '2026-08-25'")
                                          << false;
    QTest::newRow("a model family") << Setter([](DeviceFilter& f) { f.search = QStringLiteral("Latitude"); })
                                    << QStringLiteral("model LIKE '%Latitude%'") << false;
    // Models matching a tenth of the register: on a server, a walk of the name index (modelsLeadSearch).
    QTest::newRow("models, a tenth") << Setter([](DeviceFilter& f) { f.search = QStringLiteral("iPad"); })
                                     << QStringLiteral("model LIKE '%iPad%'") << false;
    QTest::newRow("models, descending") << Setter([](DeviceFilter& f) { f.search = QStringLiteral("M70q"); })
                                        << QStringLiteral("model LIKE '%M70q%'") << true;
}

void TestDeviceFilter::namePagesAreTheFilteredSortedRows()
{
    // Sorted by device name (the register's default), told the count as the table is: the query chooses between
    // walking the name index and collecting the matches (DeviceListQuery::page); either way the same rows.
    QFETCH(std::function<void(DeviceFilter&)>, setFilter);
    QFETCH(QString, where);
    QFETCH(bool, descending);
    DeviceFilter filter;
    setFilter(filter);
    const DeviceListQuery query(m_db->connection());
    const qint64 count = query.count(filter).value();
    QCOMPARE(count, directCount(where));
    Result<QList<Device>> page = query.page(filter, {DeviceColumn::Hostname, descending}, 20, 60, count);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    const Engine& engine = Engine::of(m_db->connection());
    Result<QSqlQuery> direct =
        runQuery(m_db->connection(),
                 QStringLiteral("SELECT id FROM device WHERE ") + where + QStringLiteral(" ORDER BY ") +
                     engine.orderTerm(engine.caseless(QStringLiteral("hostname")), descending) + QStringLiteral(", ") +
                     engine.orderTerm(QStringLiteral("id"), descending) + QStringLiteral(" LIMIT 60 OFFSET 20"));
    QVERIFY2(direct.ok(), qPrintable(direct.errorMessage()));
    const QList<qint64> actual = idsOf(page.value());
    QCOMPARE(actual.size(), 60);
    QCOMPARE(actual, idsOf(direct.value()));
}

void TestDeviceFilter::modelLedSearchPagesHoldItsWordMatches()
{
    // A search whose matches are mostly its models' devices walks the name index on a server and tests the word
    // matches by id (DeviceListQuery::modelsLeadSearch): a device of another model whose user's name begins with the
    // text is among them, in its place by name (here the first of the register).
    const Engine& engine = Engine::of(m_db->connection());
    const QString byName = QStringLiteral(" ORDER BY ") +
                           engine.orderTerm(engine.caseless(QStringLiteral("hostname")), false) + QStringLiteral(", ") +
                           engine.orderTerm(QStringLiteral("id"), false);
    Result<QSqlQuery> first = runQuery(m_db->connection(), QStringLiteral("SELECT id FROM device WHERE model NOT LIKE "
                                                                          "'%iPad%'") +
                                                               byName + QStringLiteral(" LIMIT 1"));
    QVERIFY(first.ok() && first.value().next());
    const qint64 user = first.value().value(0).toLongLong();
    QVERIFY(runStatement(m_db->connection(),
                         QStringLiteral("UPDATE device SET primary_user = 'Ipadsen Kari' WHERE id = ?"), {user})
                .ok());
    DeviceFilter filter;
    filter.search = QStringLiteral("ipad");
    const DeviceListQuery query(m_db->connection());
    const qint64 count = query.count(filter).value();
    QCOMPARE(count, directCount(QStringLiteral("model LIKE '%iPad%' OR id = ?"), {user}));
    Result<QList<Device>> page = query.page(filter, {DeviceColumn::Hostname, false}, 0, 60, count);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    Result<QSqlQuery> direct = runQuery(m_db->connection(),
                                        QStringLiteral("SELECT id FROM device WHERE model LIKE '%iPad%' OR id = ?") +
                                            byName + QStringLiteral(" LIMIT 60"),
                                        {user});
    QVERIFY2(direct.ok(), qPrintable(direct.errorMessage()));
    const QList<qint64> actual = idsOf(page.value());
    QCOMPARE(actual.value(0), user);
    QCOMPARE(actual, idsOf(direct.value()));
}

void TestDeviceFilter::emptyFilterHasNoWhere()
{
    QVERIFY(deviceFilterWhere(Engine::of(m_db->connection()), DeviceFilter()).sql.isEmpty());
    QVERIFY(DeviceFilter().isEmpty());
}

QTEST_GUILESS_MAIN(TestDeviceFilter)
#include "test_device_filter.moc"
