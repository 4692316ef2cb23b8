#pragma once

#include "shell/WorkerThread.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <optional>

class QWidget;

namespace rullering {

class AppSession;

// The round trip's other half: the whole register written as Rullering's device CSV (what the import reads back
// whole, swaps included), in a worker thread on its own connection so the window stays responsive. The file
// appears only when the export completes; a cancelled or failed export leaves no file behind.
class DeviceExportRunner : public QObject
{
    Q_OBJECT

public:
    explicit DeviceExportRunner(QObject* parent = nullptr);
    ~DeviceExportRunner() override;

    void start(const QString& databasePath, const QString& file);
    bool isRunning() const { return m_worker.isRunning(); }
    void cancel() { m_cancel = true; }
    // After finished(): the number of devices written, or why nothing was.
    const std::optional<Result<qint64>>& result() const { return m_result; }

signals:
    void progress(qint64 rowsWritten);
    void finished();

private:
    std::atomic<bool> m_cancel = false;
    std::optional<Result<qint64>> m_result;
    WorkerThread m_worker; // last: destroyed (waited for) first
};

// File > Export devices: asks where (unless given), shows progress with Cancel, and says how it ended.
void exportDevices(QWidget* parent, AppSession& session, const QString& file = QString());

} // namespace rullering
