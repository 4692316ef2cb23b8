#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QMetaObject>
#include <QThread>

#include <functional>
#include <memory>

namespace rullering {

// One piece of work at a time on its own thread, for the runners that keep the window responsive (import,
// export). Destroying it waits for the work to end, so declare it after what the work uses: members are
// destroyed in reverse order.
class WorkerThread
{
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    WorkerThread() = default;
    ~WorkerThread() { wait(); }

    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    // Starts work on a new thread, after the previous one (if any) has ended.
    void run(std::function<void()> work)
    {
        wait();
        m_thread.reset(QThread::create(std::move(work)));
        m_thread->start();
    }
    // work(Database&) -> Result<T> on a connection of its own to the file (a connection belongs to its thread);
    // then done(Result<T>) on owner's thread, unless owner is gone by then.
    template <typename T, typename Work, typename Done>
    void runOnDatabase(QObject* owner, const QString& databasePath, Work work, Done done)
    {
        run([owner, databasePath, work = std::move(work), done = std::move(done)] {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath, Database::OpenMode::MustExist);
            Result<T> outcome = database ? work(*database.value()) : Result<T>(database.error());
            QMetaObject::invokeMethod(
                owner, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        });
    }
    void wait()
    {
        if (m_thread)
            m_thread->wait();
    }

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace rullering
