#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace rullering {

struct ServerAddress;

// Opens Qt's PostgreSQL driver (QPSQL) on a ServerAddress: host, port, database and user as the driver's own
// properties, every other keyword as a connect option, so libpq fills in the rest from the PG* variables,
// service files and ~/.pgpass exactly as it does for psql. A failed connection is told in one line that says
// what failed, in the user's language, followed by libpq's own words.
class ServerConnection
{
public:
    enum class Failure
    {
        Unreachable,           // no server answered: name, address, socket, port, timeout, or it is starting up
        AuthenticationRefused, // the server (or libpq before asking it) would not sign this user in
        DatabaseMissing,       // signed in, but the database named does not exist
        Tls,                   // the encrypted connection could not be set up or verified
        Other,
    };

    // Adds and opens the connection connectionName; on failure the caller removes it (as Database's destructor
    // does). The session then finds the register's tables in its own schema (PostgresEngine::schemaName()).
    static Status open(const ServerAddress& address, const QString& connectionName);

    // Opens a connection made by open() again, in place, after it was lost: copies of the QSqlDatabase held by
    // services go on with it. Statements prepared on the old connection are gone.
    static Status reopen(QSqlDatabase& db, const QString& display);

    // What libpq's message (its English words; server messages as the server writes them) says failed.
    static Failure classify(const QString& libpqMessage);
    // The one-line message for a failed connection to the address shown as display.
    static QString failureMessage(const QString& display, const QString& libpqMessage);

    // The session settings every connection gets after connecting, for short interactive reads (the register's
    // window, filters, search, status and plan read a few thousand index entries at a time; see
    // docs/postgresql.md, "Speed on the server").
    static QStringList interactiveSettings();

private:
    // Opens db as configured and sets the session up for the register.
    static Status connectSession(QSqlDatabase& db, const QString& display);
};

} // namespace rullering
