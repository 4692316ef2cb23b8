#pragma once

#include "RegisterChange.h"

#include <QObject>

namespace rullering {

// How an engine learns of other clients' changes, behind ChangeFeed (which coalesces them, leaves out the window's
// own session and keeps the window's connection alive). Made by Engine::changeSource; lives on the feed's thread.
class ChangeSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // session: the writer's server session (0 when the engine cannot tell), to leave out the window's own writes.
    void notified(qint64 session, const rullering::RegisterChange& change);
    // Listening again after connected() or lost(): changes made meanwhile were not heard.
    void connected();
    void lost(const QString& reason);
};

} // namespace rullering
