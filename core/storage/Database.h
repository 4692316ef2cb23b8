#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

class QSqlDatabase;
struct sqlite3;

namespace rullering {

// One open connection to a Rullering register: an SQLite file, or a register on a PostgreSQL server when the path is
// a libpq URI (postgresql://..., see ServerAddress). Opening creates the schema in a new or empty file (or an empty
// server database) and upgrades an older register; a register written by a newer Rullering, or an SQLite file
// holding someone else's tables, is refused without being changed. A file this user may not change (file or folder
// permissions) opens for reading. A connection belongs to the thread that opened it: a worker thread opens its own
// Database on the same path.
class Database
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist,
        // As CreateIfMissing, for a first load (the CLI's import): a file this call creates (or finds empty) keeps
        // a rollback journal for its schema and the load, and switches to the WAL once, when the Database closes.
        // Each switch of the journal writes and syncs the file's header; the WAL first and the rollback journal for
        // the load (BulkLoadConnection) and back cost a new register 17 syncs. A file that does not exist yet is
        // built beside its path (StagedFile) with no sync at all (its rollback journal unsynced), and close() syncs it
        // once and moves it to its path: until then nothing stands there, so a crash cannot leave a half-made
        // register. An empty file keeps its place: its rollback journal is on disk, and it syncs 10 times. An
        // existing register opens as with CreateIfMissing.
        CreateForLoad,
    };
    enum class Access
    {
        Auto,      // read-write, or read-only when the permissions allow no more (DatabaseFile::isWritable)
        ReadWrite, // refused with readOnlyMessage() when the permissions allow only reading
        ReadOnly,  // never writes, whatever the permissions
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing,
                                                  Access access = Access::Auto);
    ~Database(); // close(), with a failure reported as a warning

    // Closes the connection; after it the Database has none. A file opened CreateForLoad switches to the WAL here, and
    // a new one is moved to its path (the error says where it is when it cannot be).
    Status close();

    // Core only: Qt Sql is private to rullering_core, so code above it cannot call this (it constructs services
    // from the Database instead; see Connection).
    QSqlDatabase connection() const;
    // The raw handle of Qt's own SQLite connection, for bulk work on hot paths (same library, same connection).
    sqlite3* sqliteHandle() const;
    // The file path or server address as given to open(): what a worker thread opens again. An address may hold a
    // password: show and store displayPath() instead.
    const QString& path() const { return m_path; }
    QString displayPath() const; // the path, or the address without its password
    bool isServer() const;
    int schemaVersion() const;
    // Opened for reading only: every Transaction on it is refused with readOnlyMessage().
    bool isReadOnly() const { return m_readOnly; }

    // A register on a server: the connection is known to be gone (a statement found it so; no I/O here). Never for
    // a file. ChangeFeed watches it and calls restoreConnection().
    bool isConnectionLost() const;
    // Checks the connection to the server and opens it again, in place, when it is gone: services holding this
    // Database's connection go on with the new one. Does nothing for a file.
    Status restoreConnection();
    // The server session this connection writes as (0 for a file), which the server's change notices name.
    qint64 sessionId() const;

    // The default database file: $RULLERING_DB, else rullering.sqlite in the per-user data directory.
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);
    // open() for a server address (DatabaseServer.cpp).
    static Result<std::unique_ptr<Database>> openServer(const QString& address, OpenMode mode);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_walPending = false; // CreateForLoad made the file: the WAL comes on closing
    QString m_stagingPath;     // CreateForLoad is building a new file here (StagedFile), moved to m_path on closing
    bool m_opened = false;     // open() succeeded (else a staging file is discarded)
};

} // namespace rullering
