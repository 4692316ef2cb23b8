#include "DevicesPage.h"

#include "DeviceTableModel.h"
#include "shell/AppSession.h"
#include "storage/RegisterStatistics.h"

#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rullering {

DevicesPage::DevicesPage(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new DeviceTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Devices"));
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicator(static_cast<int>(DeviceColumn::Hostname), Qt::AscendingOrder);

    m_counts = new QTreeWidget(this);
    m_counts->setObjectName(QStringLiteral("municipalityCounts"));
    m_counts->setAccessibleName(tr("Devices per municipality"));
    m_counts->setHeaderLabels({tr("Municipality"), tr("Devices")});
    m_counts->setRootIsDecorated(false);
    m_counts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("devicesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_counts);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    const QSettings settings;
    splitter->restoreState(settings.value(QStringLiteral("devicesPage/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("devicesPage/header")).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(QStringLiteral("devicesPage/splitter"), splitter->saveState()); });

    connect(&m_session, &AppSession::databaseOpened, this, &DevicesPage::databaseOpened);
    connect(&m_session, &AppSession::databaseClosed, this, [this] {
        m_model->setDatabase(QSqlDatabase());
        m_counts->clear();
    });
    connect(&m_session, &AppSession::dataChanged, this, [this] {
        m_model->refresh();
        refreshCounts();
    });
    connect(&m_session, &AppSession::filterChanged, this, [this] { m_model->setFilter(m_session.currentFilter()); });
    if (m_session.isOpen())
        databaseOpened();
}

DevicesPage::~DevicesPage()
{
    QSettings().setValue(QStringLiteral("devicesPage/header"), m_table->horizontalHeader()->saveState());
}

void DevicesPage::databaseOpened()
{
    m_model->setDatabase(m_session.database()->connection());
    sizeColumns();
    refreshCounts();
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

void DevicesPage::refreshCounts()
{
    m_counts->clear();
    if (!m_session.isOpen())
        return;
    Result<RegisterStatistics> stats = RegisterStatistics::compute(m_session.database()->connection());
    if (!stats)
        return;
    const QLocale locale;
    for (const auto& row : stats->perMunicipality) {
        auto* item = new QTreeWidgetItem(
            m_counts, {row.name.isEmpty() ? tr("(no municipality)") : row.name, locale.toString(row.count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto* total = new QTreeWidgetItem(m_counts, {tr("Total"), locale.toString(stats->total)});
    QFont bold = total->font(0);
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(1, bold);
    total->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace rullering
