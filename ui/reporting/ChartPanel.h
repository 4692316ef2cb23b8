#pragma once

#include "reporting/SeriesTable.h"
#include "util/Result.h"

#include <QWidget>

class QChart;
class QChartView;
class QStackedWidget;
class QTableView;
class QToolButton;
class QHBoxLayout;

namespace rullering {

class SeriesTableModel;

// One chart with its data: the chart, or its numbers as a table (for screen readers and copying), export to
// PNG and SVG, and copy of the numbers as tab-separated text.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(const QString& objectName, QWidget* parent = nullptr);

    // Takes ownership of chart; the previous chart is deleted.
    void setChart(QChart* chart, const SeriesTable& table);
    QChart* chart() const;
    const SeriesTable& table() const;
    bool isShowingTable() const;
    void showTable(bool table);
    // Extra controls (a selector) placed left of the buttons.
    QHBoxLayout* controls() const { return m_controls; }

    Status savePng(const QString& path, const QSize& size = {}) const;
    Status saveSvg(const QString& path, const QSize& size = {}) const;

private:
    void exportImage();
    void copyData() const;

    QChartView* m_view = nullptr;
    QTableView* m_tableView = nullptr;
    SeriesTableModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolButton* m_tableButton = nullptr;
    QHBoxLayout* m_controls = nullptr;
};

} // namespace rullering
