#pragma once

#include "util/Result.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace rullering {

class AppSession;
class StartPanel;

// The window: pages in tabs (each feature adds its own), menus, a toolbar and a status bar with the register's
// counts per municipality. Features plug in through createFeatures(), one line each, and never reach storage
// except through core services and models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Menu
    {
        FileMenu,
        EditMenu,
        ViewMenu,
        ToolsMenu,
        HelpMenu,
    };

    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppSession& session() { return m_session; }
    QMenu* menu(Menu which) const;
    QToolBar* toolBar() const { return m_toolBar; }

    // Adds a page as a tab, with a View-menu action to reach it by shortcut. Returns the action.
    QAction* addPage(const QString& id, const QString& title, QWidget* page, const QKeySequence& shortcut);
    void showPage(const QString& id);
    QWidget* page(const QString& id) const;
    // True while the start panel stands in for the pages (no register open, or one without devices).
    bool showsStartPanel() const;

    // Opens path (or creates it), remembering it as recent; shows a message and returns false on failure.
    bool openDatabase(const QString& path, bool create);
    // At start-up: the path given on the command line, else the last one used, else the welcome dialog.
    void openInitialDatabase(const QString& commandLinePath);
    // Creates path with a demo fleet of the given size, showing progress; false if cancelled or failed.
    bool createDemoDatabase(const QString& path, qint64 devices);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();    // MainWindowMenus.cpp
    void createFeatures(); // MainWindowMenus.cpp
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    void connectToServer(); // File › Connect to Server…
    // openDatabase() without its message box: the connect dialog shows the failure itself.
    Status openRegister(const QString& path, bool create);
    void generateDemoData();
    void showPreferences();
    void showAbout();
    void updateTitle();
    void updateCounts();
    void showStartPanel(bool show);
    void saveState() const;
    void restoreWindowState();

    AppSession& m_session;
    QStackedWidget* m_central = nullptr;
    QTabWidget* m_pages = nullptr;
    StartPanel* m_start = nullptr;
    QToolBar* m_toolBar = nullptr;
    QHash<int, QMenu*> m_menus;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QHash<QString, QWidget*> m_pageById;
};

} // namespace rullering
