#pragma once

#include <QString>
#include <QStringList>

namespace rullering {

// What a path holds, found before Rullering opens it for real and without changing anything: no journal, -wal or
// -shm made (those of a writer at work are read through), the file's bytes and times untouched. Opening decides from it
// whether the file may be given Rullering's schema (a new or empty file), opened (a register) or must be refused
// (someone else's data).
class DatabaseFile
{
public:
    enum class Kind
    {
        Missing,    // no file at the path
        Empty,      // a zero-length file, or an SQLite database with no tables and no user_version
        Register,   // Rullering's tables and a schema version
        Foreign,    // an SQLite database holding other tables (or another program's user_version)
        NotSqlite,  // some other kind of file
        Unreadable, // it exists but cannot be read (see error)
    };

    struct Inspection
    {
        Kind kind = Kind::Missing;
        int userVersion = 0;
        QStringList tables; // the file's own tables, for the message that refuses it
        QString error;
    };

    static Inspection inspect(const QString& path);

    // Whether this user can change the register at path: the file and its folder writable (WAL keeps the -wal and
    // -shm files beside it), or the -wal and -shm already there and writable. Root passes every permission check,
    // so tests force read-only opens with Database::Access::ReadOnly instead.
    static bool isWritable(const QString& path);

    // An SQLite URI that opens path for reading only. With immutable, SQLite neither locks the file nor creates a
    // -wal or -shm beside it: a reader in a read-only folder needs that, and a reader of a 0444 file in a writable
    // folder would otherwise leave read-only -wal and -shm files behind for the next writer to trip over.
    static QString readOnlyUri(const QString& path, bool immutable);
};

} // namespace rullering
