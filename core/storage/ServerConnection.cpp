#include "ServerConnection.h"

#include "PostgresEngine.h"
#include "ServerAddress.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

namespace rullering {
namespace {

bool containsAny(const QString& text, std::initializer_list<const char*> phrases)
{
    for (const char* phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ServerConnection::Failure ServerConnection::classify(const QString& libpqMessage)
{
    const QString& m = libpqMessage;
    // The server's own refusals (FATAL: ...) first: "no pg_hba.conf entry ..., SSL encryption" is about the sign-in,
    // not about TLS.
    if (m.contains(QLatin1String("database \"")) && m.contains(QLatin1String("does not exist")))
        return Failure::DatabaseMissing;
    if (containsAny(m, {"authentication failed", "pg_hba.conf", "not permitted to log in",
                        "permission denied for database", "does not have CONNECT privilege"}) ||
        (m.contains(QLatin1String("role \"")) && m.contains(QLatin1String("does not exist"))))
        return Failure::AuthenticationRefused;
    if (containsAny(m, {"SSL", "TLS", "certificate", "sslmode", "GSSAPI encryption"}))
        return Failure::Tls;
    if (containsAny(m, {"password", "GSSAPI", "Kerberos", "SSPI", "SCRAM", "fe_sendauth", "authentication"}))
        return Failure::AuthenticationRefused;
    if (containsAny(m, {"could not translate host name", "Connection refused", "No such file or directory",
                        "timeout expired", "timed out", "Network is unreachable", "No route to host", "starting up",
                        "shutting down", "could not connect", "Is the server running"}))
        return Failure::Unreachable;
    return Failure::Other;
}

QString ServerConnection::failureMessage(const QString& display, const QString& libpqMessage)
{
    // libpq writes several lines (the failure, then a hint on a tab-indented line): one line for a person.
    const QString reason = libpqMessage.simplified();
    switch (classify(libpqMessage)) {
    case Failure::Unreachable:
        return QCoreApplication::translate("ServerConnection", "Cannot reach the database server for %1: %2")
            .arg(display, reason);
    case Failure::AuthenticationRefused:
        return QCoreApplication::translate("ServerConnection", "The database server refused the sign-in for %1: %2")
            .arg(display, reason);
    case Failure::DatabaseMissing:
        return QCoreApplication::translate("ServerConnection",
                                           "The database named in %1 does not exist on the server: %2")
            .arg(display, reason);
    case Failure::Tls:
        return QCoreApplication::translate("ServerConnection",
                                           "The encrypted connection (TLS) to the server for %1 failed: %2")
            .arg(display, reason);
    case Failure::Other:
        break;
    }
    return QCoreApplication::translate("ServerConnection", "Cannot connect to the database server for %1: %2")
        .arg(display, reason);
}

QStringList ServerConnection::interactiveSettings()
{
    return {
        // Starting parallel workers costs more than the reads they share: 220 of the 298 ms of a search that finds
        // nothing, on 2 cores. Nothing Rullering asks of the server reads enough rows to gain from them.
        QStringLiteral("SET max_parallel_workers_per_gather TO 0"),
        // JIT compiles a statement the planner deems expensive (the status counts over 1M devices) before it runs:
        // hundreds of milliseconds for queries that then run in tens.
        QStringLiteral("SET jit TO off"),
        // The status of a past date tests every device against the window's sightings (~470k ids at 1M devices):
        // PostgreSQL hashes them once only when the hash fits in work_mem (4 MB by default, times
        // hash_mem_multiplier), and otherwise runs the subquery again for every device.
        QStringLiteral("SET work_mem TO '32MB'"),
    };
}

Status ServerConnection::open(const ServerAddress& address, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error(QCoreApplication::translate("ServerConnection",
                                                 "Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it "
                                                 "is the package libqt6sql6-psql."));
    db.setHostName(address.host);
    db.setPort(address.singlePort());
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setConnectOptions(address.connectOptions());
    return connectSession(db, address.display);
}

Status ServerConnection::reopen(QSqlDatabase& db, const QString& display)
{
    db.close();
    return connectSession(db, display);
}

Status ServerConnection::connectSession(QSqlDatabase& db, const QString& display)
{
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        return Error(failureMessage(display, text));
    }
    // Every table is found in the register's own schema; nothing in public (or anywhere else) is read by accident.
    QSqlQuery path(db);
    if (!path.exec(QStringLiteral("SET search_path TO ") + PostgresEngine::schemaName()))
        return Error(failureMessage(display, sqlErrorText(path)));
    // The server's notices ("table ... does not exist, skipping" for a DROP ... IF EXISTS of a temporary table) are
    // not for the user; libpq would print each on standard error. Warnings and errors still come through.
    if (!path.exec(QStringLiteral("SET client_min_messages TO warning")))
        return Error(failureMessage(display, sqlErrorText(path)));
    for (const QString& setting : interactiveSettings()) {
        if (!path.exec(setting))
            return Error(failureMessage(display, sqlErrorText(path)));
    }
    return {};
}

} // namespace rullering
