#include "ReportScopeDialog.h"

#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rullering {

ReportScopeDialog::ReportScopeDialog(Database& database, const DeviceFilter& devicesFilter, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_devicesFilter(devicesFilter)
{
    setObjectName(QStringLiteral("reportScopeDialog"));
    setWindowTitle(tr("Board report: scope"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What should the report cover? Every page of it states the choice."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_whole = new QRadioButton(tr("The &whole register"), this);
    m_whole->setObjectName(QStringLiteral("wholeScopeRadio"));
    m_whole->setChecked(true);
    layout->addWidget(m_whole);

    m_municipalities = new QRadioButton(tr("Only these &municipalities:"), this);
    m_municipalities->setObjectName(QStringLiteral("municipalitiesScopeRadio"));
    layout->addWidget(m_municipalities);
    m_municipalityList = new QListWidget(this);
    m_municipalityList->setObjectName(QStringLiteral("scopeMunicipalityList"));
    m_municipalityList->setAccessibleName(tr("Municipalities"));
    Result<QList<Municipality>> municipalities = ReferenceRepository(database).municipalities();
    if (municipalities) {
        for (const Municipality& municipality : municipalities.value()) {
            auto* item = new QListWidgetItem(municipality.name, m_municipalityList);
            item->setData(Qt::UserRole, municipality.id);
            item->setCheckState(devicesFilter.municipalityIds.contains(municipality.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_municipalityList->setEnabled(false);
    layout->addWidget(m_municipalityList, 1);

    m_filter = new QRadioButton(this);
    m_filter->setObjectName(QStringLiteral("filterScopeRadio"));
    if (devicesFilter.isEmpty()) {
        m_filter->setText(tr("The Devices page's &filter (none is set)"));
        m_filter->setEnabled(false);
    } else {
        m_filter->setText(
            tr("The Devices page's &filter: %1").arg(ReportScope::ofFilter(devicesFilter, database).description));
    }
    layout->addWidget(m_filter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_municipalities, &QRadioButton::toggled, m_municipalityList, &QWidget::setEnabled);
    resize(460, 380);
}

ReportScope ReportScopeDialog::scope() const
{
    if (m_filter->isChecked())
        return ReportScope::ofFilter(m_devicesFilter, m_database);
    if (m_municipalities->isChecked()) {
        QList<qint64> ids;
        for (int i = 0; i < m_municipalityList->count(); ++i) {
            if (m_municipalityList->item(i)->checkState() == Qt::Checked)
                ids.append(m_municipalityList->item(i)->data(Qt::UserRole).toLongLong());
        }
        return ReportScope::ofMunicipalities(ids, m_database);
    }
    return ReportScope::whole();
}

void ReportScopeDialog::accept()
{
    if (m_municipalities->isChecked() && scope().isWhole()) {
        QMessageBox::warning(this, windowTitle(), tr("Tick at least one municipality, or choose the whole register."));
        return;
    }
    QDialog::accept();
}

} // namespace rullering
