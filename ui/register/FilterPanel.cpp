#include "FilterPanel.h"

#include "shell/AppSession.h"
#include "storage/ReferenceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rullering {
namespace {

enum Activity
{
    AnyActivity,
    SeenWithin,
    NotSeenFor,
};

QList<qint64> checkedIds(const QListWidget* list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void setChecked(QListWidget* list, const QList<qint64>& ids)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

QSpinBox* yearBox(QWidget* parent, const QString& objectName, const QString& anyText)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1979, 2100);
    box->setSpecialValueText(anyText); // the minimum shows as "any"
    box->setValue(1979);
    return box;
}

} // namespace

FilterPanel::FilterPanel(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("filterPanel"));
    m_municipalities = checkList(QStringLiteral("municipalityFilter"), tr("Municipalities"));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_network = new QComboBox(this);
    m_network->setObjectName(QStringLiteral("networkFilter"));
    for (QComboBox* box : {m_location, m_department, m_network}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_types = checkList(QStringLiteral("typeFilter"), tr("Types"));
    for (DeviceType type : allDeviceTypes()) {
        auto* item = new QListWidgetItem(deviceTypeName(type), m_types);
        item->setData(Qt::UserRole, static_cast<int>(type));
        item->setCheckState(Qt::Unchecked);
    }
    m_states = checkList(QStringLiteral("stateFilter"), tr("Lifecycle states"));
    for (LifecycleState state : allLifecycleStates()) {
        auto* item = new QListWidgetItem(lifecycleStateName(state), m_states);
        item->setData(Qt::UserRole, static_cast<int>(state));
        item->setCheckState(Qt::Unchecked);
    }
    m_yearFrom = yearBox(this, QStringLiteral("yearFromFilter"), tr("any"));
    m_yearTo = yearBox(this, QStringLiteral("yearToFilter"), tr("any"));
    m_dueYear = yearBox(this, QStringLiteral("dueYearFilter"), tr("any"));
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("Any activity"), AnyActivity);
    m_activity->addItem(tr("Seen within"), SeenWithin);
    m_activity->addItem(tr("Not seen for"), NotSeenFor);
    m_activityDays = new QSpinBox(this);
    m_activityDays->setObjectName(QStringLiteral("activityDaysFilter"));
    m_activityDays->setRange(1, 3650);
    m_activityDays->setValue(30);
    m_activityDays->setSuffix(tr(" days"));
    m_activityDays->setAccessibleName(tr("Days for the activity filter"));
    m_activityDays->setEnabled(false);

    auto* clearButton = new QPushButton(tr("C&lear Filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Municipality"), m_municipalities);
    addRow(tr("L&ocation"), m_location);
    addRow(tr("De&partment"), m_department);
    addRow(tr("Net&work"), m_network);
    addRow(tr("T&ype"), m_types);
    addRow(tr("St&ate"), m_states);
    addRow(tr("Produced f&rom"), m_yearFrom);
    addRow(tr("Produce&d to"), m_yearTo);
    addRow(tr("D&ue in"), m_dueYear);
    addRow(tr("Act&ivity"), m_activity);
    form->addRow(QString(), m_activityDays);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(clearButton);
    layout->addStretch();

    for (QListWidget* list : {m_municipalities, m_types, m_states})
        connect(list, &QListWidget::itemChanged, this, [this, list] {
            if (list == m_municipalities && !m_updating)
                reloadUnits();
            apply();
        });
    for (QComboBox* box : {m_location, m_department, m_network, m_activity})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterPanel::apply);
    for (QSpinBox* box : {m_yearFrom, m_yearTo, m_dueYear, m_activityDays})
        connect(box, &QSpinBox::valueChanged, this, &FilterPanel::apply);
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clear);
    connect(&m_session, &AppSession::databaseOpened, this, &FilterPanel::loadReferences);
    // The table header's filter menus change the filter too: the panel shows what they chose.
    connect(&m_session, &AppSession::filterChanged, this, [this] {
        if (!m_applying)
            showFilter(m_session.currentFilter());
    });
    connect(&m_session, &AppSession::dataChanged, this, [this] {
        // A bulk edit or an import may have added locations or departments.
        const DeviceFilter current = m_session.currentFilter();
        loadReferences();
        showFilter(current);
    });
    if (m_session.isOpen())
        loadReferences();
}

QListWidget* FilterPanel::checkList(const QString& objectName, const QString& accessibleName)
{
    auto* list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(list->fontMetrics().height() * 7 + 8);
    return list;
}

void FilterPanel::loadReferences()
{
    m_updating = true;
    const QList<qint64> checked = checkedIds(m_municipalities);
    m_municipalities->clear();
    m_network->clear();
    m_network->addItem(tr("All networks"), 0);
    if (Database* database = m_session.database()) {
        ReferenceRepository references(*database);
        const Result<QList<Municipality>> municipalities = references.municipalities();
        if (!municipalities)
            emit failed(tr("The municipalities could not be read: %1").arg(municipalities.errorMessage()));
        for (const Municipality& m : municipalities.valueOr({})) {
            auto* item = new QListWidgetItem(m.name, m_municipalities);
            item->setData(Qt::UserRole, m.id);
            item->setCheckState(checked.contains(m.id) ? Qt::Checked : Qt::Unchecked);
        }
        const Result<QList<Network>> networks = references.networks();
        if (!networks)
            emit failed(tr("The networks could not be read: %1").arg(networks.errorMessage()));
        for (const Network& n : networks.valueOr({}))
            m_network->addItem(n.name, n.id);
    }
    reloadUnits();
    m_updating = false;
}

void FilterPanel::reloadUnits()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const qint64 location = m_location->currentData().toLongLong();
    const qint64 department = m_department->currentData().toLongLong();
    m_location->clear();
    m_department->clear();
    m_location->addItem(tr("All locations"), 0);
    m_department->addItem(tr("All departments"), 0);
    const QList<qint64> municipalities = checkedIds(m_municipalities);
    // Locations and departments are listed for the chosen municipalities (all of them when none is chosen,
    // which for a national fleet is long but still searchable by typing).
    if (Database* database = m_session.database()) {
        ReferenceRepository references(*database);
        const auto fill = [&](QComboBox* box, const Result<QList<MunicipalUnit>>& units) {
            if (!units) {
                emit failed(tr("The locations and departments could not be read: %1").arg(units.errorMessage()));
                return;
            }
            for (const MunicipalUnit& unit : units.value()) {
                if (municipalities.isEmpty() || municipalities.contains(unit.municipalityId))
                    box->addItem(unit.name, unit.id);
            }
        };
        fill(m_location, references.locations());
        fill(m_department, references.departments());
    }
    m_location->setCurrentIndex(qMax(0, m_location->findData(location)));
    m_department->setCurrentIndex(qMax(0, m_department->findData(department)));
    m_updating = wasUpdating;
}

void FilterPanel::apply()
{
    m_activityDays->setEnabled(m_activity->currentData().toInt() != AnyActivity);
    if (m_updating)
        return;
    DeviceFilter filter;
    filter.search = m_session.currentFilter().search;
    filter.municipalityIds = checkedIds(m_municipalities);
    if (const qint64 id = m_location->currentData().toLongLong())
        filter.locationIds = {id};
    if (const qint64 id = m_department->currentData().toLongLong())
        filter.departmentIds = {id};
    if (const qint64 id = m_network->currentData().toLongLong())
        filter.networkIds = {id};
    for (qint64 type : checkedIds(m_types))
        filter.types.append(static_cast<DeviceType>(type));
    for (qint64 state : checkedIds(m_states))
        filter.states.append(static_cast<LifecycleState>(state));
    const auto year = [](const QSpinBox* box) {
        return box->value() == box->minimum() ? 0 : box->value();
    };
    filter.productionYearFrom = year(m_yearFrom);
    filter.productionYearTo = year(m_yearTo);
    filter.dueYear = year(m_dueYear);
    switch (m_activity->currentData().toInt()) {
    case SeenWithin:
        filter.seenWithinDays = m_activityDays->value();
        break;
    case NotSeenFor:
        filter.notSeenForDays = m_activityDays->value();
        break;
    default:
        break;
    }
    m_applying = true;
    m_session.setCurrentFilter(filter);
    m_applying = false;
}

void FilterPanel::showFilter(const DeviceFilter& filter)
{
    m_updating = true;
    setChecked(m_municipalities, filter.municipalityIds);
    reloadUnits();
    m_location->setCurrentIndex(qMax(0, m_location->findData(filter.locationIds.value(0))));
    m_department->setCurrentIndex(qMax(0, m_department->findData(filter.departmentIds.value(0))));
    m_network->setCurrentIndex(qMax(0, m_network->findData(filter.networkIds.value(0))));
    QList<qint64> types, states;
    for (DeviceType type : filter.types)
        types.append(static_cast<int>(type));
    for (LifecycleState state : filter.states)
        states.append(static_cast<int>(state));
    setChecked(m_types, types);
    setChecked(m_states, states);
    const auto setYear = [](QSpinBox* box, int year) {
        box->setValue(year > 0 ? year : box->minimum());
    };
    setYear(m_yearFrom, filter.productionYearFrom);
    setYear(m_yearTo, filter.productionYearTo);
    setYear(m_dueYear, filter.dueYear);
    if (filter.seenWithinDays > 0) {
        m_activity->setCurrentIndex(m_activity->findData(SeenWithin));
        m_activityDays->setValue(filter.seenWithinDays);
    } else if (filter.notSeenForDays > 0) {
        m_activity->setCurrentIndex(m_activity->findData(NotSeenFor));
        m_activityDays->setValue(filter.notSeenForDays);
    } else {
        m_activity->setCurrentIndex(0);
    }
    m_activityDays->setEnabled(m_activity->currentData().toInt() != AnyActivity);
    m_updating = false;
}

void FilterPanel::clear()
{
    DeviceFilter empty;
    empty.search = m_session.currentFilter().search;
    showFilter(empty);
    m_applying = true;
    m_session.setCurrentFilter(empty);
    m_applying = false;
}

} // namespace rullering
