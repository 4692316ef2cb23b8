#include "Database.h"

#include "IdSetFunction.h"
#include "SchemaManager.h"
#include "ServerAddress.h"
#include "Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

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

// A real SQLite file starts with this; anything else is refused before SQLite gets a chance to write to it.
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.isEmpty() || head == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, mode);
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists() && info.isDir())
            return Error(QCoreApplication::translate("Database", "%1 is a folder, not a database file.")
                             .arg(QDir::toNativeSeparators(path)));
        if (!info.exists()) {
            if (mode == OpenMode::MustExist)
                return Error(QCoreApplication::translate("Database", "The database %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(path)));
            if (!QDir().mkpath(info.absolutePath()))
                return Error(QCoreApplication::translate("Database", "Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        } else if (!looksLikeSqlite(path)) {
            return Error(QCoreApplication::translate("Database", "%1 is not a Rullering database (not an SQLite file).")
                             .arg(QDir::toNativeSeparators(path)));
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return Error(QCoreApplication::translate("Database", "The Qt SQLite driver (QSQLITE) is not installed."));
    db.setDatabaseName(path);
    // Another Rullering on the same file holds the write lock briefly: wait for it instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Error(QCoreApplication::translate("Database", "Cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(path), db.lastError().text()));

    if (sqlite3* handle = rullering::sqliteHandle(db)) {
        if (Status installed = installIdSetFunction(handle); !installed)
            return Error(QCoreApplication::translate("Database", "Cannot open %1: %2")
                             .arg(QDir::toNativeSeparators(path), installed.errorMessage()));
    }

    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL")};
    if (!inMemory) {
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
            return Error(QCoreApplication::translate("Database", "Cannot open %1: %2")
                             .arg(QDir::toNativeSeparators(path), sqlErrorText(pragma)));
    }

    if (Status migrated = SchemaManager::migrate(db); !migrated)
        return Error(QCoreApplication::translate("Database", "Cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(path), migrated.errorMessage()));
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
