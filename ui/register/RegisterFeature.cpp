#include "RegisterFeature.h"

#include "DevicesPage.h"
#include "shell/MainWindow.h"

#include <QKeySequence>

namespace rullering {

void installRegisterFeature(MainWindow& window, AppSession& session)
{
    auto* page = new DevicesPage(session, &window);
    window.addPage(QStringLiteral("devices"), DevicesPage::tr("Devices"), page, QKeySequence(Qt::CTRL | Qt::Key_1));
}

} // namespace rullering
