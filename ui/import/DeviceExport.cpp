#include "DeviceExport.h"

#include "export/DeviceCsvExport.h"
#include "shell/AppSession.h"
#include "shell/ExportFolder.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

#include <climits>

namespace rullering {

DeviceExportRunner::DeviceExportRunner(QObject* parent)
    : QObject(parent)
{}

DeviceExportRunner::~DeviceExportRunner()
{
    m_cancel = true; // then m_worker waits for the export to stop; QSaveFile leaves no file
}

void DeviceExportRunner::start(const QString& databasePath, const QString& file)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_result.reset();
    DeviceCsvExport::Options options;
    options.progress = [this](qint64 rows) {
        QMetaObject::invokeMethod(
            this, [this, rows] { emit progress(rows); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_worker.runOnDatabase<qint64>(
        this, databasePath,
        [file, options](Database& database) { return DeviceCsvExport::write(database, file, options); },
        [this](const Result<qint64>& outcome) {
            m_result = outcome;
            emit finished();
        });
}

void exportDevices(QWidget* parent, AppSession& session, const QString& givenFile)
{
    Database* database = session.database();
    if (!database)
        return;
    QString file = givenFile;
    if (file.isEmpty()) {
        const QString suggested = suggestedExportPath(DeviceExportRunner::tr("rullering-devices-%1.csv", "file name")
                                                          .arg(QDate::currentDate().toString(Qt::ISODate)));
        file = QFileDialog::getSaveFileName(parent, DeviceExportRunner::tr("Export devices"), suggested,
                                            DeviceExportRunner::tr("CSV files (*.csv)"));
        if (file.isEmpty())
            return;
        rememberExportFolder(file);
    }
    const Result<qint64> counted = DeviceRepository(*database).count();
    if (!counted) {
        QMessageBox::warning(parent, DeviceExportRunner::tr("Export devices"),
                             DeviceExportRunner::tr("The devices could not be counted, so nothing was exported: %1")
                                 .arg(counted.errorMessage()));
        return;
    }
    const qint64 total = counted.value();

    auto* dialog = new QProgressDialog(parent);
    dialog->setObjectName(QStringLiteral("deviceExportProgress"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal); // no second export or import while this one runs
    dialog->setWindowTitle(DeviceExportRunner::tr("Export devices"));
    dialog->setLabelText(DeviceExportRunner::tr("Writing %1 devices to %2 ...")
                             .arg(QLocale().toString(total), QDir::toNativeSeparators(file)));
    dialog->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    dialog->setMinimumDuration(300); // a small register is done before it would show
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    auto* runner = new DeviceExportRunner(dialog);
    QObject::connect(runner, &DeviceExportRunner::progress, dialog,
                     [dialog](qint64 rows) { dialog->setValue(int(qMin<qint64>(rows, dialog->maximum()))); });
    QObject::connect(dialog, &QProgressDialog::canceled, runner, &DeviceExportRunner::cancel);
    QObject::connect(runner, &DeviceExportRunner::finished, dialog, [dialog, runner, parent, file] {
        const Result<qint64>& result = *runner->result();
        const bool cancelled = dialog->wasCanceled();
        dialog->close();
        if (cancelled)
            return; // nothing was written; the user knows why
        // Not modal: the window goes on while the message stands.
        auto* message = new QMessageBox(
            result ? QMessageBox::Information : QMessageBox::Warning, DeviceExportRunner::tr("Export devices"),
            result ? DeviceExportRunner::tr("%1 devices were written to %2. Rullering "
                                            "reads the file back whole (Import devices).")
                         .arg(QLocale().toString(result.value()), QDir::toNativeSeparators(file))
                   : DeviceExportRunner::tr("Nothing was written to %1: %2")
                         .arg(QDir::toNativeSeparators(file), result.errorMessage()),
            QMessageBox::Ok, parent);
        message->setObjectName(QStringLiteral("deviceExportResult"));
        message->setAttribute(Qt::WA_DeleteOnClose);
        message->open();
    });
    runner->start(session.databasePath(), file);
}

} // namespace rullering
