// A register on the throwaway PostgreSQL server (scripts/pg-cluster): its schema made on first open in its own
// PostgreSQL schema, migrated by the same steps as a file, a newer one refused, a failing step rolled back; what a
// failed sign-in says; the word index searching as SQLite's does. Skipped without $RULLERING_TEST_PG.

#include "PostgresTestServer.h"
#include "register/DeviceFilter.h"
#include "storage/Database.h"
#include "storage/PostgresEngine.h"
#include "storage/SchemaManager.h"
#include "storage/Sql.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>

#include <thread>
#include <vector>

using namespace rullering;

namespace {

// What a no-op open must leave as it was: every relation of the register (by oid) and the version row's xmin.
QStringList fingerprint(const PostgresTestServer::Connection& raw)
{
    return raw.rows(QStringLiteral("SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                   "c.relnamespace WHERE n.nspname = 'rullering' ORDER BY c.relname")) +
           raw.rows(QStringLiteral("SELECT xmin, version FROM rullering.schema_version"));
}

QSet<qint64> ids(const QSqlDatabase& db, const QString& sql, const QString& argument)
{
    QSet<qint64> found;
    Result<QSqlQuery> query = runQuery(db, sql, {argument});
    if (!query)
        return {-1};
    while (query.value().next())
        found.insert(query.value().value(0).toLongLong());
    return found;
}

} // namespace

class TestPostgresSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstOpenCreatesSchemaAtCurrentVersion();
    void secondOpenChangesNothing();
    void upgradesStepByStep();
    void clientsCreatingAtOnceRunEachStepOnce();
    void refusesNewerSchema();
    void failingStepRollsBack();
    void mustExistRefusesDatabaseWithoutRegister();
    void refusesForeignSchemaAcceptsEmptyOne();
    void userWithoutCreateRightIsToldWhy();
    void failedSignInSaysWhat();
    void environmentVariablesApply();
    void wordSearchFindsWhatSqliteFinds_data();
    void wordSearchFindsWhatSqliteFinds();
    void rememberesModelNames();
    void storesSearchWordsWithoutAFunctionCall();

private:
    std::unique_ptr<PostgresTestServer::Database> m_server;
    QString address() const { return m_server->address(); }
    std::unique_ptr<Database> openRegister()
    {
        Result<std::unique_ptr<Database>> db = Database::open(address());
        if (!db)
            qWarning() << db.errorMessage();
        return db ? std::move(db).value() : nullptr;
    }
};

void TestPostgresSchema::init()
{
    RULLERING_REQUIRE_TEST_SERVER();
    m_server = std::make_unique<PostgresTestServer::Database>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
}

void TestPostgresSchema::cleanup()
{
    m_server.reset();
}

void TestPostgresSchema::firstOpenCreatesSchemaAtCurrentVersion()
{
    std::unique_ptr<Database> db = openRegister();
    QVERIFY(db);
    QVERIFY(db->isServer());
    QCOMPARE(db->schemaVersion(), SchemaManager::currentVersion());
    PostgresTestServer::Connection raw(address());
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    const QStringList tables =
        raw.rows(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'rullering' ORDER BY tablename"));
    for (const char* expected :
         {"audit", "department", "device", "device_model_name", "device_seen", "import_run", "location", "municipality",
          "named_item", "network", "pool", "schema_version", "status_snapshot"})
        QVERIFY2(tables.contains(QLatin1String(expected)), expected);
    QCOMPARE(raw.rows(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(raw.rows(QStringLiteral("SELECT version FROM rullering.schema_version")),
             QStringList{QString::number(SchemaManager::currentVersion())});
    // Unqualified names in the register's own session reach its tables.
    QSqlQuery count(db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM device")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestPostgresSchema::secondOpenChangesNothing()
{
    QVERIFY(openRegister());
    PostgresTestServer::Connection raw(address());
    const QStringList before = fingerprint(raw);
    QVERIFY(before.size() > 20);
    std::unique_ptr<Database> again = openRegister();
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), SchemaManager::currentVersion());
    QCOMPARE(fingerprint(raw), before);
}

void TestPostgresSchema::upgradesStepByStep()
{
    // Each PostgreSQL variant from the version before it, as a register made by an older Rullering would go.
    const QList<Migration>& steps = SchemaManager::migrations();
    {
        PostgresTestServer::Connection raw(address());
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY(PostgresEngine::prepareRegister(raw.db(), false, m_server->name()).ok());
        QCOMPARE(SchemaManager::version(raw.db()), 0);
        for (const Migration& step : steps) {
            const Status migrated = SchemaManager::migrate(raw.db(), steps, step.version);
            QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
            QCOMPARE(SchemaManager::version(raw.db()), step.version);
        }
    }
    std::unique_ptr<Database> db = openRegister();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), SchemaManager::currentVersion());
}

void TestPostgresSchema::clientsCreatingAtOnceRunEachStepOnce()
{
    // Three first opens of the same empty database at once: all succeed, the schema is made once.
    QMutex mutex;
    QStringList failures;
    auto open = [&] {
        const Result<std::unique_ptr<Database>> db = Database::open(address());
        if (!db) {
            QMutexLocker locker(&mutex);
            failures.append(db.errorMessage());
        }
    };
    std::vector<std::thread> clients;
    for (int i = 0; i < 3; ++i)
        clients.emplace_back(open);
    for (std::thread& client : clients)
        client.join();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    PostgresTestServer::Connection raw(address());
    QCOMPARE(raw.rows(QStringLiteral("SELECT version FROM rullering.schema_version")),
             QStringList{QString::number(SchemaManager::currentVersion())});
    QCOMPARE(raw.rows(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'rullering'"
                                     " AND indexname = 'device_search'")),
             QStringList{QStringLiteral("1")});
}

void TestPostgresSchema::refusesNewerSchema()
{
    QVERIFY(openRegister());
    PostgresTestServer::Connection raw(address());
    QCOMPARE(raw.exec(QStringLiteral("UPDATE rullering.schema_version SET version = %1")
                          .arg(SchemaManager::currentVersion() + 5)),
             QString());
    const QStringList before = fingerprint(raw);
    const Result<std::unique_ptr<Database>> db = Database::open(address());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("newer version of Rullering")), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QLatin1String("has not been changed")), qPrintable(db.errorMessage()));
    QCOMPARE(fingerprint(raw), before);
}

void TestPostgresSchema::failingStepRollsBack()
{
    QList<Migration> steps = SchemaManager::migrations();
    const int broken = steps.constLast().version + 1;
    steps.append(
        {broken,
         QStringLiteral("broken on purpose"),
         {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
          QStringLiteral("ALTER TABLE device ADD COLUMN half_done INTEGER"), QStringLiteral("THIS IS NOT SQL")}});
    PostgresTestServer::Connection raw(address());
    QVERIFY(PostgresEngine::prepareRegister(raw.db(), false, m_server->name()).ok());
    QVERIFY(SchemaManager::migrate(raw.db(), steps, broken - 1).ok());
    const Status result = SchemaManager::migrate(raw.db(), steps, broken);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QLatin1String("broken on purpose")), qPrintable(result.errorMessage()));
    QCOMPARE(SchemaManager::version(raw.db()), broken - 1);
    // DDL is transactional on PostgreSQL: the table and the column went with the step.
    QCOMPARE(raw.rows(QStringLiteral("SELECT to_regclass('rullering.half_done') IS NULL")),
             QStringList{QStringLiteral("true")});
    QCOMPARE(raw.rows(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                     "'rullering' AND column_name = 'half_done'")),
             QStringList{QStringLiteral("0")});
    // The connection is usable afterwards (the aborted transaction was rolled back).
    QCOMPARE(raw.exec(QStringLiteral("SELECT 1")), QString());
}

void TestPostgresSchema::mustExistRefusesDatabaseWithoutRegister()
{
    const Result<std::unique_ptr<Database>> db = Database::open(address(), Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), Error::Code::NotFound);
    QVERIFY2(db.errorMessage().contains(QLatin1String("holds no Rullering register")), qPrintable(db.errorMessage()));
    PostgresTestServer::Connection raw(address());
    QCOMPARE(raw.rows(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'rullering'")),
             QStringList{QStringLiteral("0")});
}

void TestPostgresSchema::refusesForeignSchemaAcceptsEmptyOne()
{
    PostgresTestServer::Connection raw(address());
    // An empty schema, made ready by the database's owner: the register is built in it.
    QCOMPARE(raw.exec(QStringLiteral("CREATE SCHEMA rullering")), QString());
    {
        std::unique_ptr<Database> db = openRegister();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), SchemaManager::currentVersion());
    }
    // A schema of that name holding something else is not touched.
    QCOMPARE(raw.exec(QStringLiteral("DROP SCHEMA rullering CASCADE")), QString());
    QCOMPARE(raw.exec(QStringLiteral("CREATE SCHEMA rullering")), QString());
    QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE rullering.other (x INTEGER)")), QString());
    const Result<std::unique_ptr<Database>> db = Database::open(address());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("is not a Rullering register")), qPrintable(db.errorMessage()));
    QCOMPARE(raw.rows(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'rullering'")),
             QStringList{QStringLiteral("other")});
}

void TestPostgresSchema::userWithoutCreateRightIsToldWhy()
{
    PostgresTestServer::Connection raw(address());
    const QString role = QStringLiteral("reader_") + m_server->name().right(12);
    QCOMPARE(raw.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)), QString());
    const Result<std::unique_ptr<Database>> db = Database::open(address() + QStringLiteral("&user=") + role);
    raw.exec(QStringLiteral("DROP ROLE %1").arg(role));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), Error::Code::Refused);
    QVERIFY2(db.errorMessage().contains(QLatin1String("Cannot create the register")) &&
                 db.errorMessage().contains(QLatin1String("permission denied")),
             qPrintable(db.errorMessage()));
}

void TestPostgresSchema::failedSignInSaysWhat()
{
    // scripts/pg-cluster asks this one role for its password.
    QVERIFY(openRegister());
    PostgresTestServer::Connection raw(address());
    raw.exec(QStringLiteral("CREATE ROLE rullering_password_test LOGIN PASSWORD 'riktig'"));
    QCOMPARE(raw.exec(QStringLiteral("GRANT USAGE ON SCHEMA rullering TO rullering_password_test")), QString());
    QCOMPARE(raw.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA rullering TO rullering_password_test")),
             QString());

    const QString asUser = address() + QStringLiteral("&user=rullering_password_test");
    const Result<std::unique_ptr<Database>> wrong =
        Database::open(asUser + QStringLiteral("&password=galt"), Database::OpenMode::MustExist);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.errorMessage().startsWith(QLatin1String("The database server refused the sign-in for ")),
             qPrintable(wrong.errorMessage()));
    QVERIFY2(!wrong.errorMessage().contains(QLatin1String("galt")), qPrintable(wrong.errorMessage()));

    const Result<std::unique_ptr<Database>> right =
        Database::open(asUser + QStringLiteral("&password=riktig"), Database::OpenMode::MustExist);
    QVERIFY2(right.ok(), qPrintable(right.errorMessage()));
    QCOMPARE(right.value()->displayPath(), asUser);

    const Result<std::unique_ptr<Database>> nobody =
        Database::open(address() + QStringLiteral("&user=rullering_no_such_login"));
    QVERIFY(!nobody.ok());
    QVERIFY2(nobody.errorMessage().startsWith(QLatin1String("The database server refused the sign-in")),
             qPrintable(nobody.errorMessage()));

    const QString missing = PostgresTestServer::addressOf(QStringLiteral("rullering_no_such_database"));
    const Result<std::unique_ptr<Database>> noDatabase = Database::open(missing);
    QVERIFY(!noDatabase.ok());
    QVERIFY2(noDatabase.errorMessage().startsWith(QLatin1String("The database named in ") + missing +
                                                  QLatin1String(" does not exist on the server")),
             qPrintable(noDatabase.errorMessage()));
}

void TestPostgresSchema::environmentVariablesApply()
{
    // "postgresql://" names nothing: host, user and database come from PGHOST, PGUSER and PGDATABASE, as for psql.
    const Result<ServerAddress> server = ServerAddress::parse(PostgresTestServer::address());
    QVERIFY(server.ok());
    qputenv("PGHOST", server->host.toUtf8());
    qputenv("PGUSER", server->user.toUtf8());
    qputenv("PGDATABASE", m_server->name().toUtf8());
    Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral("postgresql://"));
    qunsetenv("PGHOST");
    qunsetenv("PGUSER");
    qunsetenv("PGDATABASE");
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT current_database()")) && query.next());
    QCOMPARE(query.value(0).toString(), m_server->name());
}

void TestPostgresSchema::wordSearchFindsWhatSqliteFinds_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("a surname's beginning") << QStringLiteral("hans") << QList<qint64>{1, 6};
    QTest::newRow("in capitals") << QStringLiteral("HANS") << QList<qint64>{1, 6};
    QTest::newRow("a serial's beginning") << QStringLiteral("PFX2R") << QList<qint64>{1};
    QTest::newRow("a device name with its dash") << QStringLiteral("MOL-L1") << QList<qint64>{1, 3};
    QTest::newRow("two words, both required") << QStringLiteral("mol l12") << QList<qint64>{1, 3};
    QTest::newRow("words from two columns") << QStringLiteral("olsen hab") << QList<qint64>{2};
    QTest::newRow("a word of an e-mail address") << QStringLiteral("nordmann") << QList<qint64>{3};
    QTest::newRow("Norwegian letters, any case") << QStringLiteral("ØSTBY") << QList<qint64>{4};
    QTest::newRow("Norwegian letters in a name") << QStringLiteral("rau-ø") << QList<qint64>{4};
    QTest::newRow("an underscore splits words") << QStringLiteral("pc_07") << QList<qint64>{5};
    QTest::newRow("not from the middle of a word") << QStringLiteral("ansen") << QList<qint64>{};
    QTest::newRow("not from the middle of a serial") << QStringLiteral("X2R") << QList<qint64>{};
    QTest::newRow("one word missing") << QStringLiteral("olsen mol") << QList<qint64>{};
}

void TestPostgresSchema::wordSearchFindsWhatSqliteFinds()
{
    QFETCH(QString, search);
    QFETCH(QList<qint64>, expected);
    Result<std::unique_ptr<Database>> file = Database::open(QStringLiteral(":memory:"));
    QVERIFY(file.ok());
    std::unique_ptr<Database> server = openRegister();
    QVERIFY(server);
    const QString insert = QStringLiteral(
        "INSERT INTO device (id, serial, hostname, primary_user, created_at, updated_at) VALUES"
        " (1, 'PFX2R7EV', 'MOL-L1234', 'Hansen, Kari', 'x', 'x'), (2, 'CZC5551', 'HAB-P0001', 'Olsen', 'x', 'x'),"
        " (3, '5CG1234XYZ', 'mol-l1299', 'kari.nordmann@molde.kommune.no', 'x', 'x'),"
        " (4, 'ØST-100', 'RAU-Ø01', 'Østby Åse', 'x', 'x'), (5, NULL, 'elev_pc_07', NULL, 'x', 'x'),"
        " (6, 'ABC', 'x', 'hans_olav', 'x', 'x')");
    QVERIFY(runStatement(file.value()->connection(), insert).ok());
    QVERIFY(runStatement(server->connection(), insert).ok());

    const QSet<qint64> inFile =
        ids(file.value()->connection(), QStringLiteral("SELECT rowid FROM device_search WHERE device_search MATCH ?"),
            searchWordsQuery(search));
    const QSet<qint64> onServer =
        ids(server->connection(), PostgresEngine::wordIdsSql(), PostgresEngine::wordQuery(search));
    QCOMPARE(inFile, QSet<qint64>(expected.cbegin(), expected.cend()));
    QCOMPARE(onServer, inFile);
}

void TestPostgresSchema::rememberesModelNames()
{
    std::unique_ptr<Database> db = openRegister();
    QVERIFY(db);
    const QSqlDatabase sql = db->connection();
    QVERIFY(runStatement(sql, QStringLiteral("INSERT INTO device (serial, model, created_at, updated_at) VALUES"
                                             " ('A1', 'Latitude 5440', 'x', 'x'), ('A2', 'Latitude 5440', 'x', 'x'),"
                                             " ('A3', NULL, 'x', 'x')"))
                .ok());
    QVERIFY(runStatement(sql, QStringLiteral("UPDATE device SET model = 'EliteBook 840' WHERE serial = 'A3'")).ok());
    PostgresTestServer::Connection raw(address());
    QCOMPARE(raw.rows(QStringLiteral("SELECT name FROM rullering.device_model_name ORDER BY name")),
             (QStringList{QStringLiteral("EliteBook 840"), QStringLiteral("Latitude 5440")}));
    // Identity ids, as SQLite's rowids: assigned in order.
    QCOMPARE(raw.rows(QStringLiteral("SELECT id FROM rullering.device ORDER BY id")),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

// The words column (step 17) through device_words(), whose body the server puts in place of the call (step 18): the
// same words as before for missing values too, and no per-row SQL function in the plan.
void TestPostgresSchema::storesSearchWordsWithoutAFunctionCall()
{
    std::unique_ptr<Database> db = openRegister();
    QVERIFY(db);
    QVERIFY(runStatement(db->connection(),
                         QStringLiteral("INSERT INTO device (serial, hostname, primary_user, created_at, updated_at)"
                                        " VALUES ('PF1-ABC', NULL, 'Kari Nordmann', 'x', 'x'),"
                                        " ('X', 'MOL-L1234', NULL, 'x', 'x'), ('Ø7', NULL, NULL, 'x', 'x')"))
                .ok());
    PostgresTestServer::Connection raw(address());
    QCOMPARE(raw.rows(QStringLiteral("SELECT words::text FROM rullering.device ORDER BY id")),
             (QStringList{QStringLiteral("'abc' 'kari' 'nordmann' 'pf1'"), QStringLiteral("'l1234' 'mol' 'x'"),
                          QStringLiteral("'ø7'")}));
    const QString plan = raw.rows(QStringLiteral("EXPLAIN (VERBOSE) SELECT rullering.device_words(serial, hostname,"
                                                 " primary_user) FROM rullering.device"))
                             .join(u'\n');
    QVERIFY2(plan.contains(QLatin1String("regexp_split_to_array")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("device_words(")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "test_postgres_schema.moc"
