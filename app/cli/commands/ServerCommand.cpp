// rullering-cli --db postgresql://... server init: make a register on a server ready before anyone uses it (issue 17).
// Issue 18 adds the team's roles to init, and grant, revoke and access.

#include "CliCommand.h"
#include "CliContext.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rullering::cli {
namespace {

int init(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("server init");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServerCommand", "Create the register's schema on the server named by --db, or bring it up to date. "
                         "Changes nothing when it is up to date already."));
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (!ServerAddress::isServerAddress(context.databasePath()))
        return context.fail(
            name,
            QCoreApplication::translate("ServerCommand", "--db must name a server (postgresql://...), not the file %1")
                .arg(context.databasePath()),
            ExitUsage);
    Database* database = context.database(CliContext::Use::Create);
    if (!database)
        return ExitFailed;
    context.out() << QCoreApplication::translate("ServerCommand", "The register in %1 is ready (schema %2).")
                         .arg(database->displayPath())
                         .arg(database->schemaVersion())
                  << Qt::endl;
    return ExitOk;
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString usage = QCoreApplication::translate("ServerCommand", "Usage: rullering-cli --db ADDRESS server init");
    const QString action = arguments.value(0);
    if (action == QLatin1String("init"))
        return init(arguments.mid(1), context);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << usage << Qt::endl;
        return ExitOk;
    }
    return context.fail(QStringLiteral("server"), usage, ExitUsage);
}

} // namespace

CliCommand serverCommand()
{
    return {QStringLiteral("server"),
            QCoreApplication::translate("ServerCommand", "Prepare a register on a PostgreSQL server"), run};
}

} // namespace rullering::cli
