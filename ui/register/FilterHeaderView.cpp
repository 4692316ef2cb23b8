#include "FilterHeaderView.h"

#include "shell/AppSession.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QActionGroup>
#include <QDate>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionHeader>

namespace rullering {
namespace {

constexpr int ButtonWidth = 16;
constexpr int YearsListed = 15; // the production years offered, counting back from this year

// A checkable action whose toggling puts its value in or out of a list in the filter.
template <typename T>
void addChoices(QMenu* menu, AppSession& session, const QList<std::pair<QString, T>>& choices,
                QList<T> DeviceFilter::*list)
{
    const QList<T> chosen = session.currentFilter().*list;
    QAction* all = menu->addAction(FilterHeaderView::tr("All"));
    all->setCheckable(true);
    all->setChecked(chosen.isEmpty());
    QObject::connect(all, &QAction::triggered, menu, [&session, list] {
        DeviceFilter filter = session.currentFilter();
        (filter.*list).clear();
        session.setCurrentFilter(filter);
    });
    menu->addSeparator();
    for (const auto& [name, value] : choices) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(chosen.contains(value));
        QObject::connect(action, &QAction::toggled, menu, [&session, list, value = value](bool on) {
            DeviceFilter filter = session.currentFilter();
            (filter.*list).removeAll(value);
            if (on)
                (filter.*list).append(value);
            session.setCurrentFilter(filter);
        });
    }
}

} // namespace

FilterHeaderView::FilterHeaderView(AppSession& session, QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("deviceTableHeader"));
    setSectionsClickable(true);
    setHighlightSections(false);
    connect(&m_session, &AppSession::filterChanged, viewport(), qOverload<>(&QWidget::update));
}

bool FilterHeaderView::isFilterable(DeviceColumn column)
{
    return column == DeviceColumn::Municipality || column == DeviceColumn::Type || column == DeviceColumn::State ||
           column == DeviceColumn::ProductionYear;
}

bool FilterHeaderView::isFiltered(DeviceColumn column) const
{
    const DeviceFilter& filter = m_session.currentFilter();
    switch (column) {
    case DeviceColumn::Municipality:
        return !filter.municipalityIds.isEmpty();
    case DeviceColumn::Type:
        return !filter.types.isEmpty();
    case DeviceColumn::State:
        return !filter.states.isEmpty();
    case DeviceColumn::ProductionYear:
        return filter.productionYearFrom > 0 || filter.productionYearTo > 0;
    default:
        return false;
    }
}

QMenu* FilterHeaderView::filterMenu(DeviceColumn column)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("headerFilterMenu"));
    switch (column) {
    case DeviceColumn::Municipality: {
        QList<std::pair<QString, qint64>> choices;
        if (Database* db = m_session.database()) {
            const Result<QList<Municipality>> municipalities = ReferenceRepository(*db).municipalities();
            if (!municipalities)
                menu->addAction(tr("The municipalities could not be read: %1").arg(municipalities.errorMessage()))
                    ->setEnabled(false);
            for (const Municipality& m : municipalities.valueOr({}))
                choices.append({m.name, m.id});
        }
        addChoices(menu, m_session, choices, &DeviceFilter::municipalityIds);
        break;
    }
    case DeviceColumn::Type: {
        QList<std::pair<QString, DeviceType>> choices;
        for (DeviceType type : allDeviceTypes())
            choices.append({deviceTypeName(type), type});
        addChoices(menu, m_session, choices, &DeviceFilter::types);
        break;
    }
    case DeviceColumn::State: {
        QList<std::pair<QString, LifecycleState>> choices;
        for (LifecycleState state : allLifecycleStates())
            choices.append({lifecycleStateName(state), state});
        addChoices(menu, m_session, choices, &DeviceFilter::states);
        break;
    }
    case DeviceColumn::ProductionYear: {
        // One year, or all: a range is set in the side panel (shown here as no single year checked).
        const DeviceFilter& current = m_session.currentFilter();
        auto* group = new QActionGroup(menu);
        const auto add = [&](const QString& text, int year) {
            QAction* action = menu->addAction(text);
            action->setCheckable(true);
            action->setActionGroup(group);
            action->setChecked(year == 0 ? current.productionYearFrom == 0 && current.productionYearTo == 0
                                         : current.productionYearFrom == year && current.productionYearTo == year);
            connect(action, &QAction::triggered, this, [this, year] {
                DeviceFilter filter = m_session.currentFilter();
                filter.productionYearFrom = year;
                filter.productionYearTo = year;
                m_session.setCurrentFilter(filter);
            });
        };
        add(tr("All"), 0);
        menu->addSeparator();
        const int thisYear = QDate::currentDate().year();
        for (int year = thisYear; year > thisYear - YearsListed; --year)
            add(QString::number(year), year);
        break;
    }
    default:
        break;
    }
    return menu;
}

QRect FilterHeaderView::buttonRect(const QRect& section) const
{
    return QRect(section.right() - ButtonWidth, section.top(), ButtonWidth, section.height());
}

QRect FilterHeaderView::buttonRect(int logicalIndex) const
{
    if (logicalIndex < 0 || logicalIndex >= count() || isSectionHidden(logicalIndex) ||
        !isFilterable(static_cast<DeviceColumn>(logicalIndex)))
        return {};
    const QRect section(sectionViewportPosition(logicalIndex), 0, sectionSize(logicalIndex), viewport()->height());
    return buttonRect(section);
}

void FilterHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    const auto column = static_cast<DeviceColumn>(logicalIndex);
    if (!isFilterable(column) || rect.width() < 3 * ButtonWidth) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The section's title, sort arrow included, beside the button, which is a small section of its own: the two
    // arrows never overlap. (The base class clips the painter to what it drew; each part is painted in its rect.)
    const QRect strip = buttonRect(rect);
    painter->save();
    QHeaderView::paintSection(painter, rect.adjusted(0, 0, -strip.width(), 0), logicalIndex);
    painter->restore();
    painter->save();
    painter->setClipRect(strip);
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = strip;
    option.section = logicalIndex;
    option.position = QStyleOptionHeader::Middle;
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
    // A small funnel (a sort arrow is a triangle; this must not read as one), in the highlight colour on a tinted
    // square when the column is filtered.
    const QRect button = strip.adjusted(2, 3, -2, -3);
    const bool filtered = isFiltered(column);
    painter->setRenderHint(QPainter::Antialiasing);
    if (filtered) {
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(60);
        painter->fillRect(button, tint);
    }
    const QPointF c = QRectF(button).center();
    const qreal h = qMax(3.5, qMin(button.width(), button.height()) / 2.5);
    QPainterPath arrow;
    arrow.moveTo(c.x() - h, c.y() - h * 0.8);
    arrow.lineTo(c.x() + h, c.y() - h * 0.8);
    arrow.lineTo(c.x() + h * 0.25, c.y() + h * 0.1);
    arrow.lineTo(c.x() + h * 0.25, c.y() + h * 0.9);
    arrow.lineTo(c.x() - h * 0.25, c.y() + h * 0.6);
    arrow.lineTo(c.x() - h * 0.25, c.y() + h * 0.1);
    arrow.closeSubpath();
    painter->fillPath(arrow, palette().color(filtered ? QPalette::Highlight : QPalette::ButtonText));
    painter->restore();
}

void FilterHeaderView::mousePressEvent(QMouseEvent* event)
{
    const int logical = logicalIndexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && buttonRect(logical).contains(event->position().toPoint())) {
        m_pressedButton = true;
        QMenu* menu = filterMenu(static_cast<DeviceColumn>(logical));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        const QRect button = buttonRect(logical);
        menu->popup(viewport()->mapToGlobal(QPoint(button.left(), button.bottom())));
        event->accept();
        return;
    }
    m_pressedButton = false;
    QHeaderView::mousePressEvent(event);
}

void FilterHeaderView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressedButton) {
        m_pressedButton = false;
        event->accept();
        return;
    }
    QHeaderView::mouseReleaseEvent(event);
}

} // namespace rullering
