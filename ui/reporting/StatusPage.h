#pragma once

#include "BoardReport.h"
#include "reporting/Dashboard.h"
#include "reporting/PlanSeries.h"
#include "reporting/ReportScope.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace rullering {

class AppSession;
class ChartPanel;
class MessageArea;
class SeriesTableModel;

// Status as of a date per municipality and in total, with the dashboard charts (age, progress, activity, plan)
// and the status history. Follows the register's current filter (the Devices page's), says so plainly above the
// figures with one click to show the whole register again, and refreshes when the data changes.
class StatusPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPage(AppSession& session, QWidget* parent = nullptr);

    QDate statusDate() const;
    void setStatusDate(const QDate& date);
    int activityDays() const;
    const Dashboard& dashboard() const { return m_dashboard; }

    // Recomputes the status and the charts; the plan is computed when its tab or the report needs it.
    void refresh();
    // The report's content for the current date and window over scope (computes the plan if needed). The plan and
    // the procurement list are narrowed to the scope's municipalities; the status and the charts to all of it.
    Result<BoardReportInput> reportInput(const ReportScope& scope = ReportScope::whole());
    // Asks what the report covers (ReportScopeDialog); nothing when cancelled.
    std::optional<ReportScope> chooseReportScope();

    void exportReportPdf();
    // Writes the report over scope to path and says on the page where it went (or why not).
    Status saveReportPdf(const ReportScope& scope, const QString& path);
    void printReport();
    void recordSnapshot();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Refreshes now when shown, else on the next show: a hidden page costs nothing on each change.
    void refreshWhenShown();
    void ensurePlan();
    void showAge();
    void showPlan();
    void refreshHistory();
    QString municipalitySelection(const QList<qint64>& ids) const;
    void showScope();
    QWidget* createScopeBar();

    AppSession& m_session;
    QDateEdit* m_dateEdit = nullptr;
    QSpinBox* m_daysSpin = nullptr;
    QLabel* m_summary = nullptr;
    MessageArea* m_message = nullptr;
    QWidget* m_scopeBar = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QLabel* m_inference = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_statusView = nullptr;
    SeriesTableModel* m_statusModel = nullptr;
    ChartPanel* m_agePanel = nullptr;
    QComboBox* m_ageStack = nullptr;
    ChartPanel* m_progressPanel = nullptr;
    ChartPanel* m_activityPanel = nullptr;
    ChartPanel* m_planPanel = nullptr;
    QComboBox* m_planMunicipality = nullptr;
    QLabel* m_planNote = nullptr;
    QString m_planError; // why the last plan could not be computed, for the report
    QTableView* m_historyView = nullptr;
    SeriesTableModel* m_historyModel = nullptr;
    QLabel* m_tertialLabel = nullptr;
    QTableView* m_tertialView = nullptr;
    SeriesTableModel* m_tertialModel = nullptr;

    Dashboard m_dashboard;
    bool m_stale = false;
    std::optional<PlanSummary> m_plan; // for m_planDate; dropped when the data changes
    QDate m_planDate;
    PlanSeries m_planSeries;
};

} // namespace rullering
