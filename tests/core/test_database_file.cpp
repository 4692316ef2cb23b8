#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/DeviceRepository.h"
#include "storage/SchemaManager.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

// What must not change when a file is refused or read: its bytes, its size and its modification time.
struct FileState
{
    QByteArray hash;
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QFileInfo info(path);
    return {QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), info.size(),
            info.fileTime(QFileDevice::FileModificationTime)};
}

// The files SQLite leaves beside a database it opened for writing or could not clean up after.
QStringList leftovers(const QString& path)
{
    QStringList found;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(QLatin1String(suffix));
    return found;
}

// Another program's database, written through a plain connection and closed again.
void writeWith(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesForeignFileUnchanged_data();
    void refusesForeignFileUnchanged();
    void givesSchemaOnlyToNewOrEmptyFiles_data();
    void givesSchemaOnlyToNewOrEmptyFiles();
    void readOnlyOpenReadsAndChangesNothing();
    void readOnlyRefusesWritesInOwnWords();
    void readOnlyRefusesMissingOrEmptyFile();
    void readWriteAccessRefusesWhatCanOnlyBeRead();
    void namesPathsWithUriCharacters();

private:
    QString path(const QString& name = QStringLiteral("register.sqlite")) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseFile::refusesForeignFileUnchanged_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("mustExist");
    const QStringList customers = {QStringLiteral("CREATE TABLE kunder (id INTEGER PRIMARY KEY, navn TEXT)"),
                                   QStringLiteral("INSERT INTO kunder (navn) VALUES ('Kari'), ('Ola')")};
    QTest::newRow("someone else's tables, opened by a reading command") << customers << true;
    QTest::newRow("someone else's tables, opened by a writing command") << customers << false;
    QTest::newRow("someone else's WAL-mode file")
        << (QStringList{QStringLiteral("PRAGMA journal_mode = WAL")} + customers) << true;
    QTest::newRow("another program's user_version, no tables")
        << QStringList{QStringLiteral("PRAGMA user_version = 42")} << false;
    QTest::newRow("a table named device among others")
        << QStringList{QStringLiteral("CREATE TABLE device (id INTEGER PRIMARY KEY)"),
                       QStringLiteral("PRAGMA user_version = 3")}
        << false;
}

void TestDatabaseFile::refusesForeignFileUnchanged()
{
    QFETCH(QStringList, statements);
    QFETCH(bool, mustExist);
    writeWith(path(), statements);
    QVERIFY(leftovers(path()).isEmpty());
    const FileState before = stateOf(path());
    QTest::qWait(1100); // a changed file would show a later modification time

    Result<std::unique_ptr<Database>> db =
        Database::open(path(), mustExist ? Database::OpenMode::MustExist : Database::OpenMode::CreateIfMissing);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("not a Rullering register")), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QLatin1String("has not been changed")), qPrintable(db.errorMessage()));
    QCOMPARE(db.error().code(), Error::Code::Refused);
    QVERIFY(stateOf(path()) == before);
    QCOMPARE(leftovers(path()), QStringList());
}

void TestDatabaseFile::givesSchemaOnlyToNewOrEmptyFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("new file") << QStringLiteral("missing");
    QTest::newRow("zero-length file") << QStringLiteral("zero");
    QTest::newRow("SQLite file without tables") << QStringLiteral("bare");
}

void TestDatabaseFile::givesSchemaOnlyToNewOrEmptyFiles()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("zero")) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("bare")) {
        writeWith(path(), {QStringLiteral("VACUUM")});
        QVERIFY(QFileInfo(path()).size() > 0);
    }
    QCOMPARE(DatabaseFile::inspect(path()).kind,
             kind == QLatin1String("missing") ? DatabaseFile::Kind::Missing : DatabaseFile::Kind::Empty);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
        QVERIFY(!db.value()->isReadOnly());
    }
    QCOMPARE(DatabaseFile::inspect(path()).kind, DatabaseFile::Kind::Register);
    // The register it became opens again as a register.
    Result<std::unique_ptr<Database>> again = Database::open(path(), Database::OpenMode::MustExist);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
}

void TestDatabaseFile::readOnlyOpenReadsAndChangesNothing()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY(db.ok());
        QSqlQuery insert(db.value()->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO device (serial, created_at, updated_at)"
                                           " VALUES ('PF2ABC12', 'x', 'x')")));
    }
    QCOMPARE(leftovers(path()), QStringList());
    const FileState before = stateOf(path());
    QTest::qWait(1100);
    {
        Result<std::unique_ptr<Database>> db =
            Database::open(path(), Database::OpenMode::MustExist, Database::Access::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(db.value()->isReadOnly());
        QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
        Result<qint64> count = DeviceRepository(db.value()->connection()).count();
        QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
        QCOMPARE(count.value(), 1);
        // Nothing beside the file while it is open either: a read-only folder could not hold it.
        QCOMPARE(leftovers(path()), QStringList());
    }
    QVERIFY(stateOf(path()) == before);
    QCOMPARE(leftovers(path()), QStringList());
}

void TestDatabaseFile::readOnlyRefusesWritesInOwnWords()
{
    {
        QVERIFY(Database::open(path()).ok());
    }
    Result<std::unique_ptr<Database>> db =
        Database::open(path(), Database::OpenMode::MustExist, Database::Access::ReadOnly);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    Transaction tx(db.value()->connection());
    const Status begun = tx.begin();
    QVERIFY(!begun.ok());
    QCOMPARE(begun.error().code(), Error::Code::Refused);
    QVERIFY2(begun.errorMessage().contains(QLatin1String("read-only (file or folder permissions)")),
             qPrintable(begun.errorMessage()));
    // A write that bypasses the transaction gets the same words, not SQLite's.
    QSqlQuery insert(db.value()->connection());
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO municipality (name) VALUES ('Molde')")));
    QVERIFY2(sqlErrorText(insert).contains(QLatin1String("read-only (file or folder permissions)")),
             qPrintable(sqlErrorText(insert)));
}

void TestDatabaseFile::readOnlyRefusesMissingOrEmptyFile()
{
    Result<std::unique_ptr<Database>> missing =
        Database::open(path(), Database::OpenMode::CreateIfMissing, Database::Access::ReadOnly);
    QVERIFY(!missing.ok());
    QVERIFY(!QFile::exists(path()));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Result<std::unique_ptr<Database>> empty =
        Database::open(path(), Database::OpenMode::MustExist, Database::Access::ReadOnly);
    QVERIFY(!empty.ok());
    QVERIFY2(empty.errorMessage().contains(QLatin1String("read-only")), qPrintable(empty.errorMessage()));
    QCOMPARE(QFileInfo(path()).size(), 0);
}

// The permission check: root passes every one, so this runs only for an ordinary user (the CLI test also runs
// the real binary as the unprivileged user "nobody").
void TestDatabaseFile::readWriteAccessRefusesWhatCanOnlyBeRead()
{
    {
        QVERIFY(Database::open(path()).ok());
    }
    QVERIFY(DatabaseFile::isWritable(path()));
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (DatabaseFile::isWritable(path()))
        QSKIP("Running as root: file permissions do not bind (see test_cli_files for the unprivileged run).");
    Result<std::unique_ptr<Database>> write =
        Database::open(path(), Database::OpenMode::MustExist, Database::Access::ReadWrite);
    QVERIFY(!write.ok());
    QVERIFY(write.errorMessage().contains(QLatin1String("read-only (file or folder permissions)")));
    Result<std::unique_ptr<Database>> read = Database::open(path(), Database::OpenMode::MustExist);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(read.value()->isReadOnly());
}

void TestDatabaseFile::namesPathsWithUriCharacters()
{
    const QString odd = path(QStringLiteral("Molde 100% #2?.sqlite"));
    {
        QVERIFY(Database::open(odd).ok());
    }
    QCOMPARE(DatabaseFile::inspect(odd).kind, DatabaseFile::Kind::Register);
    Result<std::unique_ptr<Database>> db =
        Database::open(odd, Database::OpenMode::MustExist, Database::Access::ReadOnly);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("Molde 100% #2?.sqlite")});
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "test_database_file.moc"
