#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace rullering {

// One open connection to a Rullering database file, or to a register on a PostgreSQL server when the path is a
// libpq URI (postgresql://..., see ServerAddress). Opening creates or upgrades the schema; a register written
// by a newer Rullering is refused. A connection belongs to the thread that opened it: a worker thread opens
// its own Database on the same path.
class Database
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist,
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();

    QSqlDatabase connection() const;
    // The raw handle of Qt's own SQLite connection, for bulk work on hot paths (same library, same connection).
    sqlite3* sqliteHandle() const;
    // The file path or server address as given to open(): what a worker thread opens again. An address may hold a
    // password: show and store displayPath() instead.
    const QString& path() const { return m_path; }
    QString displayPath() const; // the path, or the address without its password
    bool isServer() const;
    int schemaVersion() const;

    // The default database file: $RULLERING_DB, else rullering.sqlite in the per-user data directory.
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);
    // open() for a server address (DatabaseServer.cpp).
    static Result<std::unique_ptr<Database>> openServer(const QString& address, OpenMode mode);

    QString m_path;
    QString m_connectionName;
};

} // namespace rullering
