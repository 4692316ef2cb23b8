#pragma once

#include "reporting/Dashboard.h"
#include "reporting/PlanSeries.h"
#include "util/Result.h"

#include <QLocale>
#include <QString>

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
    std::optional<PlanSummary> plan;
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

    static Status writePdf(const BoardReportInput& input, const QString& path);
    static Status print(const BoardReportInput& input, QPrinter& printer);

    // The report as a document laid out for an A4 page (for tests and the preview).
    static std::unique_ptr<QTextDocument> document(const BoardReportInput& input, QPagedPaintDevice& device);
};

} // namespace rullering
