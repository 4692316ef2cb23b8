#pragma once

#include "import/ImportApplier.h"
#include "shell/WorkerThread.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace rullering {

// Runs an import (or its dry run) in a worker thread on its own Database connection to the same file, so the
// window stays responsive. Progress arrives as a signal; cancel() makes the import roll back.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    ~ImportRunner() override;

    void start(const QString& databasePath, const QString& file, const ImportOptions& options);
    bool isRunning() const { return m_worker.isRunning(); }
    void cancel() { m_cancel = true; }
    // The outcome after finished(): a report, or the reason the import failed.
    const std::optional<Result<ImportReport>>& result() const { return m_result; }

signals:
    void progress(int permille);
    void finished();

private:
    std::atomic<bool> m_cancel = false;
    std::optional<Result<ImportReport>> m_result;
    WorkerThread m_worker; // last: destroyed (waited for) first
};

} // namespace rullering
