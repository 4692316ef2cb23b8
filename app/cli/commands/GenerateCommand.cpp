#include "CliAccess.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "generate/FleetGenerator.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace rullering::cli {
namespace {

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("generate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GenerateCommand", "Fill an empty database with a realistic, deterministic demo fleet."));
    const QCommandLineOption devices(QStringLiteral("devices"),
                                     QCoreApplication::translate("GenerateCommand", "Number of devices (required)."),
                                     QCoreApplication::translate("GenerateCommand", "N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("GenerateCommand", "Random seed; the same seed gives the same fleet."),
        QCoreApplication::translate("GenerateCommand", "S"), QStringLiteral("2023"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("GenerateCommand",
                                    "Date the fleet is laid out around (last seen, this year's swaps); default today."),
        QCoreApplication::translate("GenerateCommand", "YYYY-MM-DD"));
    const QCommandLineOption quiet(
        {QStringLiteral("q"), QStringLiteral("quiet")},
        QCoreApplication::translate("GenerateCommand", "Print no progress (it is shown only on a terminal anyway)."));
    parser.addOptions({devices, seed, asOf, quiet});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(name,
                            QCoreApplication::translate("GenerateCommand", "unexpected argument %1")
                                .arg(parser.positionalArguments().constFirst()),
                            ExitUsage);

    GenerateOptions options;
    bool ok = false;
    if (!parser.isSet(devices))
        return context.fail(name, QCoreApplication::translate("GenerateCommand", "--devices N is required"), ExitUsage);
    options.devices = parser.value(devices).toLongLong(&ok);
    if (!ok || options.devices <= 0 || options.devices > 100'000'000)
        return context.fail(name,
                            QCoreApplication::translate(
                                "GenerateCommand", "--devices must be a whole number from 1 to 100000000, not \"%1\"")
                                .arg(parser.value(devices)),
                            ExitUsage);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.fail(
            name,
            QCoreApplication::translate("GenerateCommand", "--seed must be a non-negative whole number, not \"%1\"")
                .arg(parser.value(seed)),
            ExitUsage);
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid())
            return context.fail(
                name,
                QCoreApplication::translate("GenerateCommand", "--as-of must be a date as YYYY-MM-DD, not \"%1\"")
                    .arg(parser.value(asOf)),
                ExitUsage);
    }

    Database* database = context.database(CliContext::Use::Create);
    if (!database)
        return ExitFailed;
    if (int refused = ExitOk; !mayDo(context, *database, name, Capability::EditDevices, refused))
        return refused;
    QElapsedTimer timer;
    timer.start();
    // Progress only for a person at a terminal: scripts get exactly one line on stderr when something fails.
    const bool showProgress = !parser.isSet(quiet) && stderrIsTerminal();
    Result<GenerateSummary> summary = FleetGenerator::generate(*database, options, [&](qint64 done, qint64 total) {
        if (showProgress) {
            context.err()
                << "\r"
                << QCoreApplication::translate("GenerateCommand", "Generating: %1 of %2 devices").arg(done).arg(total);
            context.err().flush();
        }
        return true;
    });
    if (showProgress)
        context.err() << Qt::endl;
    if (!summary)
        return context.fail(name, summary.errorMessage());
    context.out() << QCoreApplication::translate(
                         "GenerateCommand",
                         "Generated %1 devices in %2 municipalities (%3 swapped this year) in %4 s into %5")
                         .arg(summary->devices)
                         .arg(summary->municipalities)
                         .arg(summary->swaps)
                         .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1), database->path())
                  << Qt::endl;
    return ExitOk;
}

} // namespace

CliCommand generateCommand()
{
    return {QStringLiteral("generate"), QCoreApplication::translate("GenerateCommand", "Generate a demo fleet"), run};
}

} // namespace rullering::cli
