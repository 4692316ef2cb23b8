#include "CliCommand.h"
#include "CliContext.h"
#include "storage/Database.h"
#include "storage/RegisterStatistics.h"
#include "storage/SchemaManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace rullering::cli {
namespace {

void printTable(QTextStream& out, const QString& title, const QList<QPair<QString, qint64>>& rows)
{
    int width = int(title.size());
    for (const auto& row : rows)
        width = qMax(width, int(row.first.size()));
    out << title << Qt::endl;
    for (const auto& row : rows)
        out << "  " << row.first.leftJustified(width + 2) << QString::number(row.second).rightJustified(10) << Qt::endl;
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("info");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "InfoCommand", "Show the database's schema version and its devices per municipality, "
                       "type and lifecycle state."));
    const QCommandLineOption format = CliContext::tableOrJsonOption();
    parser.addOption(format);
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    const std::optional<bool> json = context.wantsJson(parser, name, exitCode);
    if (!json)
        return exitCode;

    Database* database = context.database(CliContext::Use::Read);
    if (!database)
        return ExitFailed;
    Result<RegisterStatistics> stats = RegisterStatistics::compute(database->connection());
    if (!stats)
        return context.fail(name, stats.errorMessage());

    if (*json) {
        QJsonObject perMunicipality, perType, perState;
        for (const auto& row : stats->perMunicipality)
            perMunicipality.insert(row.name, row.count);
        for (const auto& row : stats->perType)
            perType.insert(deviceTypeKey(row.type), row.count);
        for (const auto& row : stats->perState)
            perState.insert(lifecycleStateKey(row.state), row.count);
        const QJsonObject root{{QStringLiteral("database"), database->displayPath()},
                               {QStringLiteral("schemaVersion"), stats->schemaVersion},
                               {QStringLiteral("devices"), stats->total},
                               {QStringLiteral("municipalities"), perMunicipality},
                               {QStringLiteral("types"), perType},
                               {QStringLiteral("states"), perState}};
        context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QTextStream& out = context.out();
    out << QCoreApplication::translate("InfoCommand", "Database: %1")
               .arg(database->isServer() ? database->displayPath() : QDir::toNativeSeparators(database->path()))
        << Qt::endl;
    out << QCoreApplication::translate("InfoCommand", "Schema version: %1 (this Rullering: %2)")
               .arg(stats->schemaVersion)
               .arg(SchemaManager::currentVersion())
        << Qt::endl;
    out << QCoreApplication::translate("InfoCommand", "Devices: %1").arg(stats->total) << Qt::endl << Qt::endl;
    QList<QPair<QString, qint64>> rows;
    for (const auto& row : stats->perMunicipality)
        rows.append({row.name.isEmpty() ? QCoreApplication::translate("InfoCommand", "(no municipality)") : row.name,
                     row.count});
    printTable(out, QCoreApplication::translate("InfoCommand", "Per municipality"), rows);
    rows.clear();
    for (const auto& row : stats->perType)
        rows.append({deviceTypeName(row.type), row.count});
    printTable(out, QCoreApplication::translate("InfoCommand", "Per type"), rows);
    rows.clear();
    for (const auto& row : stats->perState)
        rows.append({lifecycleStateName(row.state), row.count});
    printTable(out, QCoreApplication::translate("InfoCommand", "Per lifecycle state"), rows);
    return ExitOk;
}

} // namespace

CliCommand infoCommand()
{
    return {QStringLiteral("info"), QCoreApplication::translate("InfoCommand", "Show counts and schema version"), run};
}

} // namespace rullering::cli
