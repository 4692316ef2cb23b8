#pragma once

#include "planning/PlanPolicy.h"
#include "planning/PlanService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rullering {

class AppSession;
class MessageArea;
class PlanDeviceModel;
class PlanTableModel;

// The Plan page: the plan per municipality and year (counted by the database, so it is quick on a large
// register), a drill-down to the devices behind a cell and the reason each is there, and the entry points to
// the policy editor, scenarios and the procurement export.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(AppSession& session, QWidget* parent = nullptr);
    ~PlanPage() override;

    const PlanPolicy& policy() const { return m_policy; }
    QString planName() const;

    void editPolicy();
    void savePlanAs();
    void compareScenarios();
    void exportProcurement();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void databaseOpened();
    void refreshWhenShown(); // a plan over a large register takes a moment: count it only when it is seen
    void reloadPlanNames(const QString& select = {});
    void planChosen(int index);
    // The current settings ("(current settings)") are stored in the register (PlanRepository::current), so an
    // edit survives a restart and the report, the export and the status read the same values.
    void loadCurrentSettings();
    void saveCurrentSettings();
    void refresh();
    void showDevices(qint64 municipalityId, int year, PlanStatus status, const QString& title);
    void cellActivated(const QModelIndex& index);
    bool ensureDetailedPlan();
    static QString choosePrompt();

    AppSession& m_session;
    PlanPolicy m_policy;
    std::unique_ptr<PlanService> m_service;
    std::optional<PlanResult> m_detailed; // device-level plan, computed when the drill-down first needs it
    PlanTableModel* m_model = nullptr;
    PlanDeviceModel* m_devices = nullptr;
    QComboBox* m_planCombo = nullptr;
    QCheckBox* m_levelled = nullptr;
    QComboBox* m_figure = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_deviceTable = nullptr;
    QLabel* m_title = nullptr;
    MessageArea* m_message = nullptr;
    QLabel* m_deviceTitle = nullptr;
    QPushButton* m_collectButton = nullptr;
    QPushButton* m_needsDataButton = nullptr;
    QLabel* m_outside = nullptr;
    bool m_stale = false;
};

} // namespace rullering
