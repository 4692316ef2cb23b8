#pragma once

#include "ChangeSource.h"
#include "Connection.h"

#include <QTimer>

namespace rullering {

// A register file: SQLite counts the commits other connections made to the file (PRAGMA data_version, read from its
// shared memory without touching the tables), whichever process made them. Polled on the window's own connection,
// so the window's own commits do not count; each poll costs microseconds.
class SqliteChangeSource final : public ChangeSource
{
    Q_OBJECT

public:
    static constexpr int PollMs = 1000;

    explicit SqliteChangeSource(const QSqlDatabase& db, QObject* parent = nullptr);

private:
    qint64 dataVersion() const;
    void poll();

    Connection m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace rullering
