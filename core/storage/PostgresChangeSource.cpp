#include "PostgresChangeSource.h"

#include "PostgresListener.h"

namespace rullering {

PostgresChangeSource::PostgresChangeSource(const QString& address, QObject* parent)
    : ChangeSource(parent)
{
    qRegisterMetaType<RegisterChange>();
    auto* listener = new PostgresListener(address);
    listener->moveToThread(&m_thread);
    // The listener is made, used and deleted on its thread (its connection belongs to that thread).
    connect(&m_thread, &QThread::started, listener, &PostgresListener::start);
    connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    connect(listener, &PostgresListener::notified, this, &ChangeSource::notified);
    connect(listener, &PostgresListener::connected, this, &ChangeSource::connected);
    connect(listener, &PostgresListener::lost, this, &ChangeSource::lost);
    m_thread.setObjectName(QStringLiteral("rullering live updates"));
    m_thread.start();
}

PostgresChangeSource::~PostgresChangeSource()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace rullering
