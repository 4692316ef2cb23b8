#include "ReportingFeature.h"

#include "StatusPage.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace rullering {

void installReportingFeature(MainWindow& window, AppSession& session)
{
    auto* page = new StatusPage(session, &window);
    page->setObjectName(QStringLiteral("statusPage"));
    window.addPage(QStringLiteral("status"), StatusPage::tr("Status"), page, QKeySequence(Qt::CTRL | Qt::Key_4));

    QMenu* file = window.menu(MainWindow::FileMenu);
    QAction* pdf = new QAction(StatusPage::tr("Board Report as P&DF…"), &window);
    pdf->setObjectName(QStringLiteral("boardReportPdfAction"));
    QObject::connect(pdf, &QAction::triggered, page, [&window, page] {
        window.showPage(QStringLiteral("status"));
        page->exportReportPdf();
    });
    QAction* print = new QAction(StatusPage::tr("&Print Board Report…"), &window);
    print->setObjectName(QStringLiteral("boardReportPrintAction"));
    QObject::connect(print, &QAction::triggered, page, [&window, page] {
        window.showPage(QStringLiteral("status"));
        page->printReport();
    });
    QAction* snapshot = new QAction(StatusPage::tr("Record Status S&napshot"), &window);
    snapshot->setObjectName(QStringLiteral("recordSnapshotAction"));
    QObject::connect(snapshot, &QAction::triggered, page, &StatusPage::recordSnapshot);
    requireCapability(session, snapshot, Capability::TakeSnapshot);
    if (file) {
        // Before the last group (Quit) where there is one.
        QAction* before = file->actions().isEmpty() ? nullptr : file->actions().constLast();
        file->insertAction(before, pdf);
        file->insertAction(before, print);
        file->insertSeparator(before);
    }
    if (QMenu* tools = window.menu(MainWindow::ToolsMenu))
        tools->addAction(snapshot);
}

} // namespace rullering
