#include "BulkEditDialog.h"

#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/MessageArea.h"
#include "storage/ReferenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rullering {

BulkEditDialog::BulkEditDialog(AppSession& session, qint64 selectedCount, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit %n Device(s)", nullptr, int(qMin<qint64>(selectedCount, INT_MAX))));
    auto* intro = new QLabel(tr("Tick the fields to change for the %1 selected devices. Fields left unticked keep "
                                "their values.")
                                 .arg(QLocale().toString(selectedCount)),
                             this);
    intro->setWordWrap(true);
    m_grid = new QGridLayout;

    m_type = new QComboBox(this);
    for (DeviceType type : allDeviceTypes())
        m_type->addItem(deviceTypeName(type), static_cast<int>(type));
    m_municipality = new QComboBox(this);
    m_location = new QComboBox(this);
    m_department = new QComboBox(this);
    m_network = new QComboBox(this);
    m_network->addItem(tr("(none)"), 0);
    m_user = new QLineEdit(this);
    m_state = new QComboBox(this);
    for (LifecycleState state : allLifecycleStates()) {
        if (state != LifecycleState::Replaced)
            m_state->addItem(lifecycleStateName(state), static_cast<int>(state));
    }
    m_year = new QSpinBox(this);
    m_year->setRange(1979, QDate::currentDate().year() + 1);
    m_year->setSpecialValueText(tr("unknown"));
    m_year->setValue(QDate::currentDate().year());
    m_keep = new QComboBox(this);
    m_keep->addItem(tr("Leave out of replacement planning"), true);
    m_keep->addItem(tr("Include in replacement planning"), false);
    m_notes = new QLineEdit(this);

    // Made before the lists are read, so a list that cannot be read says so.
    m_message = new MessageArea(this);
    m_message->setObjectName(QStringLiteral("bulkEditError"));
    if (Database* database = m_session.database()) {
        ReferenceRepository references(*database);
        const Result<QList<Municipality>> municipalities = references.municipalities();
        if (!municipalities)
            m_message->showMessage(tr("The municipalities could not be read: %1").arg(municipalities.errorMessage()));
        for (const Municipality& m : municipalities.valueOr({}))
            m_municipality->addItem(m.name, m.id);
        const Result<QList<Network>> networks = references.networks();
        if (!networks)
            m_message->showMessage(tr("The networks could not be read: %1").arg(networks.errorMessage()));
        for (const Network& n : networks.valueOr({}))
            m_network->addItem(n.name, n.id);
    }

    addRow(tr("&Type"), m_type, QStringLiteral("type"));
    addRow(tr("&Municipality"), m_municipality, QStringLiteral("municipality"));
    addRow(tr("&Location"), m_location, QStringLiteral("location"));
    addRow(tr("&Department"), m_department, QStringLiteral("department"));
    addRow(tr("&Network"), m_network, QStringLiteral("network"));
    addRow(tr("Primary &user"), m_user, QStringLiteral("primary_user"));
    addRow(tr("&State"), m_state, QStringLiteral("state"));
    addRow(tr("&Production year"), m_year, QStringLiteral("production_year"));
    addRow(tr("&Planning"), m_keep, QStringLiteral("keep"));
    addRow(tr("N&otes"), m_notes, QStringLiteral("notes"));
    // A technician edits notes only (the server refuses the rest): the other fields say which role they need.
    for (QCheckBox* check : std::as_const(m_checks)) {
        if (check != m_checks.constLast())
            requireCapability(m_session, check, Capability::EditDevices);
    }
    reloadUnits();
    connect(m_municipality, &QComboBox::currentIndexChanged, this, &BulkEditDialog::reloadUnits);
    connect(m_checks.at(1), &QCheckBox::toggled, this, &BulkEditDialog::reloadUnits);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_grid);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void BulkEditDialog::addRow(const QString& label, QWidget* editor, const QString& objectName)
{
    auto* check = new QCheckBox(label, this);
    check->setObjectName(objectName + QStringLiteral("Check"));
    editor->setObjectName(objectName + QStringLiteral("Editor"));
    editor->setEnabled(false);
    editor->setAccessibleName(check->text().remove(u'&'));
    connect(check, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    const int row = m_grid->rowCount();
    m_grid->addWidget(check, row, 0);
    m_grid->addWidget(editor, row, 1);
    m_checks.append(check);
}

void BulkEditDialog::reloadUnits()
{
    // With a new municipality ticked, its own locations and departments; otherwise all, named with their municipality.
    const bool newMunicipality = m_checks.value(1) && m_checks.at(1)->isChecked();
    const qint64 municipality = m_municipality->currentData().toLongLong();
    m_location->clear();
    m_department->clear();
    m_location->addItem(tr("(none)"), 0);
    m_department->addItem(tr("(none)"), 0);
    Database* database = m_session.database();
    if (!database)
        return;
    ReferenceRepository references(*database);
    QHash<qint64, QString> municipalityNames;
    for (int i = 0; i < m_municipality->count(); ++i)
        municipalityNames.insert(m_municipality->itemData(i).toLongLong(), m_municipality->itemText(i));
    const auto fill = [&](QComboBox* box, const Result<QList<MunicipalUnit>>& units) {
        if (!units) {
            m_message->showMessage(tr("The locations and departments could not be read: %1").arg(units.errorMessage()));
            return;
        }
        for (const MunicipalUnit& unit : units.value()) {
            if (newMunicipality && unit.municipalityId != municipality)
                continue;
            box->addItem(newMunicipality
                             ? unit.name
                             : QStringLiteral("%1 (%2)").arg(unit.name, municipalityNames.value(unit.municipalityId)),
                         unit.id);
        }
    };
    fill(m_location, references.locations());
    fill(m_department, references.departments());
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit edit;
    const auto checked = [this](int row) {
        return m_checks.at(row)->isChecked();
    };
    if (checked(0))
        edit.type = static_cast<DeviceType>(m_type->currentData().toInt());
    if (checked(1))
        edit.municipalityId = m_municipality->currentData().toLongLong();
    if (checked(2))
        edit.locationId = m_location->currentData().toLongLong();
    if (checked(3))
        edit.departmentId = m_department->currentData().toLongLong();
    if (checked(4))
        edit.networkId = m_network->currentData().toLongLong();
    if (checked(5))
        edit.primaryUser = m_user->text().trimmed();
    if (checked(6))
        edit.state = static_cast<LifecycleState>(m_state->currentData().toInt());
    if (checked(7))
        edit.productionYear = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    if (checked(8))
        edit.keep = m_keep->currentData().toBool();
    if (checked(9))
        edit.notes = m_notes->text();
    return edit;
}

void BulkEditDialog::accept()
{
    if (!m_session.database())
        return;
    if (Status valid = BulkEditService(*m_session.database()).validate(edit()); !valid) {
        m_message->showError(valid.error());
        return;
    }
    QDialog::accept();
}

} // namespace rullering
