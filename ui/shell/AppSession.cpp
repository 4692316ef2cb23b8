#include "AppSession.h"

#include "storage/ChangeFeed.h"

#include <QAction>

namespace rullering {

AppSession::AppSession(QObject* parent)
    : QObject(parent)
{}

AppSession::~AppSession() = default;

Status AppSession::openDatabase(const QString& path, Database::OpenMode mode, Database::Access access)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, mode, access);
    if (!opened)
        return opened.error();
    closeDatabase();
    m_database = std::move(opened.value());
    m_feed = std::make_unique<ChangeFeed>(*m_database);
    connect(m_feed.get(), &ChangeFeed::changed, this, &AppSession::notifyDataChanged);
    connect(m_feed.get(), &ChangeFeed::connectionLost, this, &AppSession::connectionLost);
    connect(m_feed.get(), &ChangeFeed::connectionRestored, this, &AppSession::connectionRestored);
    m_filter = DeviceFilter();
    emit databaseOpened();
    emit filterChanged();
    return {};
}

void AppSession::enableWhileOpen(QAction* action)
{
    action->setEnabled(isOpen());
    connect(this, &AppSession::databaseOpened, action, [action] { action->setEnabled(true); });
    connect(this, &AppSession::databaseClosed, action, [action] { action->setEnabled(false); });
}

void AppSession::closeDatabase()
{
    if (!m_database)
        return;
    // Undo commands refer to rows of this database; they make no sense in another one.
    m_undoStack.clear();
    const bool wasLost = !isConnected();
    m_feed.reset();
    if (wasLost)
        emit connectionRestored(); // nothing is left to be connected to
    emit databaseClosed();
    m_database.reset();
}

QString AppSession::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

void AppSession::setCurrentFilter(const DeviceFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
}

bool AppSession::isConnected() const
{
    return !m_feed || m_feed->isConnected();
}

bool AppSession::isListening() const
{
    return m_feed && m_feed->isListening();
}

void AppSession::notifyDataChanged()
{
    emit dataChanged();
}

} // namespace rullering
