#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace rullering {

class ImportRunner;
class ImportWizard;
enum class ImportField;
enum class DateOrder;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard& wizard);
    bool isComplete() const override;

private:
    void reload();

    ImportWizard& m_wizard;
    QLineEdit* m_fileEdit;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_profile;
    QLabel* m_detected;
    QLabel* m_error;
    bool m_ok = false;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard& wizard);
    void initializePage() override;
    bool validatePage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QComboBox* tableCombo(const QString& objectName, const QString& accessibleName);
    void fillMappingTable();
    void mappingEdited();
    QComboBox* dateOrderCombo(ImportField field, const QStringList& columns);
    void setDateOrder(const QStringList& columns, DateOrder order);
    void updatePreview();
    void saveMapping();
    void loadSavedMapping(const QString& name);

    ImportWizard& m_wizard;
    QTableWidget* m_mappingTable;
    QTableWidget* m_preview;
    QCheckBox* m_emptyClears;
    QLineEdit* m_municipality;
    QComboBox* m_saved;
    QLineEdit* m_name;
    QLabel* m_message;
    bool m_filling = false;
};

class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDryRunPage(ImportWizard& wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void showReport();
    void exportRejected();

    ImportWizard& m_wizard;
    ImportRunner* m_runner;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTreeWidget* m_changes;
    QTableWidget* m_rejected;
    QTreeWidget* m_missing;
    QListWidget* m_notes;
    QTabWidget* m_tabs;
    QPushButton* m_exportRejected;
    QCheckBox* m_skipRejected;
    bool m_done = false;
};

class ImportApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportApplyPage(ImportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // The wizard's own Cancel while the import runs: stops it (nothing is stored) and keeps the wizard open to say so.
    // False when nothing was running.
    bool cancelRunning();

private:
    void apply();
    void finished();

    ImportWizard& m_wizard;
    ImportRunner* m_runner;
    QPushButton* m_apply;
    QProgressBar* m_progress;
    QLabel* m_result;
    bool m_done = false;
};

} // namespace rullering
