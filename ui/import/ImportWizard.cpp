#include "ImportWizard.h"

#include "ImportWizardPages.h"
#include "shell/AppSession.h"

#include <QScreen>

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
    // As much of the screen as the mapping step can use (its 27 fields), leaving room for a taskbar.
    const QRect available = screen()->availableGeometry();
    resize(qMin(1100, available.width() - 40), qMin(780, available.height() - 40));
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    if (auto* apply = qobject_cast<ImportApplyPage*>(page(ApplyPageId)); apply && apply->cancelRunning())
        return;
    QWizard::reject();
}

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
