#pragma once

namespace rullering {

class AppSession;
class MainWindow;

// The Devices page: the register table with counts per municipality.
void installRegisterFeature(MainWindow& window, AppSession& session);

} // namespace rullering
