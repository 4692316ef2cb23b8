#include "PlanningFeature.h"

#include "PlanPage.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace rullering {

void installPlanningFeature(MainWindow& window, AppSession& session)
{
    auto* page = new PlanPage(session, &window);
    window.addPage(QStringLiteral("plan"), PlanPage::tr("Plan"), page, QKeySequence(Qt::CTRL | Qt::Key_3));

    QMenu* tools = window.menu(MainWindow::ToolsMenu);
    auto add = [&](const QString& text, const QString& name, const QKeySequence& shortcut, void (PlanPage::*slot)()) {
        QAction* action = tools->addAction(text);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        QObject::connect(action, &QAction::triggered, page, [&window, page, slot] {
            window.showPage(QStringLiteral("plan"));
            (page->*slot)();
        });
        session.enableWhileOpen(action);
    };
    tools->addSeparator();
    add(PlanPage::tr("Edit Plan Poli&cy…"), QStringLiteral("editPlanPolicyAction"), {}, &PlanPage::editPolicy);
    requireCapability(session, tools->actions().constLast(), Capability::EditPlans);
    add(PlanPage::tr("Compare Plan &Scenarios…"), QStringLiteral("compareScenariosAction"), {},
        &PlanPage::compareScenarios);
    add(PlanPage::tr("Export P&rocurement List…"), QStringLiteral("exportProcurementAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &PlanPage::exportProcurement);
}

} // namespace rullering
