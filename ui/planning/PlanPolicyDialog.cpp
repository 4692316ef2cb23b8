#include "PlanPolicyDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rullering {

PlanPolicyDialog::PlanPolicyDialog(const PlanPolicy& policy, const Register& reg, QWidget* parent)
    : QDialog(parent)
    , m_policy(policy)
    , m_register(reg)
{
    setObjectName(QStringLiteral("planPolicyDialog"));
    setWindowTitle(tr("Plan policy"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("policyTabs"));
    tabs->addTab(createGeneralTab(), tr("&General"));
    tabs->addTab(createTypesTab(), tr("&Lifetimes and models"));
    tabs->addTab(createMunicipalitiesTab(), tr("&Municipalities"));
    tabs->addTab(createExclusionsTab(), tr("E&xclusions"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_saveNote = new QLabel(this);
    m_saveNote->setObjectName(QStringLiteral("policySaveNote"));
    m_saveNote->setWordWrap(true);
    m_saveNote->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_saveNote);
    layout->addWidget(buttons);
    resize(640, 480);
}

QWidget* PlanPolicyDialog::createGeneralTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_firstYear = new QSpinBox(page);
    m_firstYear->setObjectName(QStringLiteral("firstYearSpin"));
    m_firstYear->setRange(1980, 2200);
    m_firstYear->setValue(m_policy.firstYear);
    m_years = new QSpinBox(page);
    m_years->setObjectName(QStringLiteral("yearsSpin"));
    m_years->setRange(1, 30);
    m_years->setValue(m_policy.years);
    m_statusDate = new QDateEdit(m_policy.statusDate, page);
    m_statusDate->setObjectName(QStringLiteral("statusDateEdit"));
    m_statusDate->setCalendarPopup(true);
    m_statusDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // the language's
    m_activityDays = new QSpinBox(page);
    m_activityDays->setObjectName(QStringLiteral("activityDaysSpin"));
    m_activityDays->setRange(1, 3650);
    m_activityDays->setSuffix(tr(" days"));
    m_activityDays->setValue(m_policy.activityDays);
    m_activityDays->setToolTip(tr("Devices not seen within this many days before the status date go to the "
                                  "collect-or-verify list instead of the plan. Logon times from Active Directory "
                                  "lag by up to 14 days."));
    m_levelled = new QCheckBox(tr("&Level the yearly rate (pull the soonest due devices forward)"), page);
    m_levelled->setObjectName(QStringLiteral("levelledCheck"));
    m_levelled->setChecked(m_policy.levelled);
    m_excludeKept = new QCheckBox(tr("Leave out devices flagged &keep"), page);
    m_excludeKept->setObjectName(QStringLiteral("excludeKeptCheck"));
    m_excludeKept->setChecked(m_policy.excludeKept);
    form->addRow(tr("&First plan year:"), m_firstYear);
    form->addRow(tr("&Number of years:"), m_years);
    form->addRow(tr("&Status date:"), m_statusDate);
    form->addRow(tr("&Activity window:"), m_activityDays);
    form->addRow(m_levelled);
    form->addRow(m_excludeKept);
    return page;
}

QWidget* PlanPolicyDialog::createTypesTab()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->addWidget(new QLabel(tr("Device type"), page), 0, 0);
    grid->addWidget(new QLabel(tr("Lifetime"), page), 0, 1);
    grid->addWidget(new QLabel(tr("Standard model"), page), 0, 2);
    grid->addWidget(new QLabel(tr("Unit price (NOK)"), page), 0, 3);
    grid->addWidget(new QLabel(tr("Planned"), page), 0, 4);
    int row = 1;
    for (DeviceType type : allDeviceTypes()) {
        const int t = static_cast<int>(type);
        auto* label = new QLabel(deviceTypeName(type), page);
        auto* lifetime = new QSpinBox(page);
        lifetime->setObjectName(QStringLiteral("lifetimeSpin_") + deviceTypeKey(type));
        lifetime->setRange(1, 30);
        lifetime->setSuffix(tr(" years"));
        lifetime->setValue(m_policy.lifetime(type));
        lifetime->setAccessibleName(tr("Lifetime of %1").arg(deviceTypeName(type)));
        label->setBuddy(lifetime);
        auto* model = new QLineEdit(m_policy.standard(type).model, page);
        model->setObjectName(QStringLiteral("modelEdit_") + deviceTypeKey(type));
        model->setAccessibleName(tr("Standard model for %1").arg(deviceTypeName(type)));
        auto* price = new QDoubleSpinBox(page);
        price->setObjectName(QStringLiteral("priceSpin_") + deviceTypeKey(type));
        price->setRange(0, StandardItem::MaxUnitPrice);
        price->setDecimals(2);
        price->setGroupSeparatorShown(true);
        price->setValue(m_policy.standard(type).unitPrice);
        price->setAccessibleName(tr("Unit price for %1").arg(deviceTypeName(type)));
        // Phones and servers are not PCs: unticked by default, so the plan leaves them out.
        auto* planned = new QCheckBox(page);
        planned->setObjectName(QStringLiteral("plannedCheck_") + deviceTypeKey(type));
        planned->setChecked(!m_policy.excludes(type));
        planned->setAccessibleName(tr("Plan %1").arg(deviceTypeName(type)));
        grid->addWidget(label, row, 0);
        grid->addWidget(lifetime, row, 1);
        grid->addWidget(model, row, 2);
        grid->addWidget(price, row, 3);
        grid->addWidget(planned, row, 4, Qt::AlignCenter);
        m_planned.insert(t, planned);
        m_lifetimes.insert(t, lifetime);
        m_models.insert(t, model);
        m_prices.insert(t, price);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    return page;
}

QWidget* PlanPolicyDialog::createMunicipalitiesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* help = new QLabel(tr("A yearly capacity limits how many devices a municipality's technicians can swap a "
                               "year (0 = no limit); what does not fit is carried and shown as overdue. "
                               "Ordering per department splits the procurement list by department."),
                            page);
    help->setWordWrap(true);
    m_municipalities = new QTableWidget(int(m_register.municipalities.size()), 3, page);
    m_municipalities->setObjectName(QStringLiteral("municipalityTable"));
    m_municipalities->setHorizontalHeaderLabels(
        {tr("Municipality"), tr("Yearly capacity"), tr("Orders per department")});
    m_municipalities->verticalHeader()->hide();
    m_municipalities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int r = 0; r < m_register.municipalities.size(); ++r) {
        const Municipality& municipality = m_register.municipalities[r];
        const MunicipalityPlanSettings settings = m_policy.municipalities.value(municipality.id);
        auto* name = new QTableWidgetItem(municipality.name);
        name->setFlags(Qt::ItemIsEnabled);
        m_municipalities->setItem(r, 0, name);
        auto* capacity = new QSpinBox(m_municipalities);
        capacity->setRange(0, 1'000'000);
        capacity->setSpecialValueText(tr("no limit"));
        capacity->setValue(int(settings.capacity));
        capacity->setAccessibleName(tr("Yearly capacity of %1").arg(municipality.name));
        m_municipalities->setCellWidget(r, 1, capacity);
        auto* perDepartment = new QTableWidgetItem;
        perDepartment->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        perDepartment->setCheckState(
            settings.ordersPerDepartment.value_or(municipality.ordersPerDepartment) ? Qt::Checked : Qt::Unchecked);
        m_municipalities->setItem(r, 2, perDepartment);
    }
    layout->addWidget(help);
    layout->addWidget(m_municipalities);
    return page;
}

QWidget* PlanPolicyDialog::createExclusionsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QGridLayout(page);
    QHash<qint64, QString> municipalityNames;
    for (const Municipality& municipality : m_register.municipalities)
        municipalityNames.insert(municipality.id, municipality.name);
    auto fill = [&](QListWidget* list, const QList<MunicipalUnit>& units, const QSet<qint64>& excluded) {
        for (const MunicipalUnit& unit : units) {
            auto* item = new QListWidgetItem(
                municipalityNames.value(unit.municipalityId) + QStringLiteral(" – ") + unit.name, list);
            item->setData(Qt::UserRole, unit.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(excluded.contains(unit.id) ? Qt::Checked : Qt::Unchecked);
        }
        list->sortItems();
    };
    m_locations = new QListWidget(page);
    m_locations->setObjectName(QStringLiteral("excludedLocationsList"));
    m_locations->setAccessibleName(tr("Excluded locations"));
    fill(m_locations, m_register.locations, m_policy.excludedLocations);
    m_departments = new QListWidget(page);
    m_departments->setObjectName(QStringLiteral("excludedDepartmentsList"));
    m_departments->setAccessibleName(tr("Excluded departments"));
    fill(m_departments, m_register.departments, m_policy.excludedDepartments);
    auto* locationsLabel = new QLabel(tr("Leave out devices at these &locations:"), page);
    locationsLabel->setBuddy(m_locations);
    auto* departmentsLabel = new QLabel(tr("Leave out devices in these &departments:"), page);
    departmentsLabel->setBuddy(m_departments);
    layout->addWidget(locationsLabel, 0, 0);
    layout->addWidget(departmentsLabel, 0, 1);
    layout->addWidget(m_locations, 1, 0);
    layout->addWidget(m_departments, 1, 1);
    return page;
}

PlanPolicy PlanPolicyDialog::policy() const
{
    PlanPolicy policy = m_policy;
    policy.firstYear = m_firstYear->value();
    policy.years = m_years->value();
    policy.statusDate = m_statusDate->date();
    policy.activityDays = m_activityDays->value();
    policy.levelled = m_levelled->isChecked();
    policy.excludeKept = m_excludeKept->isChecked();
    for (DeviceType type : allDeviceTypes()) {
        const int t = static_cast<int>(type);
        policy.setLifetime(type, m_lifetimes.value(t)->value());
        policy.setStandard(type, {m_models.value(t)->text().trimmed(), m_prices.value(t)->value()});
        policy.setExcluded(type, !m_planned.value(t)->isChecked());
    }
    policy.municipalities.clear();
    for (int r = 0; r < m_register.municipalities.size(); ++r) {
        const Municipality& municipality = m_register.municipalities[r];
        MunicipalityPlanSettings settings;
        settings.capacity = static_cast<QSpinBox*>(m_municipalities->cellWidget(r, 1))->value();
        const bool perDepartment = m_municipalities->item(r, 2)->checkState() == Qt::Checked;
        if (perDepartment != municipality.ordersPerDepartment)
            settings.ordersPerDepartment = perDepartment; // only where the plan differs from the register
        if (settings.capacity != 0 || settings.ordersPerDepartment)
            policy.municipalities.insert(municipality.id, settings);
    }
    auto checked = [](const QListWidget* list) {
        QSet<qint64> ids;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                ids.insert(list->item(i)->data(Qt::UserRole).toLongLong());
        }
        return ids;
    };
    policy.excludedLocations = checked(m_locations);
    policy.excludedDepartments = checked(m_departments);
    return policy;
}

void PlanPolicyDialog::setSaveNote(const QString& note)
{
    m_saveNote->setText(note);
    m_saveNote->setVisible(!note.isEmpty());
}

void PlanPolicyDialog::accept()
{
    const QString problem = policy().validate();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

} // namespace rullering
