// A first load into a new file (Database::OpenMode::CreateForLoad) builds the register beside its path and moves it
// there when the Database closes (StagedFile): nothing stands at the path before that, a file someone else made there
// meanwhile is left alone, and staging files of processes that ended are cleared away.

#include "storage/Database.h"
#include "storage/SchemaManager.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

QString pragma(const Database& database, const QString& name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QStringLiteral("(failed)");
    return query.value(0).toString();
}

// The file header's read and write versions (offsets 18 and 19): 2 in WAL mode, 1 with a rollback journal.
QByteArray journalBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(18))
        return {};
    return file.read(2);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestStagedFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFileIsBuiltBesideItsPathAndMovedOnClosing();
    void closingByDestructionMovesItToo();
    void aFileMadeMeanwhileIsLeftAlone();
    void anEmptyFileIsLoadedInPlace();
    void stagingFilesOfEndedProcessesAreCleared();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("test.sqlite")); }
    // The folder's names that are not the register itself.
    QStringList others() const
    {
        QStringList names = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("test.sqlite"));
        return names;
    }
};

void TestStagedFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStagedFile::newFileIsBuiltBesideItsPathAndMovedOnClosing()
{
    Result<std::unique_ptr<Database>> db = Database::open(path(), Database::OpenMode::CreateForLoad);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    Database& database = *db.value();
    QCOMPARE(database.schemaVersion(), SchemaManager::currentVersion());
    QCOMPARE(database.path(), path()); // what messages name
    // Nothing at the path yet; the register grows in a hidden file beside it, synced by no commit.
    QVERIFY(!QFile::exists(path()));
    const QStringList staging = others();
    QCOMPARE(staging.size(), 1);
    QVERIFY2(staging.constFirst().startsWith(
                 QStringLiteral(".test.sqlite.loading-%1-").arg(QCoreApplication::applicationPid())),
             qPrintable(staging.constFirst()));
    QCOMPARE(pragma(database, QStringLiteral("journal_mode")), QStringLiteral("delete"));
    QCOMPARE(pragma(database, QStringLiteral("synchronous")), QStringLiteral("0"));
    QCOMPARE(pragma(database, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QVERIFY(runStatement(database.connection(), QStringLiteral("INSERT INTO municipality (name) VALUES ('Molde')")));

    const Status closed = database.close();
    QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
    // In place, in WAL mode as every register, and nothing left beside it.
    QCOMPARE(others(), QStringList());
    QCOMPARE(journalBytes(path()), QByteArray("\x02\x02", 2));
    Result<std::unique_ptr<Database>> again = Database::open(path(), Database::OpenMode::MustExist);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(pragma(*again.value(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(*again.value(), QStringLiteral("integrity_check")), QStringLiteral("ok"));
    QSqlQuery query(again.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM municipality")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Molde"));
}

void TestStagedFile::closingByDestructionMovesItToo()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(path(), Database::OpenMode::CreateForLoad);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(!QFile::exists(path()));
    }
    QVERIFY(QFile::exists(path()));
    QCOMPARE(others(), QStringList());
    QCOMPARE(journalBytes(path()), QByteArray("\x02\x02", 2));
}

void TestStagedFile::aFileMadeMeanwhileIsLeftAlone()
{
    Result<std::unique_ptr<Database>> db = Database::open(path(), Database::OpenMode::CreateForLoad);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    const QString staging = m_dir->filePath(others().value(0));
    QVERIFY(writeFile(path(), "someone else's"));

    const Status closed = db.value()->close();
    QVERIFY(!closed.ok());
    // Says where the register is and where it could not go.
    QVERIFY2(closed.errorMessage().contains(QDir::toNativeSeparators(staging)), qPrintable(closed.errorMessage()));
    QVERIFY2(closed.errorMessage().contains(QDir::toNativeSeparators(path())), qPrintable(closed.errorMessage()));
    QFile other(path());
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("someone else's"));
    // The register is whole where the message says.
    Result<std::unique_ptr<Database>> kept = Database::open(staging, Database::OpenMode::MustExist);
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    QCOMPARE(kept.value()->schemaVersion(), SchemaManager::currentVersion());
    // Closing again (as the destructor does) tries nothing more.
    QVERIFY(db.value()->close().ok());
    QVERIFY(QFile::exists(staging));
}

void TestStagedFile::anEmptyFileIsLoadedInPlace()
{
    QVERIFY(writeFile(path(), {}));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path(), Database::OpenMode::CreateForLoad);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        // A file someone made for the register keeps its place: a rollback journal on disk until the WAL.
        QCOMPARE(pragma(*db.value(), QStringLiteral("journal_mode")), QStringLiteral("delete"));
        QCOMPARE(pragma(*db.value(), QStringLiteral("synchronous")), QStringLiteral("1"));
        QCOMPARE(others(), QStringList());
        QCOMPARE(journalBytes(path()), QByteArray("\x01\x01", 2));
    }
    QCOMPARE(journalBytes(path()), QByteArray("\x02\x02", 2));
    QCOMPARE(others(), QStringList());
    // A register opens for a load as for anything else: in place, in WAL mode.
    Result<std::unique_ptr<Database>> again = Database::open(path(), Database::OpenMode::CreateForLoad);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(pragma(*again.value(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(others().filter(QStringLiteral(".loading-")), QStringList());
}

void TestStagedFile::stagingFilesOfEndedProcessesAreCleared()
{
    // A process id above Linux's highest possible one (2^22) has ended; this process has not.
    const QString ended = m_dir->filePath(QStringLiteral(".test.sqlite.loading-4194305-0"));
    const QString running =
        m_dir->filePath(QStringLiteral(".test.sqlite.loading-%1-999").arg(QCoreApplication::applicationPid()));
    const QString otherRegister = m_dir->filePath(QStringLiteral(".other.sqlite.loading-4194305-0"));
    for (const QString& file : QStringList{ended, ended + QStringLiteral("-journal"), running, otherRegister})
        QVERIFY(writeFile(file, "half a register"));

    Result<std::unique_ptr<Database>> db = Database::open(path(), Database::OpenMode::CreateForLoad);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QVERIFY(!QFile::exists(ended));
    QVERIFY(!QFile::exists(ended + QStringLiteral("-journal")));
    QVERIFY(QFile::exists(running));       // may still be at work
    QVERIFY(QFile::exists(otherRegister)); // another path's
}

QTEST_GUILESS_MAIN(TestStagedFile)
#include "test_staged_file.moc"
