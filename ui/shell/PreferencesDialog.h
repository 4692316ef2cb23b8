#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rullering {

// Language and the name recorded in the audit log. Settings live in QSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    static QString languageSetting(); // "", "nb" or "en"
    static QString userNameSetting(); // empty: the operating-system account
    // Applies the stored user name to the audit log's "who".
    static void applyUserName();

    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QLineEdit* m_userName = nullptr;
};

} // namespace rullering
