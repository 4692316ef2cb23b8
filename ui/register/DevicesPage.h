#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTreeWidget;

namespace rullering {

class AppSession;
class DeviceTableModel;

// The register: the device table and, beside it, the devices per municipality.
class DevicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPage(AppSession& session, QWidget* parent = nullptr);
    ~DevicesPage() override;

    QTableView* tableView() const { return m_table; }
    DeviceTableModel* model() const { return m_model; }

private:
    void databaseOpened();
    void refreshCounts();
    void sizeColumns();

    AppSession& m_session;
    DeviceTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTreeWidget* m_counts = nullptr;
};

} // namespace rullering
