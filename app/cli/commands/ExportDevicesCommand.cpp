#include "CliCommand.h"
#include "CliContext.h"
#include "export/DeviceCsvExport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace rullering::cli {
namespace {} // namespace

int exportDevices(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("export devices");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ExportDevicesCommand", "Write every device to a CSV file that Rullering imports back unchanged "
                                "(profile \"rullering\")."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("ExportDevicesCommand", "The CSV file to write."),
                                    QCoreApplication::translate("ExportDevicesCommand", "FILE"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        QCoreApplication::translate("ExportDevicesCommand", "Field delimiter: ; (default), comma or tab."),
        QCoreApplication::translate("ExportDevicesCommand", "CHAR"), QStringLiteral(";"));
    const QCommandLineOption withoutUser(
        QStringLiteral("without-user"),
        QCoreApplication::translate("ExportDevicesCommand",
                                    "Leave out the primary user (a file without personal data)."));
    parser.addOptions({output, delimiter, withoutUser});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(output))
        return context.fail(name, QCoreApplication::translate("ExportDevicesCommand", "-o FILE is required"),
                            ExitUsage);
    if (!parser.positionalArguments().isEmpty())
        return context.fail(name,
                            QCoreApplication::translate("ExportDevicesCommand", "unexpected argument \"%1\"")
                                .arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    DeviceCsvExport::Options options;
    const QString d = parser.value(delimiter);
    // Only what the help lists: the delimiters spreadsheets and the importer's users expect.
    if (d == QLatin1String(";") || d == QLatin1String(","))
        options.delimiter = d.front();
    else if (d == QLatin1String("comma"))
        options.delimiter = u',';
    else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
        options.delimiter = u'\t';
    else
        return context.fail(name,
                            QCoreApplication::translate("ExportDevicesCommand",
                                                        "--delimiter must be ;, comma (or ,) or tab, not \"%1\"")
                                .arg(d),
                            ExitUsage);
    options.withPrimaryUser = !parser.isSet(withoutUser);

    Database* database = context.database(CliContext::Use::Read);
    if (!database)
        return ExitFailed;
    const Result<qint64> written = DeviceCsvExport::write(*database, parser.value(output), options);
    if (!written)
        return context.fail(name, written.errorMessage());
    context.out() << QCoreApplication::translate("ExportDevicesCommand", "%1 devices written to %2")
                         .arg(written.value())
                         .arg(QDir::toNativeSeparators(parser.value(output)))
                  << Qt::endl;
    return ExitOk;
}

} // namespace rullering::cli
