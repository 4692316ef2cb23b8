#include "MainWindow.h"

#include "AccessGate.h"
#include "AppSession.h"
#include "ConnectionIndicator.h"
#include "RecentFiles.h"
#include "StartPanel.h"
#include "WelcomeDialog.h"
#include "generate/FleetGenerator.h"
#include "storage/RegisterStatistics.h"
#include "storage/ServerAddress.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QToolBar>

#include <atomic>

namespace rullering {

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rullering.svg")));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_start = new StartPanel(this);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_pages);
    m_central->addWidget(m_start);
    // The pages for a register already open (updateCounts() decides once it has counted), else the start panel.
    m_central->setCurrentWidget(m_session.isOpen() ? static_cast<QWidget*>(m_pages) : m_start);
    setCentralWidget(m_central);

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    // The per-municipality counts take what room is left and are cut at its edge, never drawn over the labels
    // beside them (the whole text is the tooltip); the path is shortened in its middle.
    m_countsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countsLabel->setMinimumWidth(m_countsLabel->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_pathLabel);
    // On a server: which server, database, user and role this window works as (a file shows its path, as before).
    auto* accessLabel = new QLabel(this);
    accessLabel->setObjectName(QStringLiteral("accessLabel"));
    accessLabel->hide();
    statusBar()->addPermanentWidget(accessLabel);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(new ConnectionIndicator(m_session, this));

    createMenus();
    createFeatures();
    m_start->setImportAction(findChild<QAction*>(QStringLiteral("importAction")));
    m_start->setDemoAction(findChild<QAction*>(QStringLiteral("demoDataAction")));
    m_start->setOpenAction(findChild<QAction*>(QStringLiteral("openDatabaseAction")));
    m_start->setConnectAction(findChild<QAction*>(QStringLiteral("connectServerAction")));
    m_start->setNewAction(findChild<QAction*>(QStringLiteral("newDatabaseAction")));

    connect(&m_session, &AppSession::databaseOpened, this, [this] {
        updateTitle();
        // The counts read the whole register: after the first rows are painted, not before.
        QTimer::singleShot(0, this, &MainWindow::updateCounts);
    });
    connect(&m_session, &AppSession::dataChanged, this, &MainWindow::updateCounts);
    connect(&m_session, &AppSession::databaseClosed, this, [this] {
        m_countsLabel->clear();
        m_pathLabel->clear();
        findChild<QLabel*>(QStringLiteral("accessLabel"))->hide();
        m_readOnlyLabel->hide();
        m_start->setRegisterName(QString());
        showStartPanel(true);
    });
    restoreWindowState();
    updateTitle();
    if (m_session.isOpen())
        QTimer::singleShot(0, this, &MainWindow::updateCounts);
}

MainWindow::~MainWindow() = default;

QMenu* MainWindow::menu(Menu which) const
{
    return m_menus.value(which);
}

QAction* MainWindow::addPage(const QString& id, const QString& title, QWidget* page, const QKeySequence& shortcut)
{
    page->setObjectName(id + QStringLiteral("Page"));
    const int index = m_pages->addTab(page, title);
    m_pageById.insert(id, page);
    auto* action = new QAction(title, this);
    action->setObjectName(id + QStringLiteral("PageAction"));
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, page] { m_pages->setCurrentWidget(page); });
    // In the order of the tabs: after the pages added before, before the separator that ends the group.
    QAction* groupEnd = nullptr;
    for (QAction* item : menu(ViewMenu)->actions()) {
        if (item->isSeparator()) {
            groupEnd = item;
            break;
        }
    }
    menu(ViewMenu)->insertAction(groupEnd, action);
    // One Tab leaves a table (Ctrl+Tab too): cells are walked with the arrow keys.
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    m_pages->setTabToolTip(
        index,
        shortcut.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

void MainWindow::showPage(const QString& id)
{
    if (QWidget* target = m_pageById.value(id))
        m_pages->setCurrentWidget(target);
}

QWidget* MainWindow::page(const QString& id) const
{
    return m_pageById.value(id);
}

bool MainWindow::showsStartPanel() const
{
    return m_central->currentWidget() == m_start;
}

void MainWindow::showStartPanel(bool show)
{
    m_central->setCurrentWidget(show ? static_cast<QWidget*>(m_start) : m_pages);
}

bool MainWindow::openDatabase(const QString& path, bool create)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = openRegister(path, create);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the database"), opened.errorMessage());
        return false;
    }
    return true;
}

Status MainWindow::openRegister(const QString& path, bool create)
{
    const Status opened =
        m_session.openDatabase(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    const bool server = ServerAddress::isServerAddress(path);
    if (!opened) {
        // A server that does not answer now may answer later: only a file that is gone leaves the list.
        if (!create && !server && !QFileInfo::exists(path))
            RecentFiles::remove(path);
        rebuildRecentMenu();
        return opened;
    }
    // A server's address is remembered without its password (Database::displayPath()); only files reopen by
    // themselves at start-up.
    RecentFiles::add(server ? m_session.database()->displayPath() : path);
    if (!server)
        QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    rebuildRecentMenu();
    return opened;
}

void MainWindow::openInitialDatabase(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty()) {
        // Opening is not creating: a mistyped path says so instead of leaving an empty register behind. New
        // registers come from File > New (or a writing rullering-cli command).
        openDatabase(commandLinePath, false);
        return;
    }
    const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && openDatabase(last, false))
        return;
    const QString standard = Database::defaultPath();
    if (QFileInfo::exists(standard)) {
        openDatabase(standard, false);
        return;
    }
    // First start: offer demo data, an empty register or an existing file.
    WelcomeDialog welcome(standard, this);
    if (welcome.exec() != QDialog::Accepted)
        return;
    switch (welcome.choice()) {
    case WelcomeDialog::DemoData:
        if (createDemoDatabase(standard, welcome.demoDeviceCount()))
            openDatabase(standard, false);
        break;
    case WelcomeDialog::EmptyDatabase:
        openDatabase(standard, true);
        break;
    case WelcomeDialog::OpenExisting:
        openDatabaseDialog();
        break;
    }
}

bool MainWindow::createDemoDatabase(const QString& path, qint64 devices)
{
    QProgressDialog progress(tr("Creating demo data…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    QString error;
    // The generator opens its own connection in the worker thread: connections belong to their thread.
    QThread* worker = QThread::create([&] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            error = db.errorMessage();
            return;
        }
        GenerateOptions options;
        options.devices = devices;
        Result<GenerateSummary> summary = FleetGenerator::generate(*db.value(), options, [&](qint64 n, qint64) {
            done = n;
            return !cancelled.load();
        });
        if (!summary)
            error = summary.errorMessage();
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        progress.setValue(static_cast<int>(done * 1000 / qMax<qint64>(1, devices)));
        if (progress.wasCanceled())
            cancelled = true;
    });
    timer.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (!error.isEmpty()) {
        if (!cancelled)
            QMessageBox::warning(this, tr("Demo data"), error);
        return false;
    }
    return true;
}

void MainWindow::updateTitle()
{
    const QString path = m_session.databasePath();
    const bool readOnly = m_session.database() && m_session.database()->isReadOnly();
    const TeamAccess& access = teamAccess(m_session);
    const bool onServer = m_session.isOpen() && access.isServer();
    // A server's address may hold a password and says less than its database and server: those name it, and the
    // access label in the status bar says them with the user and role (the address without a password as tooltip).
    setWindowFilePath(onServer ? QString() : path);
    const QString name =
        onServer ? tr("%1 on %2").arg(access.databaseName(), access.serverName()) : QFileInfo(path).fileName();
    QString title = path.isEmpty() ? QStringLiteral("Rullering") : QStringLiteral("%1 — Rullering").arg(name);
    if (readOnly)
        title = tr("%1 (read-only)").arg(title);
    setWindowTitle(title);
    const QString shown = QDir::toNativeSeparators(path);
    m_pathLabel->setText(
        onServer ? QString()
                 : m_pathLabel->fontMetrics().elidedText(
                       shown, Qt::ElideMiddle, m_pathLabel->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28));
    m_pathLabel->setToolTip(onServer ? QString() : shown);
    m_pathLabel->setVisible(!onServer);
    auto* accessLabel = findChild<QLabel*>(QStringLiteral("accessLabel"));
    accessLabel->setText(onServer
                             ? tr("Server %1 · database %2 · %3 (%4)")
                                   .arg(access.serverName(), access.databaseName(), access.user(), access.roleText())
                             : QString());
    accessLabel->setToolTip(onServer && m_session.database() ? m_session.database()->displayPath() : QString());
    accessLabel->setVisible(onServer);
    // Said where the eye goes while working, not only in the title: every change will be refused.
    m_readOnlyLabel->setText(readOnly ? tr("Read-only (file or folder permissions): changes cannot be saved.")
                                      : QString());
    m_readOnlyLabel->setVisible(readOnly);
}

void MainWindow::updateCounts()
{
    Database* db = m_session.database();
    if (!db) {
        m_countsLabel->clear();
        return;
    }
    Result<RegisterStatistics> stats = RegisterStatistics::computeByMunicipality(*db);
    if (!stats) {
        m_countsLabel->setText(stats.errorMessage());
        showStartPanel(false);
        return;
    }
    // A register without devices has nothing to show on any page: say how to get devices in instead.
    m_start->setRegisterName(QFileInfo(m_session.databasePath()).fileName());
    showStartPanel(stats->total == 0);
    const QLocale locale;
    QStringList parts;
    for (const auto& row : stats->perMunicipality)
        parts.append(QStringLiteral("%1 %2").arg(row.name.isEmpty() ? tr("(no municipality)") : row.name,
                                                 locale.toString(row.count)));
    m_countsLabel->setText(tr("%Ln device(s)", nullptr, static_cast<int>(qMin<qint64>(stats->total, INT_MAX))) +
                           (parts.isEmpty() ? QString() : QStringLiteral(" · ") + parts.join(QStringLiteral(" · "))));
    m_countsLabel->setToolTip(m_countsLabel->text());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("mainWindow/page"),
                      m_pages->currentWidget() ? m_pages->currentWidget()->objectName() : QString());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: never wider or taller than the screen (a technician's 1024×768 laptop).
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available));
    }
    QMainWindow::restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QString pageName = settings.value(QStringLiteral("mainWindow/page")).toString();
    for (QWidget* candidate : std::as_const(m_pageById)) {
        if (candidate->objectName() == pageName)
            m_pages->setCurrentWidget(candidate);
    }
}

} // namespace rullering
