#pragma once

#include "RegisterChange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace rullering {

class ChangeSource;
class Database;

// Tells an open window what other clients changed in its register, so its pages show it without a refresh, and
// whether the window is connected. On a server the triggers of schema step 13 notify a listening connection of its
// own (PostgresListener); on a file SQLite's commit count is polled (SqliteChangeSource). Changes are gathered for
// CoalesceMs (and MinimumIntervalMs after the last report) and reported as one; the window's own writes are left
// out (its pages refresh after them anyway).
//
// A server connection that goes (the listener's socket closes, a ping goes unanswered, or a statement of the
// window finds its own connection gone) is reported at once by connectionLost(). The listener reconnects by itself
// with a growing pause; then the window's connection is checked and opened again if needed, connectionRestored()
// follows, and changed(RegisterChange::all()) makes every page read again what it shows.
class ChangeFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr int CoalesceMs = 200;
    // At most one report a second: a busy register (twenty technicians swapping) costs each window one refresh of
    // its pages a second, and a change still shows within about a second.
    static constexpr int MinimumIntervalMs = 1000;
    static constexpr int HealthCheckMs = 1000; // how often the window's own connection is looked at (no I/O)

    // The database must outlive the feed.
    explicit ChangeFeed(Database& database, QObject* parent = nullptr);
    ~ChangeFeed() override;

    bool isConnected() const { return !m_lost; }
    // Changes committed from now on are heard (a server's listener has connected; a file at once).
    bool isListening() const { return m_sourceUp; }

signals:
    void changed(const rullering::RegisterChange& change);
    void connectionLost(const QString& reason);
    void connectionRestored();

private:
    void received(qint64 session, const RegisterChange& change);
    void flush();
    void sourceConnected();
    void sourceLost(const QString& reason);
    void checkHealth();
    void restoreWindowConnection();
    void setLost(const QString& reason);

    Database& m_database;
    std::unique_ptr<ChangeSource> m_source;
    RegisterChange m_pending;
    QTimer m_coalesce;
    QElapsedTimer m_lastReport;
    QTimer m_health;
    QTimer m_retry; // reopening the window's connection after it failed
    int m_retryMs = 0;
    qint64 m_ownSession = 0;
    bool m_sourceUp = true; // a file's source never goes down; a server's says connected() first
    bool m_lost = false;
};

} // namespace rullering
