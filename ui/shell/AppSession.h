#pragma once

#include "register/DeviceFilter.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

class QAction;

namespace rullering {

// What the open window shares: the database, the undo history, and the current filter. Every write made
// through the GUI ends with notifyDataChanged(), so every view and progress figure refreshes at once.
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

signals:
    void databaseOpened();
    void databaseClosed();
    void dataChanged();
    void filterChanged();

private:
    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    DeviceFilter m_filter;
};

} // namespace rullering
