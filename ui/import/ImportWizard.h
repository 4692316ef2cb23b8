#pragma once

#include "import/ImportApplier.h"

#include <QWizard>

#include <optional>

namespace rullering {

class AppSession;

// The import, step by step: the file with its detected encoding, delimiter and profile (each changeable), the
// column mapping with a live preview of the rows as they will be stored, the dry run's summary (changes,
// rejected rows exportable to CSV, devices missing from the source), then the apply in a worker thread with
// progress and Cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        DryRunPageId,
        ApplyPageId,
    };

    explicit ImportWizard(AppSession& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString& path);
    AppSession& session() { return m_session; }

    // What the pages share.
    QString file() const { return m_file; }
    ImportOptions& options() { return m_options; }
    const std::optional<ImportPreview>& preview() const { return m_preview; }
    // Reads the first rows with the chosen encoding, delimiter and profile; the mapping follows the profile.
    Status reloadPreview();
    ColumnMapping& mapping() { return m_mapping; }
    std::optional<ImportReport>& dryRunReport() { return m_dryRunReport; }

    // Cancel (the button, Escape) while the import is applied cancels the import, not the wizard: one Cancel.
    void reject() override;

signals:
    void fileChanged(const QString& path);

private:
    AppSession& m_session;
    QString m_file;
    ImportOptions m_options;
    std::optional<ImportPreview> m_preview;
    ColumnMapping m_mapping;
    std::optional<ImportReport> m_dryRunReport;
};

} // namespace rullering
