#pragma once

#include "planning/PlanService.h"

#include <QDialog>

class QFontMetrics;
class QListWidget;
class QTableWidget;
class QTableWidgetItem;

namespace rullering {

class Database;

// Scenario comparison: several saved plans (and the current settings) side by side, devices and cost per
// municipality and year.
class ScenarioDialog : public QDialog
{
    Q_OBJECT

public:
    ScenarioDialog(Database& database, const PlanPolicy& current, QWidget* parent = nullptr);

private:
    void compare();
    QTableWidgetItem* headerItem(const QStringList& lines) const;
    static QString wrapped(const QFontMetrics& metrics, const QString& text, int width, int maxLines);

    Database& m_database;
    PlanPolicy m_current;
    QListWidget* m_plans = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace rullering
