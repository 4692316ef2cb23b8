#pragma once

#include "RegisterChange.h"

#include <QObject>
#include <QTimer>

class QSocketNotifier;
struct pg_conn;

namespace rullering {

// The server connection that listens (LISTEN rullering_change, sent by the triggers of schema step 13), on a thread
// of its own (PostgresChangeSource) so that connecting to an unreachable server never freezes the window. Reads
// libpq's socket itself rather than through QSqlDriver::subscribeToNotification: Qt's handler ignores a closed
// socket, where this one tells the window at once (a restarted server, a terminated session) and reconnects with a
// growing pause. A silent network failure is found by a ping when nothing was heard for PingMs.
class PostgresListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresListener)

public:
    static constexpr int PingMs = 5000;       // a ping after this long without a word from the server
    static constexpr int PingAnswerMs = 5000; // no answer: the connection is taken as lost
    static constexpr int FirstRetryMs = 250;  // the pause before the first reconnect, doubled each time
    static constexpr int LongestRetryMs = 5000;

    explicit PostgresListener(QString address, QObject* parent = nullptr);
    ~PostgresListener() override;

    void start(); // on the listener's thread

signals:
    void notified(qint64 session, const rullering::RegisterChange& change);
    void connected();
    void lost(const QString& reason);

private:
    void connectNow();
    // Opens the connection and listens; what failed, or an empty string.
    QString openListening();
    void readable();
    void ping();
    void drain();
    void drop(const QString& reason);
    void closeConnection();

    QString m_address;
    QString m_connectionName;
    pg_conn* m_conn = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_retry;
    QTimer m_ping;
    QTimer m_pingAnswer;
    int m_retryMs = FirstRetryMs;
    bool m_pinging = false;
    bool m_lostReported = false;
};

} // namespace rullering
