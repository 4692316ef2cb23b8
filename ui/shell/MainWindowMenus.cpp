// The window's menus and actions, and the one place where features plug in.

#include "AccessDialog.h"
#include "AccessGate.h"
#include "AppSession.h"
#include "ConnectServerDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "RecentFiles.h"
#include "import/ImportFeature.h"
#include "planning/PlanningFeature.h"
#include "register/RegisterFeature.h"
#include "reporting/ReportingFeature.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace rullering {

void MainWindow::createFeatures()
{
    // One line per feature; each adds its pages, menu actions and toolbar buttons.
    installRegisterFeature(*this, m_session);
    installPlanningFeature(*this, m_session);
    installReportingFeature(*this, m_session);
    installImportFeature(*this, m_session);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_menus = {{FileMenu, file}, {EditMenu, edit}, {ViewMenu, view}, {ToolsMenu, tools}, {HelpMenu, help}};

    QAction* newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this,
                                         &MainWindow::newDatabase);
    newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"),
                                          this, &MainWindow::openDatabaseDialog);
    openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    openAction->setShortcut(QKeySequence::Open);
    QAction* connectAction = file->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                                             tr("Connect to &Server…"), this, &MainWindow::connectToServer);
    connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    // Features insert their file actions (import, export) before this separator.
    file->addSeparator()->setObjectName(QStringLiteral("fileFeatureSeparator"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QAction* undo = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();

    view->addSeparator();
    QAction* toolbarToggle = m_toolBar->toggleViewAction();
    toolbarToggle->setText(tr("Show &Toolbar"));
    view->addAction(toolbarToggle);

    QAction* demo = tools->addAction(tr("Create &Demo Database…"), this, &MainWindow::generateDemoData);
    demo->setObjectName(QStringLiteral("demoDataAction"));
    QAction* access = tools->addAction(tr("&Access…"), this, [this] {
        AccessDialog dialog(m_session, this);
        dialog.exec();
    });
    access->setObjectName(QStringLiteral("accessAction"));
    m_session.enableWhileOpen(access);
    requireCapability(m_session, access, Capability::ManageAccess);
    tools->addSeparator();
    QAction* preferences = tools->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"),
                                            this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    help->addAction(tr("&About Rullering"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    m_toolBar->addAction(openAction);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    int number = 1;
    for (const QString& path : files) {
        const QString label = number <= 9 ? QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path))
                                          : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(label, this, [this, path] { openDatabase(path, false); });
        ++number;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newDatabase()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath() + QStringLiteral("/rullering.sqlite"),
                                     tr("Rullering databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // The save dialog has asked about replacing; an existing database is never deleted from here.
        QMessageBox::information(this, tr("New Database"),
                                 tr("%1 already exists. It will be opened instead; nothing in it is removed.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString start =
        m_session.databasePath().isEmpty() ? QDir::homePath() : QFileInfo(m_session.databasePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("Rullering databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog([this](const QString& address) { return openRegister(address, false); }, this);
    dialog.exec();
}

void MainWindow::generateDemoData()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Create Demo Database"),
                                                QDir::homePath() + QStringLiteral("/rullering-demo.sqlite"),
                                                tr("Rullering databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("Create Demo Database"),
            tr("%1 already exists. Demo data is only created in a new file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    bool ok = false;
    const int devices = QInputDialog::getInt(this, tr("Create Demo Database"), tr("Number of devices:"), 20000, 100,
                                             2000000, 1000, &ok);
    if (ok && createDemoDatabase(path, devices))
        openDatabase(path, false);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rullering"),
                       tr("<h3>Rullering %1</h3><p>Lifecycle and yearly replacement of the PCs, tablets and printers "
                          "of Norwegian municipalities: register, import, plan, swap, report and order.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace rullering
