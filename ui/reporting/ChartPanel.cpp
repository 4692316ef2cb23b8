#include "ChartPanel.h"

#include "SeriesTableModel.h"
#include "shell/ExportFolder.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rullering {

ChartPanel::ChartPanel(const QString& objectName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls = new QHBoxLayout;
    layout->addLayout(m_controls);
    m_controls->addStretch();

    auto button = [&](const QString& text, const QString& name) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_controls->addWidget(b);
        return b;
    };
    m_tableButton = button(tr("Show as ta&ble"), QStringLiteral("showTableButton"));
    m_tableButton->setCheckable(true);
    connect(m_tableButton, &QToolButton::toggled, this, &ChartPanel::showTable);
    connect(button(tr("&Copy data"), QStringLiteral("copyDataButton")), &QToolButton::clicked, this,
            &ChartPanel::copyData);
    connect(button(tr("Save &image…"), QStringLiteral("saveImageButton")), &QToolButton::clicked, this,
            &ChartPanel::exportImage);

    m_stack = new QStackedWidget(this);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(objectName + QStringLiteral("Table"));
    m_model = new SeriesTableModel(this);
    m_tableView->setModel(m_model);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // a few dozen rows
    m_tableView->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_tableView);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::setChart(QChart* chart, const SeriesTable& table)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_model->setTable(table);
    m_view->setAccessibleName(chart->title());
    m_view->setAccessibleDescription(tr("Chart. Choose \"Show as table\" to read its numbers."));
    m_tableView->setAccessibleName(table.title);
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

const SeriesTable& ChartPanel::table() const
{
    return m_model->table();
}

bool ChartPanel::isShowingTable() const
{
    return m_stack->currentWidget() == m_tableView;
}

void ChartPanel::showTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_tableView) : m_view);
    if (m_tableButton->isChecked() != table)
        m_tableButton->setChecked(table);
}

Status ChartPanel::savePng(const QString& path, const QSize& size) const
{
    const QSize pixels = size.isValid() ? size : QSize(1600, 1000);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter, QRectF(QPointF(0, 0), pixels), m_view->viewport()->rect());
    }
    if (!image.save(path, "PNG"))
        return Error(tr("Cannot write the image %1.").arg(path));
    return {};
}

Status ChartPanel::saveSvg(const QString& path, const QSize& size) const
{
    const QSize viewSize = size.isValid() ? size : m_view->viewport()->size();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(viewSize);
    svg.setViewBox(QRect(QPoint(0, 0), viewSize));
    svg.setTitle(chart() ? chart()->title() : QString());
    svg.setDescription(m_model->toTabSeparated());
    QPainter painter;
    if (!painter.begin(&svg))
        return Error(tr("Cannot write the image %1.").arg(path));
    m_view->render(&painter, QRectF(QPointF(0, 0), viewSize), m_view->viewport()->rect());
    painter.end();
    return {};
}

void ChartPanel::exportImage()
{
    QString selected;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), suggestedExportPath(objectName() + QStringLiteral(".png")),
                                     png + QStringLiteral(";;") + svg, &selected);
    if (path.isEmpty())
        return;
    rememberExportFolder(path);
    const bool asSvg = selected == svg || path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (!path.contains(u'.'))
        path += asSvg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const Status saved = asSvg ? saveSvg(path) : savePng(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save chart"), saved.errorMessage());
}

void ChartPanel::copyData() const
{
    QApplication::clipboard()->setText(m_model->toTabSeparated());
}

} // namespace rullering
