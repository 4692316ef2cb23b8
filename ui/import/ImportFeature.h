#pragma once

namespace rullering {

class AppSession;
class MainWindow;

// File > Import... (Ctrl+I), a toolbar button, and CSV files dropped on the window open the import wizard.
void installImportFeature(MainWindow& window, AppSession& session);

} // namespace rullering
