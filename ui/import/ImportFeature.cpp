#include "ImportFeature.h"

#include "DeviceExport.h"
#include "ImportWizard.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QToolBar>

namespace rullering {
namespace {

void openWizard(MainWindow& window, AppSession& session, const QString& file)
{
    if (!session.isOpen())
        return;
    auto* wizard = new ImportWizard(session, &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        wizard->setFile(file);
    wizard->open();
}

// Accepts a dropped file on the main window and opens the wizard with it.
class DropFilter : public QObject
{
public:
    DropFilter(MainWindow& window, AppSession& session)
        : QObject(&window)
        , m_window(window)
        , m_session(session)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::DragEnter) {
            auto* drag = static_cast<QDragEnterEvent*>(event);
            if (m_session.isOpen() && droppedFile(drag->mimeData()).size() > 0) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QString file = droppedFile(drop->mimeData());
            if (!file.isEmpty()) {
                drop->acceptProposedAction();
                openWizard(m_window, m_session, file);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static QString droppedFile(const QMimeData* data)
    {
        if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().constFirst().isLocalFile())
            return QString();
        const QString path = data->urls().constFirst().toLocalFile();
        return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                       path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)
                   ? path
                   : QString();
    }

    MainWindow& m_window;
    AppSession& m_session;
};

} // namespace

void installImportFeature(MainWindow& window, AppSession& session)
{
    auto* action = new QAction(ImportWizard::tr("&Import Devices…"), &window);
    action->setObjectName(QStringLiteral("importAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    action->setStatusTip(ImportWizard::tr("Import devices from an Intune, AD, ConfigMgr or spreadsheet CSV file"));
    session.enableWhileOpen(action);
    requireCapability(session, action, Capability::Import);
    QObject::connect(action, &QAction::triggered, &window,
                     [&window, &session] { openWizard(window, session, QString()); });
    QMenu* file = window.menu(MainWindow::FileMenu);
    const QList<QAction*> actions = file->actions();
    file->insertAction(actions.size() > 2 ? actions.at(2) : nullptr, action);
    window.toolBar()->addAction(action);

    // Its other half: the register as the CSV the import reads back whole.
    auto* exportAction = new QAction(ImportWizard::tr("E&xport Devices…"), &window);
    exportAction->setObjectName(QStringLiteral("exportDevicesAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setStatusTip(ImportWizard::tr("Write every device, swaps included, to a CSV file Rullering can "
                                                "import again"));
    session.enableWhileOpen(exportAction);
    QObject::connect(exportAction, &QAction::triggered, &window,
                     [&window, &session] { exportDevices(&window, session); });
    file->insertAction(actions.size() > 2 ? actions.at(2) : nullptr, exportAction);

    window.setAcceptDrops(true);
    window.installEventFilter(new DropFilter(window, session));
}

} // namespace rullering
