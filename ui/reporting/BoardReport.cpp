#include "BoardReport.h"

#include "Charts.h"
#include "ReportPages.h"

#include <QAbstractAxis>
#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTranslator>
#include <QUrl>

#include <memory>
#include <utility>

namespace rullering {
namespace {

// English: the source texts, consulted before any installed Bokmål translation.
class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// The report is written in its own language, whatever the window's language is.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language)
    {
        if (language == QLatin1String("en")) {
            m_translator = std::make_unique<SourceTextTranslator>();
        } else {
            m_translator = std::make_unique<QTranslator>();
            if (!m_translator->load(QStringLiteral(":/i18n/rullering_nb.qm")))
                m_translator.reset();
        }
        if (m_translator)
            QCoreApplication::installTranslator(m_translator.get());
    }
    ~LanguageScope()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

QLocale reportLocale(const QString& language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QImage renderChart(QChart* chart, const QSize& size, const QLocale& locale)
{
    chart->setLocale(locale);
    // The caption is the document's text (searchable, read aloud); lettering a little larger than on screen,
    // since the chart is scaled down to the text width.
    chart->setTitle(QString());
    QFont labels(QStringLiteral("DejaVu Sans"));
    labels.setPointSizeF(10.5);
    chart->legend()->setFont(labels);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setTruncateLabels(false); // the report has room; "20…" would help nobody
        axis->setLabelsFont(labels);
        // Qt Charts leaves out a label that would touch its neighbour: with a dozen production years, "Unknown"
        // under the last bar did not fit between them at this size. The labels of a crowded category axis get
        // the largest size at which the widest fits its share of the plot (the value axis takes ~110 points).
        auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
        if (categories && categories->orientation() == Qt::Horizontal && categories->count() > 0) {
            const qreal slot = (size.width() - 110.0) / categories->count();
            QFont fitted = labels;
            for (qreal points = labels.pointSizeF(); points >= 6.0; points -= 0.5) {
                fitted.setPointSizeF(points);
                const QFontMetricsF metrics(fitted);
                qreal widest = 0;
                for (const QString& label : categories->categories())
                    widest = qMax(widest, metrics.horizontalAdvance(label));
                if (widest + 8 <= slot)
                    break;
            }
            axis->setLabelsFont(fitted);
        }
        QFont title = labels;
        title.setBold(true);
        axis->setTitleFont(title);
    }
    // A view lays the chart out at its size; shown off screen so its layout requests are processed.
    QChartView view(chart); // owns and deletes the chart
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setFrameShape(QFrame::NoFrame);
    view.resize(size);
    view.show();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.render(&painter, QRectF(QPointF(0, 0), size), view.viewport()->rect());
    return image;
}

class HtmlTable
{
public:
    explicit HtmlTable(const QStringList& headers)
    {
        m_html = QStringLiteral("<table class='data' width='100%' cellspacing='0' cellpadding='3'><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i)
            m_html += QStringLiteral("<th align='%1'>%2</th>")
                          .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), esc(headers[i]));
        m_html += QStringLiteral("</tr>");
    }
    void row(const QStringList& cells, bool total = false)
    {
        m_html += total ? QStringLiteral("<tr class='total'>") : QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString text = total ? QStringLiteral("<b>%1</b>").arg(esc(cells[i])) : esc(cells[i]);
            m_html += QStringLiteral("<td align='%1'>%2</td>")
                          .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), text);
        }
        m_html += QStringLiteral("</tr>");
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

// Norwegian sets the sign apart ("35,9 %"), English does not ("35.9%").
QString percent(const QLocale& locale, double share)
{
    return locale.toString(share * 100.0, 'f', 1) +
           (locale.language() == QLocale::English ? QStringLiteral("%") : QStringLiteral("\u00a0%"));
}

QString money(const QLocale& locale, double amount)
{
    return locale.toString(amount, 'f', 0) + QStringLiteral("\u00a0kr");
}

QString buildHtml(const BoardReportInput& input, QTextDocument& doc)
{
    const QLocale locale = reportLocale(input.language);
    const StatusReport& status = input.dashboard.status;
    auto n = [&](qint64 value) {
        return locale.toString(value);
    };
    const QString date = locale.toString(status.asOf, QStringLiteral("dd.MM.yyyy"));

    QString html =
        QStringLiteral("<html><head><style>"
                       "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }"
                       "h1 { font-size: 17pt; margin-bottom: 2pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
                       "table.data { border-collapse: collapse; } table.data th { background-color: #dde6ee; "
                       "border-bottom: 1px solid #555; }"
                       "table.data td { border-bottom: 1px solid #ccc; } p.note { color: #333; font-size: 8pt; }"
                       "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(QCoreApplication::translate("BoardReport", "Rollout status as of %1").arg(date)));
    html +=
        QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
            .arg(esc(QCoreApplication::translate("BoardReport", "Municipalities: %1").arg(input.municipalitySelection)),
                 esc(QCoreApplication::translate(
                         "BoardReport",
                         "Status date: %1. Active devices: seen within the last %2 days before the status date.")
                         .arg(date)
                         .arg(status.activityDays)),
                 esc(QCoreApplication::translate("BoardReport", "Made %1 with Rullering from the device register.")
                         .arg(locale.toString(QDate::currentDate(), QStringLiteral("dd.MM.yyyy")))));

    // 1. The status table.
    html +=
        QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("BoardReport", "Status per municipality")));
    HtmlTable table(
        {QCoreApplication::translate("BoardReport", "Municipality"),
         QCoreApplication::translate("BoardReport", "Active"), QCoreApplication::translate("BoardReport", "Inactive"),
         QCoreApplication::translate("BoardReport", "Due"), QCoreApplication::translate("BoardReport", "Replaced"),
         QCoreApplication::translate("BoardReport", "Remaining"),
         QCoreApplication::translate("BoardReport", "Share done")});
    auto addRow = [&](const QString& name, const StatusCounts& c, bool total) {
        table.row({name, n(c.active), n(c.inactive), n(c.due()), n(c.replaced), n(c.remaining),
                   c.due() > 0 ? percent(locale, c.shareDone()) : QStringLiteral("–")},
                  total);
    };
    for (const StatusRow& row : status.rows)
        addRow(row.municipalityId == 0 ? noMunicipalityName() : row.municipality, row.counts, false);
    addRow(QCoreApplication::translate("BoardReport", "Total"), status.total, true);
    html += table.html();
    html += QStringLiteral("<p class='note'>%1</p>")
                .arg(esc(QCoreApplication::translate(
                             "BoardReport",
                             "Due: devices whose production year plus lifetime (PCs 6 years, tablets 4, printers 8) is "
                             "%1 or earlier and that are active, plus those replaced since 1 January %1. Replaced: "
                             "swapped from 1 January up to and including the status date. Inactive devices are "
                             "candidates for collection, not for replacement.")
                             .arg(status.asOf.year())));
    if (status.total.inferred > 0)
        html += QStringLiteral("<p class='note'>%1</p>")
                    .arg(esc(QCoreApplication::translate(
                                 "BoardReport",
                                 "%1 of the active devices (%2 of those remaining) were not seen in the window before "
                                 "the status date, only after it: they are counted as in use on %3.")
                                 .arg(n(status.total.inferred), n(status.total.inferredRemaining), date)));

    // 2. The charts.
    // Charts are drawn at 680 points wide and placed at the text width (about 500 document pixels on A4 with
    // these margins), so their lettering matches the 9 pt text. Each flows to the next page when it does not fit.
    const QSize chartSize(680, 330);
    // The section's heading goes into the first chart's paragraph: a long status table (27 municipalities) ends
    // near the foot of page 1, and a heading of its own was left there alone, its charts on the next page.
    QString heading = QStringLiteral("<span style='font-size: 12pt; font-weight: bold;'>%1</span><br/>")
                          .arg(esc(QCoreApplication::translate("BoardReport", "Charts")));
    auto addChart = [&](const QString& name, QChart* chart, const QSize& size) {
        const QString title = chart->title();
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://") + name),
                        renderChart(chart, size, locale));
        const int width = 500;
        // Caption and chart in one paragraph; keepChartsWhole() moves it to the next page when it does not fit.
        html += QStringLiteral("<p style='margin-top: 10pt;'>%5<b>%1</b><br/><img src='chart://%2' width='%3'"
                               " height='%4'/></p>")
                    .arg(esc(title), name)
                    .arg(width)
                    .arg(size.height() * width / size.width())
                    .arg(std::exchange(heading, QString()));
    };
    // Series names were made in the window's language; name them again in the report's.
    AgeDistribution age = input.dashboard.ageByType;
    for (qsizetype i = 0; i < age.types.size() && i < age.stacks.size(); ++i)
        age.stacks[i] = deviceTypeName(age.types[i]);
    addChart(QStringLiteral("progress"), charts::progressChart(input.dashboard.progress, locale), chartSize);
    addChart(QStringLiteral("age"), charts::ageChart(age), chartSize);
    const int activityHeight = qBound(200, int(input.dashboard.activity.municipalities.size()) * 22 + 110, 640);
    addChart(QStringLiteral("activity"), charts::activityChart(ActivitySeries::fromStatus(status)),
             QSize(680, activityHeight));

    // 3. The plan.
    html += QStringLiteral("<h2 style='page-break-before: always;'>%1</h2>")
                .arg(esc(QCoreApplication::translate("BoardReport", "Replacement plan")));
    if (!input.plan) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("BoardReport", "No plan was computed for this report.")));
    } else {
        const PlanSummary& plan = *input.plan;
        if (!input.scope.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(QCoreApplication::translate("BoardReport",
                                                             "The plan and the procurement list are counted per "
                                                             "municipality: here they cover %1.")
                                     .arg(input.municipalitySelection)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("BoardReport",
                                                         "Plan %1–%2; the %3 plan is in effect for buying and cost.")
                                 .arg(plan.policy.firstYear)
                                 .arg(plan.policy.lastYear())
                                 .arg(plan.policy.levelled ? QCoreApplication::translate("BoardReport", "levelled")
                                                           : QCoreApplication::translate("BoardReport", "straight"))));
        // Without unit prices every amount is 0 kr: the cost column is left out (the procurement part's note says
        // why and where prices are entered).
        const QList<PlanRow> years = plan.totalsPerYear();
        PlanRow sum;
        for (const PlanRow& row : years) {
            sum.due += row.due;
            sum.straight += row.straight;
            sum.levelled += row.levelled;
            sum.toBuy += row.toBuy;
            sum.cost += row.cost;
        }
        const bool priced = sum.cost > 0;
        QStringList headers{QCoreApplication::translate("BoardReport", "Year"),
                            QCoreApplication::translate("BoardReport", "Due"),
                            QCoreApplication::translate("BoardReport", "Straight"),
                            QCoreApplication::translate("BoardReport", "Levelled"),
                            QCoreApplication::translate("BoardReport", "Overdue"),
                            QCoreApplication::translate("BoardReport", "To buy")};
        if (priced)
            headers.append(QCoreApplication::translate("BoardReport", "Cost"));
        HtmlTable planTable(headers);
        for (const PlanRow& row : years) {
            QStringList cells{QString::number(row.year), n(row.due),     n(row.straight),
                              n(row.levelled),           n(row.overdue), n(row.toBuy)};
            if (priced)
                cells.append(money(locale, row.cost));
            planTable.row(cells);
        }
        QStringList total{QCoreApplication::translate("BoardReport", "Total"),
                          n(sum.due),
                          n(sum.straight),
                          n(sum.levelled),
                          QString(),
                          n(sum.toBuy)};
        if (priced)
            total.append(money(locale, sum.cost));
        planTable.row(total, true);
        html += planTable.html();
        if (!input.planNarrowed)
            html += QStringLiteral("<p class='note'>%1</p>")
                        .arg(esc(QCoreApplication::translate(
                                     "BoardReport",
                                     "Not planned: %1 to collect (not seen), %2 without production year, %3 kept.")
                                     .arg(n(plan.collect), n(plan.needsData), n(plan.kept))));
        const PlanSeries series = PlanSeries::fromSummary(plan);
        QChart* planChart = charts::planChart(series, input.planNarrowed && series.municipalities.size() == 1 ? 0 : -1);
        if (input.planNarrowed && series.municipalities.size() > 1) // not "all municipalities": those of the scope
            planChart->setTitle(QCoreApplication::translate("Charts", "The plan per year, straight and levelled (%1)")
                                    .arg(input.municipalitySelection));
        addChart(QStringLiteral("plan"), planChart, chartSize);
    }

    // 4. Procurement totals.
    if (input.procurement) {
        const ProcurementList& list = *input.procurement;
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(esc(QCoreApplication::translate("BoardReport", "Procurement %1").arg(list.year)));
        const bool priced = list.totalAmount > 0;
        QStringList headers{QCoreApplication::translate("BoardReport", "Municipality"),
                            QCoreApplication::translate("BoardReport", "Devices to buy")};
        if (priced)
            headers.append(QCoreApplication::translate("BoardReport", "Amount"));
        HtmlTable buy(headers);
        for (const ProcurementSubtotal& sub : list.subtotals) {
            QStringList cells{sub.municipality, n(sub.quantity)};
            if (priced)
                cells.append(money(locale, sub.total));
            buy.row(cells);
        }
        QStringList total{QCoreApplication::translate("BoardReport", "Total"), n(list.totalQuantity)};
        if (priced)
            total.append(money(locale, list.totalAmount));
        buy.row(total, true);
        html += buy.html();
        html +=
            QStringLiteral("<p class='note'>%1</p>")
                .arg(esc(priced ? QCoreApplication::translate("BoardReport",
                                                              "Amounts at the agreed unit prices, excluding VAT.")
                                : QCoreApplication::translate(
                                      "BoardReport", "No unit prices are entered, so the report shows no "
                                                     "amounts: they are entered in the plan's policy, under Lifetimes "
                                                     "and models.")));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

// Whether a paragraph holds one of the report's charts.
bool isChartBlock(const QTextBlock& block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        if (format.isImageFormat() && format.toImageFormat().name().startsWith(QLatin1String("chart://")))
            return true;
    }
    return false;
}

// QTextDocument::print() lays a copy of the document out on the device's pages, with 2 cm margins measured in screen
// pixels (Qt 6.4), and parts a paragraph anywhere between its lines. This lays out such a copy the same way; a chart's
// paragraph (caption, and the section heading before the first) that would straddle a page break is started on a
// new page instead, so a caption never stays at the foot of a page with its chart on the next.
void keepChartsWhole(QTextDocument& doc, QPagedPaintDevice& device)
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const qreal sourceDpiX = screen ? qRound(screen->logicalDotsPerInchX()) : 100;
    const qreal sourceDpiY = screen ? qRound(screen->logicalDotsPerInchY()) : 100;
    // Each round moves the first straddling chart; the ones after it move with it, so a few rounds suffice.
    for (int round = 0; round < 32; ++round) {
        std::unique_ptr<QTextDocument> copy(doc.clone());
        QAbstractTextDocumentLayout* layout = copy->documentLayout();
        layout->setPaintDevice(&device);
        QTextFrameFormat frame = copy->rootFrame()->frameFormat();
        frame.setLeftMargin(int((2 / 2.54) * sourceDpiX));
        frame.setRightMargin(int((2 / 2.54) * sourceDpiX));
        frame.setTopMargin(int((2 / 2.54) * sourceDpiY));
        frame.setBottomMargin(int((2 / 2.54) * sourceDpiY));
        copy->rootFrame()->setFrameFormat(frame);
        copy->setPageSize(QSizeF(device.width(), device.height()));
        const qreal pageHeight = copy->pageSize().height();
        bool moved = false;
        for (QTextBlock block = copy->begin(); block.isValid() && !moved; block = block.next()) {
            if (!isChartBlock(block))
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            if (int(rect.top() / pageHeight) == int((rect.bottom() - 1) / pageHeight))
                continue;
            QTextCursor cursor(doc.findBlockByNumber(block.blockNumber()));
            QTextBlockFormat format = cursor.blockFormat();
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue; // taller than a page: nothing to gain
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
            moved = true;
        }
        if (!moved)
            return;
    }
}

// The running head and the page count, in the report's language.
std::pair<QString, QString> pageTexts(const BoardReportInput& input)
{
    LanguageScope language(input.language);
    const QString date =
        reportLocale(input.language).toString(input.dashboard.status.asOf, QStringLiteral("dd.MM.yyyy"));
    const QString scope =
        input.scope.isEmpty() ? QCoreApplication::translate("BoardReport", "whole register") : input.scope;
    return {QCoreApplication::translate("BoardReport", "Rollout status as of %1 · Scope: %2").arg(date, scope),
            QCoreApplication::translate("BoardReport", "Page %1 of %2")};
}

} // namespace

QString BoardReport::inLanguage(const QString& language, const std::function<QString()>& text)
{
    LanguageScope scope(language);
    return text();
}

QString BoardReport::languageSetting()
{
    const QString language = QSettings().value(QStringLiteral("reportLanguage")).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("nb");
}

void BoardReport::setLanguageSetting(const QString& language)
{
    QSettings().setValue(QStringLiteral("reportLanguage"), language);
}

std::unique_ptr<QTextDocument> BoardReport::document(const BoardReportInput& input, QPagedPaintDevice& device)
{
    LanguageScope language(input.language);
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->setHtml(buildHtml(input, *doc));
    doc->setMetaInformation(
        QTextDocument::DocumentTitle,
        QCoreApplication::translate("BoardReport", "Rollout status as of %1")
            .arg(reportLocale(input.language).toString(input.dashboard.status.asOf, QStringLiteral("dd.MM.yyyy"))));
    keepChartsWhole(*doc, device);
    return doc;
}

Status BoardReport::writePdf(const BoardReportInput& input, const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Rullering"));
    std::unique_ptr<QTextDocument> doc = document(input, writer);
    writer.setTitle(doc->metaInformation(QTextDocument::DocumentTitle));
    const auto [head, pageOf] = pageTexts(input);
    if (Status printed = printPages(*doc, writer, head, pageOf); !printed)
        return printed;
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        return Error(QCoreApplication::translate("BoardReport", "Cannot write the report %1.").arg(path));
    return {};
}

Status BoardReport::print(const BoardReportInput& input, QPrinter& printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    std::unique_ptr<QTextDocument> doc = document(input, printer);
    const auto [head, pageOf] = pageTexts(input);
    if (Status printed = printPages(*doc, printer, head, pageOf); !printed)
        return printed;
    if (printer.printerState() == QPrinter::Error)
        return Error(QCoreApplication::translate("BoardReport", "The report could not be printed."));
    return {};
}

void narrowReportToMunicipalities(BoardReportInput& input, const QList<qint64>& ids)
{
    if (input.plan) {
        QList<PlanRow> rows;
        for (const PlanRow& row : std::as_const(input.plan->rows)) {
            if (ids.contains(row.municipalityId))
                rows.append(row);
        }
        input.plan->rows = rows;
        input.planNarrowed = true;
    }
    if (input.procurement) {
        ProcurementList& list = *input.procurement;
        list.lines.removeIf([&](const ProcurementLine& line) { return !ids.contains(line.municipalityId); });
        list.subtotals.removeIf([&](const ProcurementSubtotal& sub) { return !ids.contains(sub.municipalityId); });
        list.totalQuantity = 0;
        list.totalAmount = 0;
        for (const ProcurementSubtotal& sub : std::as_const(list.subtotals)) {
            list.totalQuantity += sub.quantity;
            list.totalAmount += sub.total;
        }
    }
}

} // namespace rullering
