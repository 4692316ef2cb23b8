#pragma once

#include "register/DeviceFilter.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace rullering {

class AppSession;

// The structured filters beside the register: municipality, location, department, type, network, lifecycle state,
// production-year range, due year and activity. Every change goes to AppSession::setCurrentFilter(), so the table,
// the counts and the charts follow; the search text is kept as it is (the search box owns it).
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(AppSession& session, QWidget* parent = nullptr);

    // Shows filter in the controls (a saved view being opened) without emitting changes on the way.
    void showFilter(const DeviceFilter& filter);
    void clear();

signals:
    // A list of names could not be read: the page shows why (its filter choices are incomplete meanwhile).
    void failed(const QString& message);

private:
    void loadReferences();
    void reloadUnits();
    void apply();
    QListWidget* checkList(const QString& objectName, const QString& accessibleName);

    AppSession& m_session;
    QListWidget* m_municipalities = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_network = nullptr;
    QListWidget* m_types = nullptr;
    QListWidget* m_states = nullptr;
    QSpinBox* m_yearFrom = nullptr;
    QSpinBox* m_yearTo = nullptr;
    QSpinBox* m_dueYear = nullptr;
    QComboBox* m_activity = nullptr;
    QSpinBox* m_activityDays = nullptr;
    bool m_updating = false;
    bool m_applying = false; // the filter being set is the panel's own
};

} // namespace rullering
