#pragma once

#include <QList>
#include <QWidget>

class QAbstractButton;
class QHBoxLayout;
class QMenu;
class QToolButton;

namespace rullering {

// A row of buttons that gives way on a small screen: where they all fit they stand side by side; where not, one
// "More" button holds them in its menu, so the window never has to be wider than the screen (1024 px laptops) and
// no button is cut.
class OverflowRow : public QWidget
{
    Q_OBJECT

public:
    explicit OverflowRow(QWidget* parent = nullptr);

    void addButton(QAbstractButton* button);
    bool isCollapsed() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int fullWidth() const;
    void rebuildMenu();
    void arrange(int width);

    QHBoxLayout* m_layout = nullptr;
    QList<QAbstractButton*> m_buttons;
    QToolButton* m_more = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace rullering
