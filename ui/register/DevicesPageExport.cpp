// The Devices page's ways out: the table as shown to a file, and the selected rows to the clipboard.

#include "DeviceTableModel.h"
#include "DevicesPage.h"
#include "export/DeviceViewExport.h"
#include "shell/AppSession.h"
#include "shell/ExportFolder.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>

#include <climits>

namespace rullering {
namespace {

// More rows than this are better exported to a file than held on the clipboard.
constexpr qint64 MaxCopiedRows = 100000;

} // namespace

QList<DeviceColumn> DevicesPage::shownColumns() const
{
    QList<DeviceColumn> columns;
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(static_cast<DeviceColumn>(logical));
    }
    return columns;
}

void DevicesPage::exportView(const QString& givenFile)
{
    Database* database = m_session.database();
    if (!database)
        return;
    QString file = givenFile;
    if (file.isEmpty()) {
        const QString xlsx = tr("Excel workbook (*.xlsx)");
        const QString csv = tr("CSV file (*.csv)");
        QString selected = xlsx;
        file = QFileDialog::getSaveFileName(
            this, tr("Export the table as shown"),
            suggestedExportPath(
                tr("rullering-view-%1.xlsx", "file name").arg(QDate::currentDate().toString(Qt::ISODate))),
            xlsx + QStringLiteral(";;") + csv, &selected);
        if (file.isEmpty())
            return;
        if (QFileInfo(file).suffix().isEmpty())
            file += selected == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    DeviceViewExport::Options options;
    options.filter = m_model->filter();
    options.sort = m_model->deviceSort();
    options.columns = shownColumns();
    options.format = DeviceViewExport::formatFor(file);
    const qint64 total = m_model->totalCount();
    QProgressDialog progress(tr("Writing %1 devices …").arg(QLocale().toString(total)), tr("Cancel"), 0,
                             int(qMin<qint64>(total, INT_MAX)), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    options.progress = [&progress](qint64 rows) {
        progress.setValue(int(qMin<qint64>(rows, progress.maximum())));
        return !progress.wasCanceled();
    };
    const Result<qint64> written = DeviceViewExport::write(*database, file, options);
    progress.reset();
    if (!written && written.error().code() == Error::Code::Refused && progress.wasCanceled())
        return; // cancelled: no file, and the person knows why
    const QString where = QDir::toNativeSeparators(file);
    if (!written) {
        showMessage(tr("Nothing was written to %1: %2").arg(where, written.errorMessage()));
        return;
    }
    rememberExportFolder(file); // the next export dialog starts here
    QMessageBox::information(
        this, tr("Export the table as shown"),
        tr("%Ln device(s) written to %1.", nullptr, int(qMin<qint64>(written.value(), INT_MAX))).arg(where));
}

void DevicesPage::copySelectedRows()
{
    if (!m_session.database())
        return;
    if (selectedCount() > MaxCopiedRows) {
        showMessage(tr("%1 rows are too many for the clipboard: export the table as shown instead (File menu).")
                        .arg(QLocale().toString(selectedCount())));
        return;
    }
    // Ranges in the order of the table, each read in one query, whatever rows the view has loaded.
    QList<QItemSelectionRange> ranges = m_table->selectionModel()->selection();
    std::sort(ranges.begin(), ranges.end(),
              [](const QItemSelectionRange& a, const QItemSelectionRange& b) { return a.top() < b.top(); });
    const DeviceListQuery query(*m_session.database());
    QList<Device> devices;
    int lastRow = -1;
    for (const QItemSelectionRange& range : std::as_const(ranges)) {
        const int top = qMax(range.top(), lastRow + 1); // overlapping ranges are read once
        if (top > range.bottom())
            continue;
        Result<QList<Device>> rows =
            query.page(m_model->filter(), m_model->deviceSort(), top, range.bottom() - top + 1);
        if (!rows) {
            showMessage(rows.errorMessage());
            return;
        }
        devices.append(rows.value());
        lastRow = range.bottom();
    }
    if (devices.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(DeviceViewExport::tabSeparated(devices, shownColumns()));
}

} // namespace rullering
