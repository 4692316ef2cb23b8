#pragma once

namespace rullering {

class AppSession;
class MainWindow;

// The Plan page (Ctrl+3) with the plan editor, scenario comparison and the procurement export, and their menu
// actions.
void installPlanningFeature(MainWindow& window, AppSession& session);

} // namespace rullering
