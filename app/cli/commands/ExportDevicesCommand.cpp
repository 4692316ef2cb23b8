#include "CliCommand.h"
#include "CliContext.h"
#include "DeviceFilterOptions.h"
#include "export/DeviceCsvExport.h"
#include "export/DeviceViewExport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>

namespace rullering::cli {
namespace {

// --sort COLUMN or COLUMN:desc, with the column keys of --columns.
std::optional<DeviceSort> parseSort(const QString& text)
{
    const QStringList parts = text.split(u':');
    const std::optional<DeviceColumn> column = parseDeviceColumn(parts.constFirst());
    if (!column || parts.size() > 2)
        return std::nullopt;
    const QString direction = parts.size() == 2 ? parts.at(1).trimmed().toLower() : QStringLiteral("asc");
    if (direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return std::nullopt;
    return DeviceSort{*column, direction == QLatin1String("desc")};
}

QString columnKeys()
{
    QStringList keys;
    for (DeviceColumn column : DeviceViewExport::allColumns())
        keys.append(deviceColumnKey(column));
    return keys.join(QStringLiteral(", "));
}

} // namespace

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
    // Added: the Devices page's filters, and its table as shown (chosen columns, a sort, or an .xlsx file).
    const DeviceFilterOptions filterOptions;
    filterOptions.addTo(parser);
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        QCoreApplication::translate(
            "ExportDevicesCommand",
            "Write the table as the Devices page shows it, with these columns in this order (comma-separated: %1).")
            .arg(columnKeys()),
        QCoreApplication::translate("ExportDevicesCommand", "LIST"));
    const QCommandLineOption sort(
        QStringLiteral("sort"),
        QCoreApplication::translate("ExportDevicesCommand",
                                    "Sort the table as shown by this column, ascending or with :desc "
                                    "descending (e.g. production_year:desc)."),
        QCoreApplication::translate("ExportDevicesCommand", "COLUMN"));
    parser.addOptions({columns, sort});
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

    const QString file = parser.value(output);
    const bool asShown = parser.isSet(columns) || parser.isSet(sort) ||
                         DeviceViewExport::formatFor(file) == DeviceViewExport::Format::Xlsx;
    DeviceViewExport::Options view;
    if (parser.isSet(columns)) {
        for (const QString& key : parser.value(columns).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<DeviceColumn> column = parseDeviceColumn(key);
            if (!column)
                return context.fail(
                    name,
                    QCoreApplication::translate("ExportDevicesCommand", "--columns: no column \"%1\" (columns: %2)")
                        .arg(key.trimmed(), columnKeys()),
                    ExitUsage);
            view.columns.append(*column);
        }
    }
    if (parser.isSet(sort)) {
        const std::optional<DeviceSort> chosen = parseSort(parser.value(sort));
        if (!chosen)
            return context.fail(
                name,
                QCoreApplication::translate("ExportDevicesCommand",
                                            "--sort must be a column, optionally with :asc or :desc, not \"%1\"")
                    .arg(parser.value(sort)),
                ExitUsage);
        view.sort = *chosen;
    }

    Database* database = context.database(CliContext::Use::Read);
    if (!database)
        return ExitFailed;
    if (filterOptions.anySet(parser)) {
        Result<DeviceFilter> filter = filterOptions.filter(parser, database->connection());
        if (!filter)
            return context.fail(name, filter.errorMessage(), ExitUsage);
        options.filter = filter.value();
    }
    if (asShown && !options.withPrimaryUser) {
        view.columns = view.columns.isEmpty() ? DeviceViewExport::allColumns() : view.columns;
        view.columns.removeAll(DeviceColumn::PrimaryUser);
    }
    view.filter = options.filter;
    view.format = DeviceViewExport::formatFor(file);
    view.delimiter = options.delimiter;
    const Result<qint64> written = asShown ? DeviceViewExport::write(database->connection(), file, view)
                                           : DeviceCsvExport::write(*database, file, options);
    if (!written)
        return context.fail(name, written.errorMessage());
    context.out() << QCoreApplication::translate("ExportDevicesCommand", "%1 devices written to %2")
                         .arg(written.value())
                         .arg(QDir::toNativeSeparators(parser.value(output)))
                  << Qt::endl;
    return ExitOk;
}

} // namespace rullering::cli
