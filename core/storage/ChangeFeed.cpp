#include "ChangeFeed.h"

#include "ChangeSource.h"
#include "Database.h"
#include "Engine.h"
#include "PostgresListener.h"

#include <QCoreApplication>

namespace rullering {

ChangeFeed::ChangeFeed(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_coalesce(this)
    , m_health(this)
    , m_retry(this)
{
    qRegisterMetaType<RegisterChange>();
    const QSqlDatabase db = database.connection();
    m_source = Engine::of(db).changeSource(db, database.path());
    m_sourceUp = !database.isServer();
    m_ownSession = database.sessionId();
    connect(m_source.get(), &ChangeSource::notified, this, &ChangeFeed::received);
    connect(m_source.get(), &ChangeSource::connected, this, &ChangeFeed::sourceConnected);
    connect(m_source.get(), &ChangeSource::lost, this, &ChangeFeed::sourceLost);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeFeed::flush);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeFeed::restoreWindowConnection);
    if (database.isServer()) {
        connect(&m_health, &QTimer::timeout, this, &ChangeFeed::checkHealth);
        m_health.start(HealthCheckMs);
    }
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::received(qint64 session, const RegisterChange& change)
{
    if (session != 0 && session == m_ownSession)
        return; // the window's own write: its pages have refreshed already
    m_pending.merge(change);
    if (m_coalesce.isActive())
        return;
    const qint64 sinceLast = m_lastReport.isValid() ? m_lastReport.elapsed() : MinimumIntervalMs;
    m_coalesce.start(int(qMax<qint64>(CoalesceMs, MinimumIntervalMs - sinceLast)));
}

void ChangeFeed::flush()
{
    if (m_pending.isEmpty())
        return;
    const RegisterChange change = m_pending;
    m_pending = RegisterChange();
    m_lastReport.start();
    emit changed(change);
}

void ChangeFeed::sourceConnected()
{
    m_sourceUp = true;
    if (m_lost)
        restoreWindowConnection(); // the server answers again: the window's connection may need opening anew
}

void ChangeFeed::sourceLost(const QString& reason)
{
    m_sourceUp = false;
    m_retry.stop(); // the listener retries; the window's connection follows once it is back
    setLost(reason);
}

void ChangeFeed::checkHealth()
{
    if (m_lost || !m_database.isConnectionLost())
        return;
    setLost(QCoreApplication::translate("ChangeFeed", "The window's connection to the server is gone."));
    if (m_sourceUp)
        restoreWindowConnection();
}

void ChangeFeed::restoreWindowConnection()
{
    if (const Status restored = m_database.restoreConnection(); !restored) {
        m_retryMs =
            m_retryMs == 0 ? PostgresListener::FirstRetryMs : qMin(m_retryMs * 2, PostgresListener::LongestRetryMs);
        if (m_sourceUp)
            m_retry.start(m_retryMs);
        return;
    }
    m_retryMs = 0;
    m_ownSession = m_database.sessionId();
    if (!m_lost)
        return;
    m_lost = false;
    emit connectionRestored();
    // What changed while nobody listened was not heard: every page reads what it shows again.
    m_pending.merge(RegisterChange::all());
    m_coalesce.stop();
    flush();
}

void ChangeFeed::setLost(const QString& reason)
{
    if (m_lost)
        return;
    m_lost = true;
    emit connectionLost(reason);
}

} // namespace rullering
