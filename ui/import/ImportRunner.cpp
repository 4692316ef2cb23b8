#include "ImportRunner.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rullering {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{}

ImportRunner::~ImportRunner()
{
    m_cancel = true; // then m_worker waits for the import to roll back
}

void ImportRunner::start(const QString& databasePath, const QString& file, const ImportOptions& options)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_result.reset();
    ImportOptions threadOptions = options;
    threadOptions.progress = [this, previous = -1](qint64 done, qint64 total) mutable {
        const int permille = total > 0 ? int(done * 1000 / total) : 0;
        if (permille != previous) {
            previous = permille;
            QMetaObject::invokeMethod(
                this, [this, permille] { emit progress(permille); }, Qt::QueuedConnection);
        }
        return !m_cancel.load();
    };
    m_worker.runOnDatabase<ImportReport>(
        this, databasePath,
        [file, threadOptions](Database& database) { return ImportApplier::run(database, file, threadOptions); },
        [this](const Result<ImportReport>& outcome) {
            m_result = outcome;
            emit finished();
        });
}

} // namespace rullering
