#pragma once

#include "ChangeSource.h"

#include <QThread>

namespace rullering {

class PostgresListener;

// A register on a server: a PostgresListener on a thread of its own, its signals passed on to the feed's thread.
class PostgresChangeSource final : public ChangeSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresChangeSource)

public:
    explicit PostgresChangeSource(const QString& address, QObject* parent = nullptr);
    // Stops the listener (closing its connection) and waits for its thread.
    ~PostgresChangeSource() override;

private:
    QThread m_thread;
};

} // namespace rullering
