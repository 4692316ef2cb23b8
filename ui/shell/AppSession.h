#pragma once

#include "register/DeviceFilter.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

class QAction;

namespace rullering {

class ChangeFeed;

// What the open window shares: the database, the undo history, and the current filter. Every write made
// through the GUI ends with notifyDataChanged(), so every view and progress figure refreshes at once; other
// clients' changes arrive the same way through a ChangeFeed.
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(QObject* parent = nullptr);
    ~AppSession() override;

    // A register the permissions let this user only read opens for reading (Database::isReadOnly): the window says
    // so, and every change is refused in words that say why.
    Status openDatabase(const QString& path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing,
                        Database::Access access = Database::Access::Auto);
    void closeDatabase();
    Database* database() const { return m_database.get(); }
    QString databasePath() const;
    bool isOpen() const { return m_database != nullptr; }
    // An action that needs a register: enabled while one is open, now and as registers open and close.
    void enableWhileOpen(QAction* action);

    QUndoStack* undoStack() { return &m_undoStack; }

    const DeviceFilter& currentFilter() const { return m_filter; }
    void setCurrentFilter(const DeviceFilter& filter);

    void notifyDataChanged();
    // The register's server answers (always for a file): false from connectionLost() until connectionRestored().
    bool isConnected() const;
    // Other clients' changes are heard from now on (ChangeFeed::isListening).
    bool isListening() const;

signals:
    void databaseOpened();
    void databaseClosed();
    // After a write through this window, and when another client changed the register (ChangeFeed): every page
    // reads again what it shows.
    void dataChanged();
    void filterChanged();
    void connectionLost(const QString& reason);
    void connectionRestored();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeFeed> m_feed; // declared after the database, which it watches: destroyed first
    QUndoStack m_undoStack;
    DeviceFilter m_filter;
};

} // namespace rullering
