#pragma once

#include "register/BulkEditService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rullering {

class AppSession;
class MessageArea;

// Chooses the fields to change for a selection of any size. Only ticked fields are changed, and only they are
// validated; the lifecycle list offers every state, and the service refuses moves a selected device may not make.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(AppSession& session, qint64 selectedCount, QWidget* parent = nullptr);

    BulkEdit edit() const;

    void accept() override;

private:
    void addRow(const QString& label, QWidget* editor, const QString& objectName);
    void reloadUnits();

    AppSession& m_session;
    QGridLayout* m_grid = nullptr;
    QList<QCheckBox*> m_checks;
    QComboBox* m_type = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_network = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_state = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_keep = nullptr;
    QLineEdit* m_notes = nullptr;
    MessageArea* m_message = nullptr;
};

} // namespace rullering
