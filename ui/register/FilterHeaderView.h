#pragma once

#include "register/DeviceListQuery.h"

#include <QHeaderView>

class QMenu;

namespace rullering {

class AppSession;

// The device table's header with filter buttons on the common columns (municipality, type, state, production
// year), as a spreadsheet's auto-filter has them: a small funnel button at a section's right edge opens a menu of the
// column's values. The menus read and change AppSession's current filter, so they and the side panel stay in step;
// a column filtered either way shows its funnel highlighted. Clicking elsewhere on a section sorts, as before.
class FilterHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit FilterHeaderView(AppSession& session, QWidget* parent = nullptr);

    static bool isFilterable(DeviceColumn column);
    // Whether the current filter narrows this column.
    bool isFiltered(DeviceColumn column) const;
    // The column's filter menu as it stands now (the caller owns it): checkable values, and "All" to clear.
    QMenu* filterMenu(DeviceColumn column);
    // Where the filter button of a logical section is, in viewport coordinates (empty when it has none).
    QRect buttonRect(int logicalIndex) const;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRect buttonRect(const QRect& section) const;

    AppSession& m_session;
    bool m_pressedButton = false; // a press on a button opens its menu; its release must not sort
};

} // namespace rullering
