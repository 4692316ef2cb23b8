#include "RegisterFeature.h"

#include "DevicesPage.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "swap/SwapPage.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace rullering {

void installRegisterFeature(MainWindow& window, AppSession& session)
{
    auto* page = new DevicesPage(session, &window);
    window.addPage(QStringLiteral("devices"), DevicesPage::tr("Devices"), page, QKeySequence(Qt::CTRL | Qt::Key_1));
    auto* swap = new SwapPage(session, &window);
    window.addPage(QStringLiteral("swap"), SwapPage::tr("Swap"), swap, QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu* edit = window.menu(MainWindow::EditMenu);
    edit->addSeparator();
    edit->addAction(page->findAction());
    edit->addAction(page->bulkEditAction());
    // Beside the other exports, before the group that ends the File menu.
    QMenu* file = window.menu(MainWindow::FileMenu);
    QAction* fileEnd = nullptr;
    for (QAction* action : file->actions()) {
        if (action->objectName() == QLatin1String("fileFeatureSeparator"))
            fileEnd = action;
    }
    file->insertAction(fileEnd, page->exportViewAction());
    QMenu* view = window.menu(MainWindow::ViewMenu);
    view->addSeparator();
    view->addAction(page->clearFiltersAction());
    view->addAction(page->saveViewAction());
    view->addAction(page->deleteViewAction());
    view->addMenu(page->columnsMenu());
    view->addAction(page->detailsAction());
    // The menu actions act on the register: show it first when used from another page.
    for (QAction* action : {page->findAction(), page->bulkEditAction(), page->saveViewAction(),
                            page->clearFiltersAction(), page->exportViewAction()})
        QObject::connect(action, &QAction::triggered, &window,
                         [&window] { window.showPage(QStringLiteral("devices")); });

    auto* summary = new QLabel(&window);
    summary->setObjectName(QStringLiteral("viewSummaryLabel"));
    window.statusBar()->addPermanentWidget(summary);
    QObject::connect(page, &DevicesPage::viewSummaryChanged, summary, &QLabel::setText);
    // The count of the Devices page's view, shown only beside that page (not under Plan or Status, nor under the
    // start panel of an empty register, where "0 devices in this view" would only repeat "0 devices").
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pages"))) {
        auto follow = [tabs, page, summary, &window] {
            summary->setVisible(tabs->currentWidget() == page && !window.showsStartPanel());
        };
        QObject::connect(tabs, &QTabWidget::currentChanged, summary, follow);
        if (auto* central = window.findChild<QStackedWidget*>(QStringLiteral("centralStack")))
            QObject::connect(central, &QStackedWidget::currentChanged, summary, follow);
        follow();
    }
}

} // namespace rullering
