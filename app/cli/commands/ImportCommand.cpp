#include "CliAccess.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "import/ImportApplier.h"
#include "reporting/StatusSnapshotStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>

namespace rullering::cli {
namespace {

constexpr int PrintLimit = 200; // detail lines per section in the text summary

QString profileKeys()
{
    QStringList keys;
    for (ImportProfile profile : allImportProfiles())
        keys.append(importProfileKey(profile));
    return keys.join(QStringLiteral(", "));
}

QString fieldKeys()
{
    QStringList keys;
    for (ImportField field : allImportFields())
        keys.append(importFieldKey(field));
    return keys.join(QStringLiteral(", "));
}

void printSummary(QTextStream& out, const ImportReport& report)
{
    out << QCoreApplication::translate("ImportCommand", "File: %1 (SHA-256 %2)").arg(report.fileName, report.sha256)
        << Qt::endl;
    out << QCoreApplication::translate("ImportCommand", "Encoding: %1, delimiter: %2, profile: %3")
               .arg(report.encoding, report.delimiter, report.profileKey)
        << Qt::endl;
    out << QCoreApplication::translate("ImportCommand", "Rows: %1").arg(report.rows) << Qt::endl;
    out << QCoreApplication::translate("ImportCommand", "Created: %1").arg(report.created) << Qt::endl;
    out << QCoreApplication::translate("ImportCommand", "Updated: %1").arg(report.updated) << Qt::endl;
    out << QCoreApplication::translate("ImportCommand", "Unchanged: %1").arg(report.unchanged) << Qt::endl;
    out << QCoreApplication::translate("ImportCommand",
                                       "Missing from source (in use, not in this file; nothing is deleted): %1")
               .arg(report.missing)
        << Qt::endl;
    for (qsizetype i = 0; i < report.missingDevices.size() && i < PrintLimit; ++i)
        out << "  "
            << QCoreApplication::translate("ImportCommand", "serial \"%1\", device name %2")
                   .arg(report.missingDevices[i].serial, report.missingDevices[i].hostname)
            << Qt::endl;
    if (report.missing > PrintLimit)
        out << "  " << QCoreApplication::translate("ImportCommand", "... and %1 more").arg(report.missing - PrintLimit)
            << Qt::endl;
    if (report.yearsReestimated > 0)
        out << QCoreApplication::translate("ImportCommand",
                                           "Stored devices given their model's new usual production year: %1")
                   .arg(report.yearsReestimated)
            << Qt::endl;
    if (report.merged > 0)
        out << QCoreApplication::translate("ImportCommand", "Merged into an earlier line's device (same serial): %1")
                   .arg(report.merged)
            << Qt::endl;
    out << QCoreApplication::translate("ImportCommand", "Rejected: %1").arg(report.rejectedCount) << Qt::endl;
    for (qsizetype i = 0; i < report.rejected.size() && i < PrintLimit; ++i)
        out << "  "
            << QCoreApplication::translate("ImportCommand", "line %1: %2")
                   .arg(report.rejected[i].line)
                   .arg(report.rejected[i].reason)
            << Qt::endl;
    if (report.rejectedCount > PrintLimit)
        out << "  "
            << QCoreApplication::translate("ImportCommand", "... and %1 more").arg(report.rejectedCount - PrintLimit)
            << Qt::endl;
    if (!report.hostnameMatches.isEmpty()) {
        out << QCoreApplication::translate(
                   "ImportCommand",
                   "Matched on device name, because the serial number was missing or a placeholder: %1")
                   .arg(report.hostnameMatches.size())
            << Qt::endl;
        for (qsizetype i = 0; i < report.hostnameMatches.size() && i < PrintLimit; ++i) {
            const HostnameMatch& m = report.hostnameMatches[i];
            out << "  "
                << QCoreApplication::translate("ImportCommand", "line %1: serial \"%2\", device name %3")
                       .arg(m.line)
                       .arg(m.rawSerial, m.hostname)
                << Qt::endl;
        }
    }
    int printed = 0;
    for (const DeviceDiff& diff : report.diffs) {
        if (diff.created || printed >= PrintLimit)
            continue;
        if (printed++ == 0)
            out << QCoreApplication::translate("ImportCommand", "Changes:") << Qt::endl;
        out << "  "
            << QCoreApplication::translate("ImportCommand", "line %1, %2 %3:")
                   .arg(diff.line)
                   .arg(diff.serial, diff.hostname)
            << Qt::endl;
        for (const FieldChange& change : diff.changes)
            out << "    " << deviceFieldName(change.field) << ": \""
                << deviceFieldValueText(change.field, change.before) << "\" -> \""
                << deviceFieldValueText(change.field, change.after) << '"' << Qt::endl;
    }
    if (report.updated > printed && printed > 0)
        out << "  "
            << QCoreApplication::translate("ImportCommand", "... and %1 more updated devices")
                   .arg(report.updated - printed)
            << Qt::endl;
    if (!report.ignoredColumns.isEmpty())
        out << QCoreApplication::translate("ImportCommand", "Columns not read: %1")
                   .arg(report.ignoredColumns.join(QStringLiteral(", ")))
            << Qt::endl;
    for (const SuggestedColumn& suggestion : report.suggestedColumns)
        out << "  "
            << QCoreApplication::translate("ImportCommand",
                                           "\"%1\" looks like the field %2: map it with a mapping file "
                                           "(\"columns\": {\"%2\": [\"%1\"]}, see import --help)")
                   .arg(suggestion.column, suggestion.field)
            << Qt::endl;
    for (const QString& warning : report.warnings)
        out << QCoreApplication::translate("ImportCommand", "Warning: %1").arg(warning) << Qt::endl;
    if (report.applied)
        out << QCoreApplication::translate("ImportCommand", "Applied (import %1).").arg(report.importId) << Qt::endl;
    else if (report.dryRun)
        out << QCoreApplication::translate("ImportCommand", "Dry run: nothing was changed.") << Qt::endl;
    else
        out << QCoreApplication::translate("ImportCommand", "Not applied: nothing was changed.") << Qt::endl;
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "ImportCommand",
            "Import devices from a CSV export (Intune, Active Directory, Configuration Manager, Windows Autopilot, "
            "ServiceNow, an asset-management system such as Snipe-IT, a spreadsheet or Rullering's own export). All "
            "rows "
            "are applied in one transaction, or none.\n\n"
            "A mapping file (--mapping FILE) is JSON: \"columns\" names the file's columns for each field (the first "
            "non-empty one wins), \"dateOrders\" fixes a column's day/month order (dmy, mdy or auto), \"emptyClears\" "
            "lets an empty cell clear the stored value, \"municipality\" is given to rows that name none:\n"
            "  {\"profile\": \"generic\",\n"
            "   \"columns\": {\"serial\": [\"Serial No\"], \"manufacturer\": [\"Asset Make\"],\n"
            "               \"model\": [\"Asset Model\"], \"primary_user\": [\"User Allocated\"],\n"
            "               \"asset_tag\": [\"Tag No\"], \"purchase_date\": [\"Purchase Date\"]},\n"
            "   \"dateOrders\": {\"Purchase Date\": \"dmy\"},\n"
            "   \"emptyClears\": false,\n"
            "   \"municipality\": \"Molde\"}\n"
            "Fields: %1.\n"
            "A dry run with --json lists the columns no field reads (\"ignoredColumns\") and, in the same shape as "
            "\"columns\", fields their names suggest (\"suggestedColumns\").")
            .arg(fieldKeys()));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("ImportCommand", "The CSV file."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("ImportCommand", "auto (default), or one of %1.").arg(profileKeys()),
        QCoreApplication::translate("ImportCommand", "PROFILE"), QStringLiteral("auto"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        QCoreApplication::translate("ImportCommand", "A saved mapping's name, or a JSON mapping file."),
        QCoreApplication::translate("ImportCommand", "NAME|FILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("ImportCommand",
                                    "Do the whole import and show what it would change, then change nothing."));
    const QCommandLineOption skipRejected(
        QStringLiteral("skip-rejected"),
        QCoreApplication::translate("ImportCommand", "Apply the valid rows even when some rows are rejected."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("ImportCommand", "Print the summary as JSON."));
    const QCommandLineOption municipality(
        QStringLiteral("municipality"),
        QCoreApplication::translate("ImportCommand",
                                    "The municipality of rows that name none (a single municipality's own export)."),
        QCoreApplication::translate("ImportCommand", "NAME"));
    parser.addOptions({profile, mapping, dryRun, skipRejected, json, municipality});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(name, QCoreApplication::translate("ImportCommand", "give exactly one FILE"), ExitUsage);
    const QString path = parser.positionalArguments().constFirst();

    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.beforeCommit = StatusSnapshotStore::importHook();
    options.skipRejected = parser.isSet(skipRejected);
    options.listCreated = false; // printSummary() lists the changed devices only, and the JSON has no diffs
    options.municipality = parser.value(municipality).trimmed();
    const QString profileKey = parser.value(profile);
    if (profileKey != QLatin1String("auto")) {
        options.profile = parseImportProfile(profileKey);
        if (!options.profile)
            return context.fail(
                name,
                QCoreApplication::translate("ImportCommand", "--profile must be auto or one of %1, not \"%2\"")
                    .arg(profileKeys(), profileKey),
                ExitUsage);
    }
    Database* database = context.database(options.dryRun ? CliContext::Use::Preview : CliContext::Use::Load);
    if (!database)
        return ExitFailed;
    if (int refused = ExitOk; !options.dryRun && !mayDo(context, *database, name, Capability::Import, refused))
        return refused;
    if (parser.isSet(mapping)) {
        Result<ColumnMapping> loaded = MappingStore::loadNameOrFile(database->connection(), parser.value(mapping));
        if (!loaded)
            return context.fail(name, loaded.errorMessage());
        options.mapping = loaded.value();
    }

    const Result<ImportReport> result = ImportApplier::run(*database, path, options);
    // A new file is in place, synced, before the report says what it holds.
    if (!context.closeDatabase(name))
        return ExitFailed;
    if (!result)
        return context.fail(name, QCoreApplication::translate("ImportCommand", "%1: %2")
                                      .arg(QDir::toNativeSeparators(path), result.errorMessage()));
    const ImportReport& report = result.value();
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        for (const QString& warning : report.warnings)
            context.err() << "rullering-cli import: "
                          << QCoreApplication::translate("ImportCommand", "warning: %1").arg(warning) << Qt::endl;
    } else {
        printSummary(context.out(), report);
    }
    if (report.rejectedCount > 0 && !report.applied)
        return context.fail(
            name,
            options.dryRun
                ? QCoreApplication::translate("ImportCommand",
                                              "%1 rejected rows would block the import (or use --skip-rejected).")
                      .arg(report.rejectedCount)
                : QCoreApplication::translate(
                      "ImportCommand", "%1 rejected rows; nothing was applied (use --skip-rejected to apply the rest).")
                      .arg(report.rejectedCount),
            ExitRejected);
    return ExitOk;
}

} // namespace

CliCommand importCommand()
{
    return {
        QStringLiteral("import"),
        QCoreApplication::translate("ImportCommand", "Import devices from Intune, AD, ConfigMgr or spreadsheet CSV"),
        run};
}

} // namespace rullering::cli
