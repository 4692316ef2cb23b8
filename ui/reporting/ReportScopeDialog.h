#pragma once

#include "reporting/ReportScope.h"

#include <QDialog>

class QListWidget;
class QRadioButton;

namespace rullering {

// Asked before a board report is made: what it covers. The whole register unless the person chooses otherwise
// here; the Devices page's filter is offered, never applied silently.
class ReportScopeDialog : public QDialog
{
    Q_OBJECT

public:
    ReportScopeDialog(Database& database, const DeviceFilter& devicesFilter, QWidget* parent = nullptr);

    ReportScope scope() const;
    void accept() override;

private:
    Database& m_database;
    DeviceFilter m_devicesFilter;
    QRadioButton* m_whole = nullptr;
    QRadioButton* m_municipalities = nullptr;
    QRadioButton* m_filter = nullptr;
    QListWidget* m_municipalityList = nullptr;
};

} // namespace rullering
