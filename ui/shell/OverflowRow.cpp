#include "OverflowRow.h"

#include <QAbstractButton>
#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QResizeEvent>
#include <QToolButton>

namespace rullering {

OverflowRow::OverflowRow(QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_menu = new QMenu(this);
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreButton"));
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("More actions"));
    m_more->setToolTip(tr("The actions that do not fit beside the others"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_menu);
    m_more->hide();
    m_layout->addWidget(m_more);
    connect(m_menu, &QMenu::aboutToShow, this, &OverflowRow::rebuildMenu);
}

void OverflowRow::addButton(QAbstractButton* button)
{
    m_buttons.append(button);
    m_layout->insertWidget(m_layout->count() - 1, button);
    updateGeometry();
}

bool OverflowRow::isCollapsed() const
{
    return m_more->isVisibleTo(this);
}

int OverflowRow::fullWidth() const
{
    int width = 0;
    for (const QAbstractButton* button : m_buttons)
        width += button->sizeHint().width();
    return width + m_layout->spacing() * qMax(0, int(m_buttons.size()) - 1);
}

QSize OverflowRow::sizeHint() const
{
    return {fullWidth(), qMax(m_more->sizeHint().height(), QWidget::sizeHint().height())};
}

QSize OverflowRow::minimumSizeHint() const
{
    // Only the More button is needed: the row may be given less than its buttons.
    return m_more->sizeHint();
}

void OverflowRow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void OverflowRow::arrange(int width)
{
    const bool collapse = width < fullWidth();
    for (QAbstractButton* button : std::as_const(m_buttons))
        button->setVisible(!collapse);
    m_more->setVisible(collapse);
}

void OverflowRow::rebuildMenu()
{
    // Built when opened, so it shows the buttons' current texts and enabled states.
    m_menu->clear();
    for (QAbstractButton* button : std::as_const(m_buttons)) {
        auto* tool = qobject_cast<QToolButton*>(button);
        if (tool && tool->defaultAction()) {
            m_menu->addAction(tool->defaultAction());
        } else if (tool && tool->menu()) {
            m_menu->addMenu(tool->menu());
        } else {
            QAction* action = m_menu->addAction(button->text(), button, &QAbstractButton::click);
            action->setEnabled(button->isEnabled());
        }
    }
}

} // namespace rullering
