#pragma once

#include "planning/PlanPolicy.h"
#include "storage/ReferenceRepository.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QLabel;
class QTableWidget;

namespace rullering {

// The plan editor: the policy of issue 5 rule 1 as a form. The lists of municipalities, locations and
// departments come from the register; the dialog itself never touches storage.
class PlanPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    struct Register
    {
        QList<Municipality> municipalities;
        QList<MunicipalUnit> locations;
        QList<MunicipalUnit> departments;
    };

    PlanPolicyDialog(const PlanPolicy& policy, const Register& reg, QWidget* parent = nullptr);
    PlanPolicy policy() const;
    // What OK does with the settings (saved for everyone, or kept until "Save as…"), shown above the buttons.
    void setSaveNote(const QString& note);

    void accept() override;

private:
    QWidget* createGeneralTab();
    QWidget* createTypesTab();
    QWidget* createMunicipalitiesTab();
    QWidget* createExclusionsTab();

    PlanPolicy m_policy;
    Register m_register;
    QLabel* m_saveNote = nullptr;
    QSpinBox* m_firstYear = nullptr;
    QSpinBox* m_years = nullptr;
    QDateEdit* m_statusDate = nullptr;
    QSpinBox* m_activityDays = nullptr;
    QCheckBox* m_levelled = nullptr;
    QCheckBox* m_excludeKept = nullptr;
    QHash<int, QSpinBox*> m_lifetimes;
    QHash<int, QLineEdit*> m_models;
    QHash<int, QDoubleSpinBox*> m_prices;
    QHash<int, QCheckBox*> m_planned;
    QTableWidget* m_municipalities = nullptr;
    QListWidget* m_locations = nullptr;
    QListWidget* m_departments = nullptr;
};

} // namespace rullering
