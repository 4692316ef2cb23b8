#pragma once

namespace rullering {

class AppSession;
class MainWindow;

// The Status page (Ctrl+4) with the dashboard charts, and the board report (File menu: PDF and print).
void installReportingFeature(MainWindow& window, AppSession& session);

} // namespace rullering
