#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace rullering {

// One open connection to a Rullering database file. Opening creates or upgrades the schema; a file written
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
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // The default database file: $RULLERING_DB, else rullering.sqlite in the per-user data directory.
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace rullering
