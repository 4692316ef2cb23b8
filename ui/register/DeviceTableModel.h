#pragma once

#include "register/DeviceFilter.h"
#include "register/DeviceListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace rullering {

class Database;
class DeviceListLoader;
class QueryCancellation;

// The register as a table: a window over the filtered, sorted devices. It knows the row count from SQL and
// fetches pages of rows around what the view asks for, keeping a bounded number of pages in memory. Sorting and
// filtering happen in SQL, never here.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1,
        DeviceVersionRole,
    };

    explicit DeviceTableModel(QObject* parent = nullptr);
    ~DeviceTableModel() override;

    // An invalid (default) database empties the model.
    void setDatabase(Database* database);
    void setFilter(const DeviceFilter& filter);
    const DeviceFilter& filter() const { return m_filter; }
    const DeviceSort& deviceSort() const { return m_sort; }
    // Re-reads count and rows (after a change in the database). When the count is unchanged the rows are re-read
    // in place, so the view keeps its selection and scroll position.
    void refresh();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Does not write: asks for the edit with editRequested(), so the page can run it through the undo stack.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The register field an inline edit of column changes; nullopt for columns edited elsewhere (bulk edit).
    static std::optional<DeviceField> editableField(DeviceColumn column);
    void setSort(const DeviceSort& sort);

    // The device at a row (as listed: reference names filled in, notes and dates not).
    std::optional<Device> deviceAt(int row) const;
    // The id of the device shown at row if its rows are already read; no query (a selection may be every device).
    std::optional<qint64> shownDeviceId(qint64 row) const;
    qint64 totalCount() const { return m_count; }
    QString lastError() const { return m_lastError; }

    // Counting on the window's thread gives up after budgetMs and goes on in the background, where a newer filter,
    // search or sort cancels it; meanwhile the model is empty and isLoading(). -1 (the default): counts always on
    // this thread. An in-memory database has no second connection and always counts here.
    void setForegroundBudget(int budgetMs) { m_foregroundBudgetMs = budgetMs; }
    bool isLoading() const { return m_loadingId != 0; }

signals:
    // Only for the newest filter: a superseded count is never reported.
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    void editRequested(qint64 deviceId, int version, DeviceField field, const QVariant& value);
    void queryFailed(const QString& message);

private:
    static constexpr int PageSize = 256;
    static constexpr int MaximumPages = 48;

    const QList<Device>* pageFor(int row) const;
    QVariant displayValue(const Device& device, DeviceColumn column) const;
    void reload();
    std::unique_ptr<QueryCancellation> foregroundBudget() const;
    void startLoading();
    void stopLoading();
    void loaded(quint64 id, qint64 count, const QList<Device>& firstRows);
    void loadFailed(quint64 id, const QString& message);

    Database* m_database = nullptr;
    DeviceFilter m_filter;
    DeviceSort m_sort{DeviceColumn::Hostname, false};
    qint64 m_count = 0;
    mutable QHash<qint64, QList<Device>> m_pages;
    mutable QList<qint64> m_pageUse; // least recently used first
    mutable QString m_lastError;
    int m_foregroundBudgetMs = -1;
    DeviceListLoader* m_loader = nullptr;
    quint64 m_loadingId = 0; // the background request whose result the model waits for
};

} // namespace rullering
