#include "ProcurementDialog.h"

#include "export/ProcurementExport.h"
#include "planning/PlanService.h"
#include "shell/ExportFolder.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace rullering {

ProcurementDialog::ProcurementDialog(Database& database, const PlanPolicy& policy, const QString& planName,
                                     QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_policy(policy)
{
    setObjectName(QStringLiteral("procurementDialog"));
    setWindowTitle(tr("Export procurement list"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("procurementYearSpin"));
    m_year->setRange(policy.firstYear, policy.lastYear());
    m_year->setValue(policy.firstYear);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("procurementFileEdit"));
    m_file->setText(suggestedExportPath(tr("procurement-%1.xlsx").arg(policy.firstYear)));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("procurementBrowseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("procurementDelimiterCombo"));
    m_delimiter->addItem(tr("Semicolon (Norwegian Excel)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("procurementPreview"));
    m_preview->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Plan:"), new QLabel(planName.isEmpty() ? tr("current settings") : planName, this));
    form->addRow(tr("&Year:"), m_year);
    // The field is a row of two widgets: the label needs its buddy named, or it shows its "&" (QFormLayout sets
    // one only for a widget field).
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("CSV &delimiter:"), m_delimiter);
    form->addRow(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("procurementExportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ProcurementDialog::browse);
    connect(m_year, &QSpinBox::valueChanged, this, &ProcurementDialog::updatePreview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updatePreview();
}

void ProcurementDialog::updatePreview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PlanService service(m_database);
    Result<ProcurementList> list = service.procurement(m_policy, m_year->value());
    QApplication::restoreOverrideCursor();
    if (!list) {
        m_preview->setText(list.errorMessage());
        return;
    }
    const QLocale locale;
    m_preview->setText(tr("%1 lines in %2 municipalities: %3 devices to buy, %4 NOK.")
                           .arg(list->lines.size())
                           .arg(list->subtotals.size())
                           .arg(locale.toString(list->totalQuantity), locale.toString(list->totalAmount, 'f', 2)));
}

void ProcurementDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_file->text(),
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ProcurementDialog::accept()
{
    const QString path = m_file->text().trimmed();
    if (!ProcurementExport::formatForPath(path)) {
        QMessageBox::warning(this, windowTitle(), tr("Name the file .xlsx or .csv."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PlanService service(m_database);
    Result<ProcurementList> list = service.procurement(m_policy, m_year->value());
    Status written = list ? ProcurementExport::write(list.value(), path, m_delimiter->currentData().toString().front())
                          : Status(list.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.errorMessage());
        return;
    }
    rememberExportFolder(path);
    QMessageBox::information(this, windowTitle(), tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    QDialog::accept();
}

} // namespace rullering
