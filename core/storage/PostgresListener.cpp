#include "PostgresListener.h"

#include "LibPq.h"
#include "PostgresCopyText.h"
#include "ServerAddress.h"
#include "ServerConnection.h"
#include "Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace rullering {
namespace {

constexpr char Channel[] = "rullering_change";

// The listener's own connection: named for the server's activity view, and never waiting for an unreachable
// server longer than a few seconds (the window is told meanwhile; the next attempt follows).
Result<ServerAddress> listenerAddress(const QString& address)
{
    Result<ServerAddress> parsed = ServerAddress::parse(address);
    if (!parsed)
        return parsed;
    auto has = [&](const char* key) {
        for (const auto& option : std::as_const(parsed.value().options)) {
            if (option.first == QLatin1String(key))
                return true;
        }
        return false;
    };
    if (!has("application_name"))
        parsed.value().options.append({QStringLiteral("application_name"), QStringLiteral("rullering live updates")});
    if (!has("connect_timeout"))
        parsed.value().options.append({QStringLiteral("connect_timeout"), QStringLiteral("5")});
    return parsed;
}

QString lostText(pg_conn* conn)
{
    return conn ? QString::fromUtf8(libpq::PQerrorMessage(conn)).simplified() : QString();
}

} // namespace

PostgresListener::PostgresListener(QString address, QObject* parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_retry(this)
    , m_ping(this)
    , m_pingAnswer(this)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("rullering-listener-%1").arg(counter.fetchAndAddRelaxed(1));
    m_retry.setSingleShot(true);
    m_pingAnswer.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PostgresListener::connectNow);
    connect(&m_ping, &QTimer::timeout, this, &PostgresListener::ping);
    connect(&m_pingAnswer, &QTimer::timeout, this, [this] {
        drop(QCoreApplication::translate("ChangeFeed", "The server did not answer for %1 seconds.")
                 .arg(PingAnswerMs / 1000));
    });
}

PostgresListener::~PostgresListener()
{
    closeConnection();
}

void PostgresListener::start()
{
    connectNow();
}

void PostgresListener::connectNow()
{
    closeConnection();
    if (const QString failure = openListening(); !failure.isEmpty()) {
        drop(failure);
        return;
    }
    m_notifier = new QSocketNotifier(libpq::PQsocket(m_conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PostgresListener::readable);
    m_retryMs = FirstRetryMs;
    m_lostReported = false;
    m_ping.start(PingMs);
    emit connected();
    drain(); // notifications that arrived with LISTEN's answer
}

QString PostgresListener::openListening()
{
    const Result<ServerAddress> address = listenerAddress(m_address);
    if (!address)
        return address.errorMessage();
    if (const Status opened = ServerConnection::open(address.value(), m_connectionName); !opened)
        return opened.errorMessage();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery listen(db);
    if (!listen.exec(QStringLiteral("LISTEN ") + QLatin1String(Channel)))
        return sqlErrorText(listen);
    m_conn = postgresHandle(db);
    // The server's words when it ends the session ("terminating connection due to administrator command") would
    // go to standard error; the window says it in its own words (lost()).
    if (m_conn)
        libpq::PQsetNoticeProcessor(
            m_conn, [](void*, const char*) {}, nullptr);
    if (m_conn && libpq::PQsetnonblocking(m_conn, 1) != 0) {
        const QString reason = lostText(m_conn);
        m_conn = nullptr;
        return reason;
    }
    return m_conn ? QString() : QStringLiteral("QPSQL");
}

void PostgresListener::readable()
{
    if (!m_conn)
        return;
    m_ping.start(PingMs); // the server spoke: no ping needed for a while
    if (!libpq::PQconsumeInput(m_conn)) {
        drop(lostText(m_conn));
        return;
    }
    while (m_pinging && !libpq::PQisBusy(m_conn)) {
        PGresult* result = libpq::PQgetResult(m_conn);
        if (!result) { // the ping's answer is complete
            m_pinging = false;
            m_pingAnswer.stop();
            break;
        }
        libpq::PQclear(result);
    }
    drain();
    if (libpq::PQstatus(m_conn) == CONNECTION_BAD)
        drop(lostText(m_conn));
}

void PostgresListener::ping()
{
    if (!m_conn || m_pinging)
        return;
    if (!libpq::PQsendQuery(m_conn, "SELECT 1")) {
        drop(lostText(m_conn));
        return;
    }
    m_pinging = true;
    m_pingAnswer.start(PingAnswerMs);
    if (libpq::PQflush(m_conn) < 0)
        drop(lostText(m_conn));
}

void PostgresListener::drain()
{
    while (m_conn) {
        PGnotify* notify = libpq::PQnotifies(m_conn);
        if (!notify)
            break;
        RegisterChange change;
        if (!RegisterChange::fromNotification(QByteArray(notify->extra), change))
            change = RegisterChange::all(); // a payload from a newer Rullering, say: something changed
        emit notified(notify->be_pid, change);
        libpq::PQfreemem(notify);
    }
}

void PostgresListener::drop(const QString& reason)
{
    closeConnection();
    if (!m_lostReported) {
        m_lostReported = true;
        emit lost(reason);
    }
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, LongestRetryMs);
}

void PostgresListener::closeConnection()
{
    m_ping.stop();
    m_pingAnswer.stop();
    m_pinging = false;
    if (m_notifier) {
        // Called from the notifier's own signal too: disabled now, deleted once that signal returns.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_conn = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace rullering
