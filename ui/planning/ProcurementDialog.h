#pragma once

#include "planning/PlanPolicy.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rullering {

class Database;

// The export dialog: a plan year's procurement list to .xlsx or .csv, with a preview of what it holds.
class ProcurementDialog : public QDialog
{
    Q_OBJECT

public:
    ProcurementDialog(Database& database, const PlanPolicy& policy, const QString& planName, QWidget* parent = nullptr);

    void accept() override;

private:
    void updatePreview();
    void browse();

    Database& m_database;
    PlanPolicy m_policy;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_preview = nullptr;
};

} // namespace rullering
