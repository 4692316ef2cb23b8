#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rullering {

// A register on a PostgreSQL server, named by a libpq connection URI exactly as libpq documents it
// ("postgresql://user@host:5432/rullering?sslmode=verify-full", "postgresql:///rullering?host=/run/postgresql").
// Parsed by libpq itself (PQconninfoParse), so every keyword libpq knows is accepted and nothing is invented.
// Only what the URI names is kept: whatever it leaves out (host, port, user, database, service, TLS files, ...)
// libpq takes from the PG* environment variables, service files and ~/.pgpass when connecting, as psql does.
struct ServerAddress
{
    QString host;     // a host name, an address, a socket folder, or a comma-separated list of them
    QString port;     // a number, or a comma-separated list matching host
    QString database; // libpq's dbname
    QString user;
    QString password; // only when written in the URI; kept in memory for this process, never shown or stored
    QList<QPair<QString, QString>> options; // every other keyword the URI sets, in libpq's order
    QString display;                        // the URI without its password: safe to show and to store

    // True for text starting with postgresql:// or postgres:// (libpq's designators; anything else is a file).
    static bool isServerAddress(const QString& text);
    static Result<ServerAddress> parse(const QString& uri);
    // The URI with any password (user:password@ or password=) taken out.
    static QString withoutPassword(const QString& uri);

    // Keywords Qt's PostgreSQL driver has no property for, as "key='value' ..." for setConnectOptions().
    QString connectOptions() const;
    // The port as Qt wants it: -1 when absent or when it is a list (then it travels in connectOptions()).
    int singlePort() const;
};

} // namespace rullering
