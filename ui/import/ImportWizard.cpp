#include "ImportWizard.h"

#include "ImportWizardPages.h"
#include "shell/AppSession.h"

namespace rullering {

ImportWizard::ImportWizard(AppSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import devices"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePageId, new ImportFilePage(*this));
    setPage(MappingPageId, new ImportMappingPage(*this));
    setPage(DryRunPageId, new ImportDryRunPage(*this));
    setPage(ApplyPageId, new ImportApplyPage(*this));
    resize(980, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString& path)
{
    m_file = path;
    emit fileChanged(path);
}

Status ImportWizard::reloadPreview()
{
    m_preview.reset();
    if (m_file.isEmpty())
        return Error(tr("Choose a file."));
    m_options.mapping.reset(); // the profile decides; the mapping page edits m_mapping from there
    Result<ImportPreview> preview = ImportApplier::preview(m_file, m_options, 50);
    if (!preview)
        return preview.error();
    m_preview = preview.value();
    m_mapping = m_preview->mapping;
    return {};
}

} // namespace rullering
