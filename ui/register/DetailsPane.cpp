#include "DetailsPane.h"

#include "domain/Device.h"
#include "shell/AppSession.h"
#include "storage/AuditLog.h"
#include "storage/DeviceRepository.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rullering {
namespace {

QString reasonName(const QString& reason)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("DetailsPane", "Registered")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("DetailsPane", "Edited")},
        {QStringLiteral("bulk_edit"), QT_TRANSLATE_NOOP("DetailsPane", "Bulk edit")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("DetailsPane", "Import")},
        {QStringLiteral("swap"), QT_TRANSLATE_NOOP("DetailsPane", "Swap")},
        {QStringLiteral("generate"), QT_TRANSLATE_NOOP("DetailsPane", "Demo data")},
        {QStringLiteral("undo"), QT_TRANSLATE_NOOP("DetailsPane", "Undo")},
    };
    const auto it = names.constFind(reason);
    return it == names.constEnd() ? reason : QCoreApplication::translate("DetailsPane", *it);
}

QString fieldTitle(const QString& key)
{
    if (key == QLatin1String("created"))
        return QCoreApplication::translate("DetailsPane", "Registered");
    for (DeviceField field : allDeviceFields()) {
        if (deviceFieldKey(field) == key)
            return deviceFieldName(field);
    }
    return key;
}

// Audit values are stored as keys and ids; show types, states, year sources and dates in a person's words.
QString valueText(const QString& key, const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("–");
    const std::optional<DeviceField> field = parseDeviceFieldKey(key);
    return field ? deviceFieldValueText(*field, value) : value;
}

// A tree measures its rows as if every column were endless (QTreeView::indexRowSizeHint), so wrapped text would
// overflow one-line rows: this measures each cell at its column's width. In a narrow pane the what and who
// columns are hidden and said under the time instead, so that no word is cut ("Demodat", "Erstat…").
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem cell(option);
        cell.rect = QRect(0, 0, m_tree->header()->sectionSize(index.column()), QWIDGETSIZE_MAX); // valid: wraps
        return QStyledItemDelegate::sizeHint(cell, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == 0 && m_tree->isColumnHidden(1))
            option->text = DetailsPane::historyWhenText(index).replace(u'\n', QChar::LineSeparator); // as displayText()
    }

private:
    QTreeView* m_tree;
};

} // namespace

DetailsPane::DetailsPane(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("detailsPane"));
    m_title = new QLabel(tr("No device selected"), this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto* fieldsWidget = new QWidget(this);
    m_fields = new QFormLayout(fieldsWidget);
    m_fields->setLabelAlignment(Qt::AlignLeft);
    // In a narrow pane (a small screen, 200 % scaling) a value goes under its label instead of off the right edge.
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Device fields"));

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("historyTimeline"));
    m_history->setAccessibleName(tr("History"));
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Change")});
    m_history->setRootIsDecorated(false);
    // A change wraps onto more lines rather than being cut ("Erstat…-12"): one device's history is short, so rows
    // of their own heights cost nothing.
    m_history->setUniformRowHeights(false);
    m_history->header()->setStretchLastSection(true);
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    // The rows are measured again when the change column narrows or widens (a tree keeps the heights it measured).
    m_history->setItemDelegate(new WrappingDelegate(m_history));
    connect(m_history->header(), &QHeaderView::sectionResized, m_history, [this] { m_history->doItemsLayout(); });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    auto* historyBox = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History"), historyBox));
    historyLayout->addWidget(m_history);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 260});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter);

    connect(&m_session, &AppSession::dataChanged, this, [this] { showDevice(m_id); });
    connect(&m_session, &AppSession::databaseClosed, this, [this] { showDevice(0); });
}

void DetailsPane::showDevice(qint64 id)
{
    m_id = id;
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_history->clear();
    if (id == 0 || !m_session.database()) {
        m_title->setText(tr("No device selected"));
        return;
    }
    Result<Device> device = DeviceRepository(*m_session.database()).findById(id);
    if (!device) {
        m_title->setText(device.errorMessage());
        return;
    }
    showFields(device.value());
    showHistory(id);
}

void DetailsPane::showFields(const Device& d)
{
    const QLocale locale;
    m_title->setText(d.hostname.isEmpty() ? d.serial : QStringLiteral("%1 · %2").arg(d.hostname, d.serial));
    auto add = [this](const QString& label, const QString& value) {
        auto* text = new QLabel(value.isEmpty() ? QStringLiteral("–") : value);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setWordWrap(true);
        m_fields->addRow(label, text);
    };
    const auto date = [&locale](const QDate& value) {
        return value.isValid() ? locale.toString(value, QLocale::ShortFormat) : QString();
    };
    add(deviceFieldName(DeviceField::Serial), d.serial);
    add(deviceFieldName(DeviceField::AssetTag), d.assetTag);
    add(deviceFieldName(DeviceField::Hostname), d.hostname);
    add(deviceFieldName(DeviceField::Type), deviceTypeName(d.type));
    add(deviceFieldName(DeviceField::Manufacturer), d.manufacturer);
    add(deviceFieldName(DeviceField::Model), d.model);
    add(deviceFieldName(DeviceField::ProductionYear),
        d.productionYear > 0 ? tr("%1 (from: %2)").arg(d.productionYear).arg(yearSourceName(d.yearSource))
                             : tr("unknown"));
    add(deviceFieldName(DeviceField::PurchaseDate), date(d.purchaseDate));
    add(deviceFieldName(DeviceField::Municipality), d.municipalityName);
    add(deviceFieldName(DeviceField::Location), d.locationName);
    add(deviceFieldName(DeviceField::Department), d.departmentName);
    add(deviceFieldName(DeviceField::Network), d.networkName);
    add(deviceFieldName(DeviceField::PrimaryUser), d.primaryUser);
    add(deviceFieldName(DeviceField::LastSeen),
        d.lastSeen.isValid() ? locale.toString(d.lastSeen.toLocalTime(), QLocale::ShortFormat) : tr("never"));
    add(deviceFieldName(DeviceField::State), lifecycleStateName(d.state));
    add(deviceFieldName(DeviceField::InServiceFrom), date(d.inServiceFrom));
    if (d.state == LifecycleState::Replaced || d.replacedById != 0) {
        // A device imported as replaced may name no successor: shown as "–", like any empty field.
        QString replacement = d.replacedById != 0 ? QStringLiteral("#%1").arg(d.replacedById) : QString();
        if (d.replacedById != 0 && m_session.database()) {
            if (Result<Device> by = DeviceRepository(*m_session.database()).findById(d.replacedById); by)
                replacement = by->serial;
            else
                emit failed(tr("The replacing device could not be read: %1").arg(by.errorMessage()));
        }
        add(deviceFieldName(DeviceField::ReplacedBy), replacement);
        add(deviceFieldName(DeviceField::ReplacedOn), date(d.replacedOn));
        add(deviceFieldName(DeviceField::ReplacedByTechnician), d.replacedByTechnician);
    }
    add(deviceFieldName(DeviceField::Keep), d.keep ? tr("Yes: left out of replacement planning") : tr("No"));
    add(deviceFieldName(DeviceField::Pool), d.poolName);
    add(deviceFieldName(DeviceField::Notes), d.notes);
}

void DetailsPane::showHistory(qint64 id)
{
    Result<QList<AuditEntry>> entries = AuditLog::forDevice(*m_session.database(), id);
    if (!entries) {
        emit failed(tr("The history of the device could not be read: %1").arg(entries.errorMessage()));
        return;
    }
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const AuditEntry& entry = *it;
        const QString change = entry.field == QLatin1String("created")
                                   ? entry.newValue
                                   : QStringLiteral("%1: %2 → %3")
                                         .arg(fieldTitle(entry.field), valueText(entry.field, entry.oldValue),
                                              valueText(entry.field, entry.newValue));
        auto* item = new QTreeWidgetItem({locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                          reasonName(entry.reason), entry.who, change});
        item->setToolTip(3, change);
        if (!entry.importFile.isEmpty()) // which import: several may come from files of the same system
            item->setToolTip(1, tr("Import of %1").arg(entry.importFile));
        items.append(item);
    }
    m_history->addTopLevelItems(items);
    fitHistoryColumns();
}

// When, what and who as wide as they need, but never so wide that the change itself is pushed out of view. Too
// narrow for four columns (a 1024 px screen, large text), the what and who go under the time in its column.
void DetailsPane::fitHistoryColumns()
{
    const int room = m_history->viewport()->width();
    const bool narrow = room < m_history->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30;
    m_history->setColumnHidden(1, narrow);
    m_history->setColumnHidden(2, narrow);
    if (narrow) {
        m_history->setColumnWidth(0, qMax(60, room * 2 / 5));
        return;
    }
    const int limits[] = {room / 3, room / 5, room / 5};
    for (int column = 0; column < 3; ++column) {
        m_history->resizeColumnToContents(column);
        m_history->setColumnWidth(column, qMin(m_history->columnWidth(column), qMax(60, limits[column])));
    }
}

void DetailsPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHistoryColumns();
}

QString DetailsPane::historyWhenText(const QModelIndex& when)
{
    const QString what = when.siblingAtColumn(1).data().toString();
    const QString who = when.siblingAtColumn(2).data().toString();
    return QStringLiteral("%1\n%2").arg(when.data().toString(),
                                        who.isEmpty() ? what : QStringLiteral("%1 · %2").arg(what, who));
}

} // namespace rullering
