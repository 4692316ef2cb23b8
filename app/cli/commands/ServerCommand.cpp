// rullering-cli --db postgresql://... server init | grant | revoke | access: make a register on a server ready for a
// team (issues 17 and 18). init creates or upgrades the register and the team's four roles; grant, revoke and access
// (ServerAccessCommands.cpp) manage who holds them.

#include "CliCommand.h"
#include "CliContext.h"
#include "commands/ServerAccessCommands.h"
#include "domain/TeamAccess.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"
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
        "ServerCommand", "Create the register's schema on the server named by --db, or bring it up to date, and the "
                         "team's four roles with their rights (again: rights added by a newer Rullering are given). "
                         "Changes nothing when all is up to date. Needs a user allowed to create roles."));
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
    if (Status team = ServerAccess(*database).prepareTeam(); !team)
        return context.fail(name, team.errorMessage());
    QStringList roles;
    for (TeamRole role : TeamRoles::all())
        roles.append(TeamRoles::serverRole(role));
    context.out() << QCoreApplication::translate("ServerCommand", "The register in %1 is ready (schema %2).")
                         .arg(database->displayPath())
                         .arg(database->schemaVersion())
                  << Qt::endl
                  << QCoreApplication::translate("ServerCommand",
                                                 "Team roles: %1. Give one to a login with: server grant LOGIN ROLE")
                         .arg(roles.join(QStringLiteral(", ")))
                  << Qt::endl;
    return ExitOk;
}

QString usage()
{
    return QCoreApplication::translate("ServerCommand", "Usage: rullering-cli --db ADDRESS server init\n"
                                                        "       rullering-cli --db ADDRESS server grant LOGIN ROLE\n"
                                                        "       rullering-cli --db ADDRESS server revoke LOGIN ROLE\n"
                                                        "       rullering-cli --db ADDRESS server access "
                                                        "[--format table|json]\n"
                                                        "ROLE: coordinator, technician, procurement or reader.");
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("init"))
        return init(arguments.mid(1), context);
    if (action == QLatin1String("grant"))
        return serverGrant(arguments.mid(1), context, true);
    if (action == QLatin1String("revoke"))
        return serverGrant(arguments.mid(1), context, false);
    if (action == QLatin1String("access"))
        return serverAccess(arguments.mid(1), context);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << usage() << Qt::endl;
        return ExitOk;
    }
    return context.fail(QStringLiteral("server"), usage(), ExitUsage);
}

} // namespace

CliCommand serverCommand()
{
    return {
        QStringLiteral("server"),
        QCoreApplication::translate("ServerCommand", "Prepare a register on a PostgreSQL server and its team's access"),
        run};
}

} // namespace rullering::cli
