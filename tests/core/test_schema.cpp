#include "storage/Database.h"
#include "storage/SchemaManager.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// A raw connection, to prepare files the way another version of Rullering would have left them.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    static inline int s_counter = 0;
};

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsNewestSchemaFromEmpty();
    void upgradesStepByStep();
    void failingStepLeavesPreviousVersion();
    void refusesNewerSchema();
    void refusesNonSqliteFile();
    void mustExistReportsMissingFile();
    void enablesWalAndForeignKeys();
    void reopeningIsIdempotent();
    void defaultPathIsSharedByGuiAndCli();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("test.sqlite")); }
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSchema::createsNewestSchemaFromEmpty()
{
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
    const QStringList names = tables(db.value()->connection());
    for (const char* expected : {"device", "municipality", "location", "department", "network", "pool", "audit",
                                 "import_run", "device_seen", "named_item", "status_snapshot"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
}

void TestSchema::upgradesStepByStep()
{
    // Every step from the one before it, each verified on its own: version 0 → 1 → … → current.
    const QList<Migration>& steps = SchemaManager::migrations();
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps[i].version, i + 1);
    {
        RawConnection raw(path());
        for (const Migration& step : steps) {
            QVERIFY2(SchemaManager::migrate(raw.db(), steps, step.version).ok(), qPrintable(step.description));
            QCOMPARE(SchemaManager::version(raw.db()), step.version);
        }
    }
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
}

void TestSchema::failingStepLeavesPreviousVersion()
{
    QList<Migration> steps = SchemaManager::migrations();
    const int broken = steps.constLast().version + 1;
    steps.append({broken,
                  QStringLiteral("broken on purpose"),
                  {QStringLiteral("CREATE TABLE half_done (id INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
    RawConnection raw(path());
    QVERIFY(SchemaManager::migrate(raw.db(), steps, broken - 1).ok());
    const Status result = SchemaManager::migrate(raw.db(), steps, broken);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QLatin1String("broken on purpose")), qPrintable(result.errorMessage()));
    QCOMPARE(SchemaManager::version(raw.db()), broken - 1);
    QVERIFY(!tables(raw.db()).contains(QLatin1String("half_done")));
}

void TestSchema::refusesNewerSchema()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY(db.ok());
    }
    {
        RawConnection raw(path());
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaManager::currentVersion() + 5)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path());
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("newer version of Rullering")), qPrintable(db.errorMessage()));
    QCOMPARE(fileHash(path()), before);
}

void TestSchema::refusesNonSqliteFile()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Serial number;Model\nABC;T14\n");
    file.close();
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("not a Rullering database")), qPrintable(db.errorMessage()));
    QVERIFY(QFile(path()).size() > 0);
}

void TestSchema::mustExistReportsMissingFile()
{
    Result<std::unique_ptr<Database>> db = Database::open(path(), Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY(db.errorMessage().contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(path()));
}

void TestSchema::enablesWalAndForeignKeys()
{
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(db.ok());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(db.value()->sqliteHandle() != nullptr);
}

void TestSchema::reopeningIsIdempotent()
{
    for (int i = 0; i < 3; ++i) {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
    }
}

void TestSchema::defaultPathIsSharedByGuiAndCli()
{
    qunsetenv("RULLERING_DB");
    const QString plain = Database::defaultPath();
    QVERIFY2(plain.endsWith(QLatin1String("/rullering/rullering.sqlite")), qPrintable(plain));
    // The GUI sets an organisation name, the CLI does not: both must find the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("rullering"));
    QCOMPARE(Database::defaultPath(), plain);
    QCoreApplication::setOrganizationName(QString());
    qputenv("RULLERING_DB", "/srv/rullering/felles.sqlite");
    QCOMPARE(Database::defaultPath(), QStringLiteral("/srv/rullering/felles.sqlite"));
    qunsetenv("RULLERING_DB");
}

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
