#pragma once

#include "register/BulkEditService.h"
#include "register/SavedViews.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace rullering {

class AppSession;
class DetailsPane;
class DeviceTableModel;
class FilterPanel;
class MessageArea;

// The register: filters on the left, the search box, saved views and the device table in the middle, the selected
// device's details and history on the right. Edits go through the undo stack.
class DevicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPage(AppSession& session, QWidget* parent = nullptr);
    ~DevicesPage() override;

    QTableView* tableView() const { return m_table; }
    DeviceTableModel* model() const { return m_model; }
    FilterPanel* filterPanel() const { return m_filters; }
    DetailsPane* detailsPane() const { return m_details; }
    QMenu* columnsMenu() const { return m_columnsMenu; }

    // The actions the main window shows in its menus, with their shortcuts.
    QAction* findAction() const { return m_findAction; }
    QAction* bulkEditAction() const { return m_bulkEditAction; }
    QAction* saveViewAction() const { return m_saveViewAction; }
    QAction* deleteViewAction() const { return m_deleteViewAction; }
    QAction* clearFiltersAction() const { return m_clearFiltersAction; }
    QAction* detailsAction() const { return m_detailsAction; }
    QAction* exportViewAction() const { return m_exportViewAction; }

    // The selected devices (ids and versions), read from SQL range by range: a selection may be every device.
    // Exactly the selection or an Error: a range that cannot be read, or rows gone since they were selected.
    Result<QList<DeviceStamp>> selectedStamps() const;
    qint64 selectedCount() const;

    void openView(const SavedView& view);
    SavedView currentView(const QString& name) const;
    void bulkEdit();
    // Applies edit to exactly the selected devices, or refuses with a message (what bulkEdit does after its dialog).
    void editSelection(const BulkEdit& edit);
    // The table as shown (filter, sort, shown columns in their order) to a CSV or XLSX file; asks where unless
    // given a file. DevicesPageExport.cpp.
    void exportView(const QString& file = QString());
    // Ctrl+C in the table: the selected rows as tab-separated text with the header, to paste as cells.
    void copySelectedRows();
    QList<DeviceColumn> shownColumns() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void viewSummaryChanged(const QString& text);

private:
    void databaseOpened();
    void sizeColumns();
    void applySearch();
    void editRequested(qint64 deviceId, int version, DeviceField field, const QVariant& value);
    void runEdit(const QList<DeviceStamp>& selection, const BulkEdit& edit);
    void showMessage(const QString& text);
    void updateSummary();
    void reloadViewNames();
    void saveView();
    void deleteView();
    void rebuildColumnsMenu();

    AppSession& m_session;
    DeviceTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    FilterPanel* m_filters = nullptr;
    DetailsPane* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_views = nullptr;
    MessageArea* m_message = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_bulkEditAction = nullptr;
    QAction* m_saveViewAction = nullptr;
    QAction* m_deleteViewAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_detailsAction = nullptr;
    QAction* m_exportViewAction = nullptr;
};

} // namespace rullering
