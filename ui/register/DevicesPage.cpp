#include "DevicesPage.h"

#include "BulkEditDialog.h"
#include "DetailsPane.h"
#include "DeviceItemDelegate.h"
#include "DeviceTableModel.h"
#include "EditDevicesCommand.h"
#include "FilterHeaderView.h"
#include "FilterPanel.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/MessageArea.h"
#include "shell/OverflowRow.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

namespace rullering {
namespace {

// Long enough that a fast typist's keystrokes become one query, short enough to feel immediate.
constexpr int SearchDelayMs = 250;
// A count that takes longer than this on the window's thread goes on in the background, where the next keystroke
// or filter cancels it (issue 4): the window never waits seconds for a search nobody wants any more.
constexpr int ForegroundQueryBudgetMs = 150;

} // namespace

DevicesPage::DevicesPage(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("devicesPage"));
    m_model = new DeviceTableModel(this);
    m_model->setForegroundBudget(ForegroundQueryBudgetMs);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setHorizontalHeader(new FilterHeaderView(m_session, m_table)); // before sorting is switched on
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DeviceItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Devices"));
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicator(static_cast<int>(DeviceColumn::Hostname), Qt::AscendingOrder);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search serial number, host name, user or model (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    // Narrow enough that filters, table and details share a 1024 px screen.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViewCombo"));
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setMinimumContentsLength(10);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_findAction = new QAction(tr("&Find Devices"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_bulkEditAction = new QAction(tr("&Bulk Edit Selected…"), this);
    m_bulkEditAction->setObjectName(QStringLiteral("bulkEditAction"));
    m_bulkEditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_saveViewAction = new QAction(tr("&Save View…"), this);
    m_saveViewAction->setObjectName(QStringLiteral("saveViewAction"));
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_deleteViewAction = new QAction(tr("&Delete Saved View"), this);
    m_deleteViewAction->setObjectName(QStringLiteral("deleteViewAction"));
    m_clearFiltersAction = new QAction(tr("C&lear Filters and Search"), this);
    m_clearFiltersAction->setObjectName(QStringLiteral("clearFiltersAction"));
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_detailsAction = new QAction(tr("Device Deta&ils"), this);
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    // Ctrl+I is Import devices (the window's): a second owner made both dead ("Ambiguous shortcut overload").
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_exportViewAction = new QAction(tr("Export the &Table as Shown…"), this);
    m_exportViewAction->setObjectName(QStringLiteral("exportViewAction"));
    m_exportViewAction->setStatusTip(tr("The filtered devices in this sort, with the shown columns, to an Excel "
                                        "workbook or a CSV file"));
    m_session.enableWhileOpen(m_exportViewAction);
    // Every role that edits any field (a technician: the notes); the dialog disables the fields the role may not.
    requireCapability(m_session, m_bulkEditAction, Capability::EditNotes);
    requireCapability(m_session, m_saveViewAction, Capability::SaveViews);
    requireCapability(m_session, m_deleteViewAction, Capability::SaveViews);
    connect(m_exportViewAction, &QAction::triggered, this, [this] { exportView(); });
    for (QAction* action : {m_findAction, m_bulkEditAction, m_saveViewAction, m_clearFiltersAction, m_detailsAction})
        addAction(action); // shortcuts work while the page is shown, also without the menus
    m_columnsMenu = new QMenu(tr("&Columns"), this);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));

    auto* columnsButton = new QToolButton(this);
    columnsButton->setText(tr("Columns"));
    columnsButton->setMenu(m_columnsMenu);
    columnsButton->setPopupMode(QToolButton::InstantPopup);
    auto* bulkButton = new QToolButton(this);
    bulkButton->setDefaultAction(m_bulkEditAction);
    auto* saveButton = new QToolButton(this);
    saveButton->setDefaultAction(m_saveViewAction);

    m_message = new MessageArea(this);
    m_message->setObjectName(QStringLiteral("registerMessage"));

    m_filters = new FilterPanel(session, this);
    auto* filterScroll = new QScrollArea(this);
    filterScroll->setWidget(m_filters);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filterScroll->setMinimumWidth(200);
    filterScroll->setAccessibleName(tr("Filters"));
    m_details = new DetailsPane(session, this);
    m_details->setMinimumWidth(250);

    auto* searchRow = new QHBoxLayout;
    auto* viewLabel = new QLabel(tr("&Saved view:"), this);
    viewLabel->setBuddy(m_views);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(viewLabel);
    searchRow->addWidget(m_views);
    // On a narrow screen the three buttons become one "More" menu.
    auto* buttons = new OverflowRow(this);
    buttons->setObjectName(QStringLiteral("devicesButtonRow"));
    for (QToolButton* button : {saveButton, columnsButton, bulkButton})
        buttons->addButton(button);
    searchRow->addWidget(buttons);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(searchRow);
    centreLayout->addWidget(m_message);
    centreLayout->addWidget(m_table);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("devicesSplitter"));
    m_splitter->addWidget(filterScroll);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({250, 800, 340});
    m_splitter->setCollapsible(1, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
    // Keyboard path: the search, the table, the details (each of its controls: Qt moves only the widget named, not
    // its children); the filters and view controls follow.
    QList<QWidget*> path{m_search, m_table};
    for (QWidget* child : m_details->findChildren<QWidget*>()) {
        if (child->focusPolicy() & Qt::TabFocus)
            path.append(child);
    }
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        setTabOrder(path.at(i), path.at(i + 1));

    const QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("devicesPage/splitter2")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("devicesPage/header")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("devicesPage/splitter2"), m_splitter->saveState()); });

    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DevicesPage::applySearch);
    connect(m_searchTimer, &QTimer::timeout, this, &DevicesPage::applySearch);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_bulkEditAction, &QAction::triggered, this, &DevicesPage::bulkEdit);
    connect(m_saveViewAction, &QAction::triggered, this, &DevicesPage::saveView);
    connect(m_deleteViewAction, &QAction::triggered, this, &DevicesPage::deleteView);
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] {
        m_searchTimer->stop();
        m_search->clear();
        m_filters->showFilter(DeviceFilter());
        m_session.setCurrentFilter(DeviceFilter());
    });
    connect(m_detailsAction, &QAction::toggled, m_details, &QWidget::setVisible);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index <= 0 || !m_session.database())
            return;
        Result<SavedView> view = SavedViews(*m_session.database()).load(m_views->itemText(index));
        if (!view) {
            showMessage(view.errorMessage());
            return;
        }
        openView(view.value());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& at) { m_columnsMenu->popup(m_table->horizontalHeader()->mapToGlobal(at)); });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &DevicesPage::rebuildColumnsMenu);

    connect(m_model, &DeviceTableModel::editRequested, this, &DevicesPage::editRequested);
    connect(m_model, &DeviceTableModel::countChanged, this, &DevicesPage::updateSummary);
    connect(m_model, &DeviceTableModel::loadingChanged, this, &DevicesPage::updateSummary);
    connect(m_model, &DeviceTableModel::queryFailed, this, &DevicesPage::showMessage);
    connect(m_filters, &FilterPanel::failed, this, &DevicesPage::showMessage);
    connect(m_details, &DetailsPane::failed, this, &DevicesPage::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The details follow the first row of a new view until the person picks another.
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        else
            m_details->showDevice(0);
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            m_details->showDevice(current.isValid() ? current.data(DeviceTableModel::DeviceIdRole).toLongLong() : 0);
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesPage::updateSummary);

    connect(&m_session, &AppSession::databaseOpened, this, &DevicesPage::databaseOpened);
    connect(&m_session, &AppSession::databaseClosed, this, [this] {
        m_model->setDatabase(nullptr);
        m_views->clear();
    });
    connect(&m_session, &AppSession::dataChanged, this, [this] { m_model->refresh(); });
    connect(&m_session, &AppSession::filterChanged, this, [this] {
        m_message->clearMessage();
        if (!(m_model->filter() == m_session.currentFilter()))
            m_model->setFilter(m_session.currentFilter());
    });
    if (m_session.isOpen())
        databaseOpened();
}

bool DevicesPage::eventFilter(QObject* watched, QEvent* event)
{
    // Esc in the search box clears the search at once (a pending, debounced one is dropped).
    // Ctrl+C in the table copies the selected rows whole, not the one current cell.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySelectedRows();
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        applySearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

DevicesPage::~DevicesPage()
{
    QSettings().setValue(QStringLiteral("devicesPage/header"), m_table->horizontalHeader()->saveState());
}

void DevicesPage::databaseOpened()
{
    m_model->setFilter(m_session.currentFilter());
    // Cells are edited in place only by a role that may edit devices (always on a file).
    m_table->setEditTriggers(teamAccess(m_session).may(Capability::EditDevices)
                                 ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 : QAbstractItemView::NoEditTriggers);
    m_model->setDatabase(m_session.database());
    sizeColumns();
    reloadViewNames();
}

void DevicesPage::sizeColumns()
{
    // Widths from the header and the first rows only (never ResizeToContents over the whole table).
    if (!QSettings().value(QStringLiteral("devicesPage/header")).toByteArray().isEmpty())
        return;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int sample = qMin(m_model->rowCount(), 200);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 32;
        for (int row = 0; row < sample; ++row)
            width = qMax(width, metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + 16);
        m_table->setColumnWidth(column, qMin(width, 320));
    }
}

void DevicesPage::applySearch()
{
    m_searchTimer->stop(); // a search typed on replaces the pending one
    DeviceFilter filter = m_session.currentFilter();
    filter.search = m_search->text().trimmed();
    m_session.setCurrentFilter(filter);
}

void DevicesPage::showMessage(const QString& text)
{
    m_message->showMessage(text);
}

void DevicesPage::updateSummary()
{
    if (m_model->isLoading()) {
        emit viewSummaryChanged(tr("Counting the devices in this view…"));
        return;
    }
    const QLocale locale;
    // %Ln: "1 device", "2 devices" (and "1 enhet", "2 enheter"), with the locale's digit grouping.
    QString text = tr("%Ln device(s) in this view", nullptr, int(qMin<qint64>(m_model->totalCount(), INT_MAX)));
    if (const qint64 selected = selectedCount(); selected > 1)
        text += tr(", %1 selected").arg(locale.toString(selected));
    emit viewSummaryChanged(text);
}

qint64 DevicesPage::selectedCount() const
{
    qint64 count = 0;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        count += range.height();
    return count;
}

Result<QList<DeviceStamp>> DevicesPage::selectedStamps() const
{
    if (!m_session.database())
        return Error(tr("No register is open."));
    const DeviceListQuery query(*m_session.database());
    QList<DeviceStamp> stamps;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        Result<QList<DeviceStamp>> rows =
            query.stamps(m_model->filter(), m_model->deviceSort(), range.top(), range.height());
        if (!rows)
            return Error(
                tr("The selected devices could not be read, so nothing was changed: %1").arg(rows.errorMessage()));
        // Rows are read by position: where the view shows a row, it must still be the same device, or the edit
        // would land on a neighbour that moved into its place.
        for (qint64 i = 0; i < rows->size(); ++i) {
            const std::optional<qint64> shown = m_model->shownDeviceId(range.top() + i);
            if (shown && *shown != rows->at(i).id)
                return Error(tr("The devices in this view have changed since they were selected (the register was "
                                "changed elsewhere). Nothing was changed; check the selection and try again."),
                             Error::Code::Refused);
        }
        stamps.append(rows.value());
    }
    // Rows the view still shows may be gone from the register (changed elsewhere): an edit of what is left would
    // cover fewer devices than the person chose.
    if (const qint64 selected = selectedCount(); stamps.size() != selected) {
        const QLocale locale;
        return Error(tr("%1 devices are selected, but only %2 of them are still in this view: the register was "
                        "changed elsewhere. Nothing was changed; check the selection and try again.")
                         .arg(locale.toString(selected), locale.toString(stamps.size())),
                     Error::Code::Refused);
    }
    return stamps;
}

void DevicesPage::editRequested(qint64 deviceId, int version, DeviceField field, const QVariant& value)
{
    BulkEdit edit;
    if (!edit.set(field, value)) {
        showMessage(tr("%1 cannot be edited here.").arg(deviceFieldName(field)));
        return;
    }
    runEdit({{deviceId, version}}, edit);
}

void DevicesPage::runEdit(const QList<DeviceStamp>& selection, const BulkEdit& edit)
{
    auto* command = new EditDevicesCommand(m_session, selection, edit);
    if (!command->run()) {
        const Error error = command->error();
        delete command;
        if (error.code() == Error::Code::Conflict) {
            // Someone else saved these devices since they were read: the message names who changed what when, and
            // the person reloads to see it before editing again. Nothing of theirs is overwritten.
            m_message->showMessage(error.message(), MessageArea::Kind::Warning, tr("&Reload"), [this] {
                m_model->refresh();
                // Not from inside the button's own handler: clearing drops the function running now.
                QMetaObject::invokeMethod(m_message, &MessageArea::clearMessage, Qt::QueuedConnection);
            });
            return;
        }
        showMessage(error.message());
        return;
    }
    m_message->clearMessage();
    if (command->outcome().changedDevices == 0) {
        delete command; // nothing differed: nothing to undo
        return;
    }
    m_session.undoStack()->push(command);
}

void DevicesPage::bulkEdit()
{
    const qint64 count = selectedCount();
    if (count == 0) {
        showMessage(tr("Select the devices to edit first (Ctrl+A selects every device in the view)."));
        return;
    }
    BulkEditDialog dialog(m_session, count, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    editSelection(dialog.edit());
}

void DevicesPage::editSelection(const BulkEdit& edit)
{
    Result<QList<DeviceStamp>> selection = selectedStamps();
    if (!selection) {
        m_message->showError(selection.error());
        if (selection.error().code() == Error::Code::Refused)
            m_model->refresh(); // show the register as it now is, for the person to select again
        return;
    }
    runEdit(selection.value(), edit);
}

SavedView DevicesPage::currentView(const QString& name) const
{
    SavedView view;
    view.name = name;
    view.filter = m_session.currentFilter();
    view.filter.reference = QDate(); // activity windows count back from the day the view is opened
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            view.columns.append(static_cast<DeviceColumn>(logical));
    }
    view.sort = m_model->deviceSort();
    return view;
}

void DevicesPage::openView(const SavedView& view)
{
    m_searchTimer->stop();
    m_search->setText(view.filter.search);
    m_filters->showFilter(view.filter);
    m_model->setSort(view.sort);
    m_session.setCurrentFilter(view.filter);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicator(static_cast<int>(view.sort.column),
                             view.sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionHidden(column,
                                 !view.columns.isEmpty() && !view.columns.contains(static_cast<DeviceColumn>(column)));
    for (int i = 0; i < view.columns.size(); ++i)
        header->moveSection(header->visualIndex(static_cast<int>(view.columns.at(i))), i);
    m_views->setCurrentIndex(qMax(0, m_views->findText(view.name)));
}

void DevicesPage::reloadViewNames()
{
    const QString current = m_views->currentText();
    m_views->clear();
    m_views->addItem(tr("(current)"));
    if (!m_session.database())
        return;
    if (Result<QStringList> names = SavedViews(*m_session.database()).names(); names)
        m_views->addItems(names.value());
    else
        m_message->showMessage(tr("The saved views could not be read: %1").arg(names.errorMessage()));
    m_views->setCurrentIndex(qMax(0, m_views->findText(current)));
}

void DevicesPage::saveView()
{
    if (!m_session.database())
        return;
    bool ok = false;
    const QString suggestion = m_views->currentIndex() > 0 ? m_views->currentText() : QString();
    const QString name =
        QInputDialog::getText(this, tr("Save View"), tr("Name of the view (filters, search, columns and sort):"),
                              QLineEdit::Normal, suggestion, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (Status saved = SavedViews(*m_session.database()).save(currentView(name)); !saved) {
        showMessage(saved.errorMessage());
        return;
    }
    reloadViewNames();
    m_views->setCurrentIndex(qMax(0, m_views->findText(name)));
}

void DevicesPage::deleteView()
{
    if (!m_session.database() || m_views->currentIndex() <= 0)
        return;
    const QString name = m_views->currentText();
    if (QMessageBox::question(this, tr("Delete View"), tr("Delete the saved view \"%1\" for everyone?").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (Status removed = SavedViews(*m_session.database()).remove(name); !removed)
        showMessage(removed.errorMessage());
    reloadViewNames();
}

void DevicesPage::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            // Keep at least one column: a table with none cannot be brought back by its header.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
        });
    }
}

} // namespace rullering
