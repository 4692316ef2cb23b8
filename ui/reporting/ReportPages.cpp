#include "ReportPages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScreen>
#include <QTextDocument>
#include <QTextFrame>

#include <memory>

namespace rullering {

Status printPages(const QTextDocument& doc, QPagedPaintDevice& device, const QString& head, const QString& pageOf)
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const qreal sourceDpiX = screen ? qRound(screen->logicalDotsPerInchX()) : 100;
    const qreal sourceDpiY = screen ? qRound(screen->logicalDotsPerInchY()) : 100;
    std::unique_ptr<QTextDocument> copy(doc.clone());
    QAbstractTextDocumentLayout* layout = copy->documentLayout();
    layout->setPaintDevice(&device);
    const int horizontalMargin = int((2 / 2.54) * sourceDpiX);
    const int verticalMargin = int((2 / 2.54) * sourceDpiY);
    QTextFrameFormat frame = copy->rootFrame()->frameFormat();
    frame.setLeftMargin(horizontalMargin);
    frame.setRightMargin(horizontalMargin);
    frame.setTopMargin(verticalMargin);
    frame.setBottomMargin(verticalMargin);
    copy->rootFrame()->setFrameFormat(frame);
    const QRectF body(0, 0, device.width(), device.height());
    copy->setPageSize(body.size());
    const qreal marginX = horizontalMargin * device.logicalDpiX() / sourceDpiX;
    const qreal marginY = verticalMargin * device.logicalDpiY() / sourceDpiY;

    QPainter painter(&device);
    if (!painter.isActive())
        return Error(QCoreApplication::translate("BoardReport", "Cannot draw on the report's pages."));
    QFont small = copy->defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int pages = copy->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return Error(
                QCoreApplication::translate("BoardReport", "Cannot start page %1 of the report.").arg(page + 1));
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const qreal line = QFontMetricsF(small, &device).height();
        const QRectF headRect(marginX, marginY / 2 - line / 2, body.width() - 2 * marginX, line * 1.5);
        painter.drawText(headRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         QFontMetricsF(small, &device).elidedText(head, Qt::ElideRight, headRect.width()));
        const QRectF footRect(marginX, body.height() - marginY / 2 - line / 2, body.width() - 2 * marginX, line * 1.5);
        painter.drawText(footRect, Qt::AlignRight | Qt::AlignTop, pageOf.arg(page + 1).arg(pages));
        painter.restore();
    }
    return {};
}

} // namespace rullering
