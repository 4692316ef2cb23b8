#include "StartPanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rullering {

StartPanel::StartPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPanel"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("startHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);

    auto* column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addSpacing(12);
    m_importChoice = choice(QStringLiteral("startImportButton"), tr("&Import an export…"),
                            tr("A CSV file from Microsoft Intune (All devices), Active Directory "
                               "(Get-ADComputer), Configuration Manager (ConfigMgr) or a spreadsheet saved as "
                               "CSV. A dry run shows what would change before anything is stored."));
    column->addWidget(m_importChoice);
    // With no register open there is nothing to import into yet: a new, empty one comes first.
    m_newChoice = choice(QStringLiteral("startNewButton"), tr("&New empty register…"),
                         tr("A new register file, to import your own exports into."));
    column->addWidget(m_newChoice);
    column->addWidget(choice(QStringLiteral("startDemoButton"), tr("Create the &demo fleet…"),
                             tr("A new register with a realistic made-up fleet of the Molde partnership, to try "
                                "planning, swaps and reports before your own data is in.")));
    column->addWidget(choice(QStringLiteral("startOpenButton"), tr("Open &another register…"),
                             tr("A register file you or a colleague already keeps.")));
    column->addWidget(choice(QStringLiteral("startConnectButton"), tr("&Connect to a server…"),
                             tr("A register shared on a PostgreSQL server, as your IT department set it up.")));
    column->addStretch();

    // Scrolls rather than cuts on a small screen or with large text.
    auto* inner = new QWidget(this);
    auto* centred = new QHBoxLayout(inner);
    centred->addStretch(1);
    centred->addLayout(column, 4);
    centred->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 24, 0, 0);
    layout->addWidget(scroll);
    setRegisterName(QString());
}

QWidget* StartPanel::choice(const QString& objectName, const QString& title, const QString& explanation)
{
    auto* box = new QWidget(this);
    auto* button = new QPushButton(title, box);
    button->setObjectName(objectName);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    button->setFont(font);
    button->setAccessibleDescription(explanation);
    auto* text = new QLabel(explanation, box);
    text->setObjectName(objectName + QStringLiteral("Text"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addWidget(text);
    return box;
}

void StartPanel::bind(const QString& objectName, QAction* action)
{
    auto* button = findChild<QPushButton*>(objectName);
    if (!button || !action)
        return;
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    button->setEnabled(action->isEnabled());
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
}

void StartPanel::setImportAction(QAction* action)
{
    bind(QStringLiteral("startImportButton"), action);
}

void StartPanel::setDemoAction(QAction* action)
{
    bind(QStringLiteral("startDemoButton"), action);
}

void StartPanel::setOpenAction(QAction* action)
{
    bind(QStringLiteral("startOpenButton"), action);
}

void StartPanel::setConnectAction(QAction* action)
{
    bind(QStringLiteral("startConnectButton"), action);
}

void StartPanel::setNewAction(QAction* action)
{
    bind(QStringLiteral("startNewButton"), action);
}

void StartPanel::setRegisterName(const QString& name)
{
    m_importChoice->setVisible(!name.isEmpty());
    m_newChoice->setVisible(name.isEmpty());
    m_heading->setText(name.isEmpty() ? tr("<h2>No register is open</h2><p>Start a new register, try the demo "
                                           "fleet, or open a register you already have.</p>")
                                      : tr("<h2>%1 has no devices yet</h2><p>Get the devices in, and the "
                                           "Devices, Plan and Status pages fill in.</p>")
                                            .arg(name.toHtmlEscaped()));
}

} // namespace rullering
