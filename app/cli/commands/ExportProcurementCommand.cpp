#include "CliCommand.h"
#include "CliContext.h"
#include "PlanOptions.h"
#include "export/ProcurementExport.h"
#include "planning/PlanService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace rullering::cli {
// rullering-cli export procurement --year Y [--plan NAME] [plan options] -o FILE.csv|FILE.xlsx [--delimiter ,]
int exportProcurement(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("export procurement");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ExportProcurementCommand",
        "Write the procurement list (bestillingsliste) of one plan year to CSV or XLSX, by the file's extension: "
        "per municipality, and per department where the municipality orders per department."));
    PlanOptions options;
    options.addTo(parser);
    const QCommandLineOption year(
        QStringLiteral("year"),
        QCoreApplication::translate("ExportProcurementCommand", "The plan year to order for (required)."),
        QCoreApplication::translate("ExportProcurementCommand", "Y"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("ExportProcurementCommand", "The file to write: .csv or .xlsx (required)."),
        QCoreApplication::translate("ExportProcurementCommand", "FILE"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        QCoreApplication::translate("ExportProcurementCommand", "CSV delimiter: ';' (default) or ','."),
        QCoreApplication::translate("ExportProcurementCommand", "CHAR"), QStringLiteral(";"));
    parser.addOptions({year, output, delimiter});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(name,
                            QCoreApplication::translate("ExportProcurementCommand", "unexpected argument %1")
                                .arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    if (!parser.isSet(year))
        return context.fail(name, QCoreApplication::translate("ExportProcurementCommand", "--year Y is required"),
                            ExitUsage);
    bool ok = false;
    const int planYear = parser.value(year).toInt(&ok);
    if (!ok)
        return context.fail(name,
                            QCoreApplication::translate("ExportProcurementCommand", "--year must be a year, not \"%1\"")
                                .arg(parser.value(year)),
                            ExitUsage);
    if (!parser.isSet(output))
        return context.fail(
            name, QCoreApplication::translate("ExportProcurementCommand", "-o FILE.csv or -o FILE.xlsx is required"),
            ExitUsage);
    const QString path = parser.value(output);
    if (!ProcurementExport::formatForPath(path))
        return context.fail(name,
                            QCoreApplication::translate("ExportProcurementCommand",
                                                        "the output file must end in .csv or .xlsx, not \"%1\"")
                                .arg(path),
                            ExitUsage);
    const QString delim = parser.value(delimiter);
    if (delim != QLatin1String(";") && delim != QLatin1String(","))
        return context.fail(
            name,
            QCoreApplication::translate("ExportProcurementCommand", "--delimiter must be ';' or ',', not \"%1\"")
                .arg(delim),
            ExitUsage);

    Database* database = context.database(CliContext::Use::Read);
    if (!database)
        return ExitFailed;
    Result<PlanPolicy> policy = options.policy(parser, *database);
    if (!policy)
        return context.fail(name, policy.errorMessage(),
                            policy.error().code() == Error::Code::Invalid ? ExitUsage : ExitFailed);
    PlanPolicy plan = policy.value();
    // A year after the horizon: stretch the horizon to it rather than refuse (the plan is the same up to it).
    if (planYear > plan.lastYear() && planYear <= plan.firstYear + 29)
        plan.years = planYear - plan.firstYear + 1;
    PlanService service(*database);
    Result<ProcurementList> list = service.procurement(plan, planYear);
    if (!list)
        return context.fail(name, list.errorMessage(),
                            list.error().code() == Error::Code::Invalid ? ExitUsage : ExitFailed);
    if (Status written = ProcurementExport::write(list.value(), path, delim.front()); !written)
        return context.fail(name, written.errorMessage());
    context.err() << QCoreApplication::translate("ExportProcurementCommand",
                                                 "Wrote %1: %2 lines, %3 devices to buy, %4 NOK.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(list->lines.size())
                         .arg(list->totalQuantity)
                         .arg(QString::number(list->totalAmount, 'f', 2))
                  << Qt::endl;
    return ExitOk;
}

} // namespace rullering::cli
