#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace rullering {

// What a new, empty register shows instead of pages with nothing in them: the ways to get devices in (import an
// export, or a new register when none is open; the demo fleet, another register file, a register on a server), each a
// button for the window's own action.
class StartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StartPanel(QWidget* parent = nullptr);

    // Connects a choice to the action it stands for; the button follows the action's enabled state.
    void setImportAction(QAction* action);
    void setDemoAction(QAction* action);
    void setOpenAction(QAction* action);
    void setConnectAction(QAction* action);
    void setNewAction(QAction* action);
    // The register shown (its file), or empty when none is open.
    void setRegisterName(const QString& name);

private:
    QWidget* choice(const QString& objectName, const QString& title, const QString& explanation);
    void bind(const QString& objectName, QAction* action);

    QLabel* m_heading = nullptr;
    QWidget* m_importChoice = nullptr; // shown for an open, empty register
    QWidget* m_newChoice = nullptr;    // shown when no register is open
};

} // namespace rullering
