#pragma once

#include "reporting/Dashboard.h"
#include "reporting/PlanSeries.h"
#include "util/Result.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace rullering {

// What the board report shows. The plan parts are optional: without a plan the report says so.
struct BoardReportInput
{
    Dashboard dashboard;
    QString municipalitySelection; // "All municipalities" or the names the filter selects
    // What the report counts, in the report's language ("Molde · Laptop · search «hansen»"); empty: the whole
    // register. Stated at the top of every page.
    QString scope;
    std::optional<PlanSummary> plan;
    bool planNarrowed = false; // the plan's rows were cut to the scope's municipalities: its whole-register
                               // counts (to collect, without a year, kept) are left out
    std::optional<ProcurementList> procurement; // for the status year
    QString language = QStringLiteral("nb");    // "nb" or "en"
};

// The printable board report (styret / samarbeidsrådet): A4, in Norwegian Bokmål by default, with the title,
// the municipality selection, the status date, the status table, the charts, the plan summary and the
// procurement totals. Numbers and dates follow the report's language.
class BoardReport
{
public:
    static QString languageSetting(); // "nb" unless the user chose "en"
    static void setLanguageSetting(const QString& language);

    // text() run with the report's language installed (for words made outside the report, such as the scope).
    static QString inLanguage(const QString& language, const std::function<QString()>& text);

    static Status writePdf(const BoardReportInput& input, const QString& path);
    static Status print(const BoardReportInput& input, QPrinter& printer);

    // The report as a document laid out for an A4 page (for tests and the preview).
    static std::unique_ptr<QTextDocument> document(const BoardReportInput& input, QPagedPaintDevice& device);
};

// The plan and the procurement list count per municipality: a report scoped to some municipalities keeps their rows
// (and sets planNarrowed).
void narrowReportToMunicipalities(BoardReportInput& input, const QList<qint64>& ids);

} // namespace rullering
