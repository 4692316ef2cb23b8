#include "Database.h"

#include "DatabaseFile.h"
#include "IdSetFunction.h"
#include "SchemaManager.h"
#include "ServerAddress.h"
#include "Sql.h"
#include "StagedFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>
#include <utility>

namespace rullering {
namespace {

// PRAGMA mmap_size. Mapped pages a connection has read stay in the process's resident memory: with the whole file
// mapped (2 GB), bench_register's session over a 1M-device file (617 MB) peaked at 481 MB RSS, over the register's
// 400 MB target. 256 MB: peak 311 MB; the status refresh 88 -> 96 ms, the register's filters, search and sorts the
// same. Not mapping at all: peak 56 MB, search p50 24 -> 29 ms.
constexpr qint64 MappedBytes = qint64(256) << 20;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rullering-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A statement journal (what one statement changed inside a larger transaction, to undo that statement alone) is
// held in memory up to this size, then written to a temporary file. SQLite's default is 64 KiB: a 12k-row first
// load's model-year UPDATE (1.3 MB of pages) wrote 660 pieces to a file in /var/tmp. A load whose journals must stay
// in memory whatever their size sets temp_store instead (BulkLoadConnection).
constexpr int StatementJournalInMemoryBytes = 8 << 20;

// Before SQLite's first connection (neither can be changed after):
// - no count of the memory SQLite allocates, which nothing here reads (sqlite3_memory_used, a soft heap limit).
//   Counting takes a global mutex and two updates around every allocation and free of the library's: 350,000 of
//   each in a 12k-row first load;
// - statement journals in memory up to StatementJournalInMemoryBytes.
void configureSqliteLibrary()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) |
                                  sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, StatementJournalInMemoryBytes);
    Q_UNUSED(configured); // SQLITE_MISUSE when another part of the program opened a connection first: no harm
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Decides from what the file holds (read without changing it) whether it may be opened, and whether for reading
// only, and whether it holds a register yet (fresh: missing or empty). Nothing is written before this says yes: a
// foreign SQLite file keeps its bytes, times and journal mode.
Status checkFile(const QString& path, Database::OpenMode mode, Database::Access access, bool& readOnly, bool& fresh,
                 bool& missing)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error(QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(native(path)));
    const DatabaseFile::Inspection file = DatabaseFile::inspect(path);
    fresh = file.kind == DatabaseFile::Kind::Missing || file.kind == DatabaseFile::Kind::Empty;
    missing = file.kind == DatabaseFile::Kind::Missing;
    switch (file.kind) {
    case DatabaseFile::Kind::Missing:
        if (mode == Database::OpenMode::MustExist || access == Database::Access::ReadOnly)
            return Error(QCoreApplication::translate("Database", "The database %1 does not exist.").arg(native(path)),
                         Error::Code::NotFound);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(QCoreApplication::translate("Database", "Cannot create the folder %1.")
                             .arg(native(info.absolutePath())));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error(
                QCoreApplication::translate("Database", "Cannot create %1: its folder is read-only.").arg(native(path)),
                Error::Code::Refused);
        readOnly = false;
        return {};
    case DatabaseFile::Kind::NotSqlite:
        return Error(QCoreApplication::translate("Database", "%1 is not a Rullering database (not an SQLite file).")
                         .arg(native(path)),
                     Error::Code::Refused);
    case DatabaseFile::Kind::Unreadable:
        return Error(QCoreApplication::translate("Database", "Cannot read %1: %2").arg(native(path), file.error));
    case DatabaseFile::Kind::Foreign:
        return Error(QCoreApplication::translate("Database",
                                                 "%1 is an SQLite database but not a Rullering register (it holds "
                                                 "the tables %2). It has not been changed.")
                         .arg(native(path), file.tables.mid(0, 6).join(QStringLiteral(", ")) +
                                                (file.tables.size() > 6 ? QStringLiteral(", …") : QString())),
                     Error::Code::Refused);
    case DatabaseFile::Kind::Empty:
    case DatabaseFile::Kind::Register:
        break;
    }
    readOnly = access == Database::Access::ReadOnly || !DatabaseFile::isWritable(path);
    if (readOnly && access == Database::Access::ReadWrite)
        return Error(readOnlyRegisterText(), Error::Code::Refused);
    if (readOnly && file.kind == DatabaseFile::Kind::Empty)
        return Error(QCoreApplication::translate("Database", "%1 is empty and read-only: there is no register in it "
                                                             "to read.")
                         .arg(native(path)),
                     Error::Code::Refused);
    return {};
}

// A read-only connection opens the file immutable unless a -wal is present: no -wal means no writer has the file
// open, and immutable needs no -shm (none can be made in a read-only folder) and leaves nothing behind. With a -wal,
// a writer may be at work, and reading through its -shm is the only way to see its committed changes.
void configureReadOnly(QSqlDatabase& db, const QString& path)
{
    db.setDatabaseName(DatabaseFile::readOnlyUri(path, !QFileInfo::exists(path + QStringLiteral("-wal"))));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
}

// A read-only register cannot be upgraded: it must already have this Rullering's schema.
Status checkReadOnlySchema(const QSqlDatabase& db, const QString& path)
{
    const int version = SchemaManager::version(db);
    if (version > SchemaManager::currentVersion())
        return SchemaManager::migrate(db); // refuses a newer schema before writing anything
    if (version < SchemaManager::currentVersion())
        return Error(QCoreApplication::translate("Database",
                                                 "%1 was written by an older Rullering (schema %2) and is read-only "
                                                 "(file or folder permissions): open it once with write access to "
                                                 "upgrade it.")
                         .arg(native(path))
                         .arg(version),
                     Error::Code::Refused);
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (Status closed = close(); !closed)
        qWarning("%s", qPrintable(closed.errorMessage()));
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && m_walPending) // best effort: the next opening switches it otherwise
            static_cast<void>(runStatement(db, QStringLiteral("PRAGMA journal_mode = WAL")));
        m_walPending = false;
        if (db.isOpen())
            db.close();
    }
    if (m_stagingPath.isEmpty())
        return {};
    const QString staging = std::exchange(m_stagingPath, QString());
    if (!m_opened) { // open() failed: there is no register to keep
        StagedFile::discard(staging);
        return {};
    }
    return StagedFile::moveIntoPlace(staging, m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, Access access)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, mode);
    const bool inMemory = path == QLatin1String(":memory:");
    bool readOnly = false;
    bool fresh = false;
    bool missing = false;
    if (!inMemory) {
        if (Status allowed = checkFile(path, mode, access, readOnly, fresh, missing); !allowed)
            return allowed.error();
    }

    // A new file for a first load keeps a rollback journal until it closes (OpenMode::CreateForLoad); one that did
    // not exist is built beside its path, without a sync, and moved there on closing. Its rollback journal stays on
    // disk: in memory (journal_mode MEMORY) SQLite keeps the statement journals there too, and those of the load's
    // UPDATEs took a 1M-row first load from 220 to 303 MB at its peak.
    const bool walOnClosing = !inMemory && !readOnly && fresh && mode == OpenMode::CreateForLoad;
    const bool staged = walOnClosing && missing;
    configureSqliteLibrary();
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    database->m_readOnly = readOnly;
    if (staged)
        database->m_stagingPath = StagedFile::stagingPath(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return Error(QCoreApplication::translate("Database", "The Qt SQLite driver (QSQLITE) is not installed."));
    if (readOnly) {
        configureReadOnly(db, path);
    } else {
        db.setDatabaseName(staged ? database->m_stagingPath : path);
        // Another Rullering on the same file holds the write lock briefly: wait for it instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return Error(
            QCoreApplication::translate("Database", "Cannot open %1: %2").arg(native(path), db.lastError().text()));

    if (sqlite3* handle = rullering::sqliteHandle(db)) {
        if (Status installed = installIdSetFunction(handle); !installed)
            return Error(QCoreApplication::translate("Database", "Cannot open %1: %2")
                             .arg(native(path), installed.errorMessage()));
    }

    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           staged ? QStringLiteral("PRAGMA synchronous = OFF")
                                  : QStringLiteral("PRAGMA synchronous = NORMAL")};
    if (!inMemory) {
        if (!readOnly && !walOnClosing) // switching the journal mode writes the file's header
            pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
        // Reads map the first MappedBytes of the file instead of copying each page out of the OS cache into
        // SQLite's 2 MB cache; the rest of a larger file is read as before. At 1M devices (bench_register and
        // bench_status, alternated): search p50 29 -> 24 ms; the status refresh the same either way (92-97 ms).
        // Writes still go through the journal (SQLite writes mapped files only when built to).
        pragmas.append(QStringLiteral("PRAGMA mmap_size = %1").arg(MappedBytes));
    }
    for (const QString& statement : pragmas) {
        QSqlQuery pragma(db);
        if (!pragma.exec(statement))
            return Error(
                QCoreApplication::translate("Database", "Cannot open %1: %2").arg(native(path), sqlErrorText(pragma)));
    }

    const Status schema = readOnly ? checkReadOnlySchema(db, path) : SchemaManager::migrate(db);
    if (!schema)
        return Error(
            QCoreApplication::translate("Database", "Cannot open %1: %2").arg(native(path), schema.errorMessage()),
            schema.error().code());
    database->m_walPending = walOnClosing;
    database->m_opened = true;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Database::sqliteHandle() const
{
    return rullering::sqliteHandle(connection());
}

int Database::schemaVersion() const
{
    return SchemaManager::version(connection());
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("RULLERING_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // The same file for the GUI and the CLI, whatever organisation name either sets: <data home>/rullering/.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    dir += QStringLiteral("/rullering");
    return dir + QStringLiteral("/rullering.sqlite");
}

} // namespace rullering
