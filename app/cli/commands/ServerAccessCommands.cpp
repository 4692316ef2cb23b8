// rullering-cli --db postgresql://... server grant LOGIN ROLE | server revoke LOGIN ROLE | server access (issue 18).
// The work is core's (storage/ServerAccess); these say it in one line each, and refuse an unknown login or role
// with exit 1.

#include "ServerAccessCommands.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "domain/TeamAccess.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rullering::cli {
namespace {

// A server register, opened for reading its catalogue; null after saying why.
Database* serverDatabase(const QString& name, CliContext& context, int& exitCode)
{
    if (!ServerAddress::isServerAddress(context.databasePath())) {
        exitCode = context.fail(
            name,
            QCoreApplication::translate("ServerCommand", "--db must name a server (postgresql://...), not the file %1")
                .arg(context.databasePath()),
            ExitUsage);
        return nullptr;
    }
    Database* database = context.database(CliContext::Use::Read);
    exitCode = database ? ExitOk : ExitFailed;
    return database;
}

void printTable(QTextStream& out, const QList<AccessEntry>& entries)
{
    const QString userTitle = QCoreApplication::translate("ServerCommand", "User");
    int width = int(userTitle.size());
    for (const AccessEntry& entry : entries)
        width = qMax(width, int(entry.user.size()));
    out << userTitle.leftJustified(width + 2) << QCoreApplication::translate("ServerCommand", "Role") << Qt::endl;
    for (const AccessEntry& entry : entries)
        out << entry.user.leftJustified(width + 2) << TeamRoles::key(entry.role) << Qt::endl;
    if (entries.isEmpty())
        out << QCoreApplication::translate("ServerCommand", "(nobody holds a team role yet)") << Qt::endl;
}

} // namespace

int serverGrant(const QStringList& arguments, CliContext& context, bool granting)
{
    const QString name = granting ? QStringLiteral("server grant") : QStringLiteral("server revoke");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        granting
            ? QCoreApplication::translate("ServerCommand", "Give an existing server login one of the team's roles.")
            : QCoreApplication::translate("ServerCommand", "Take one of the team's roles from a server login."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
                                 QCoreApplication::translate("ServerCommand", "A login that exists on the server."));
    parser.addPositionalArgument(
        QStringLiteral("ROLE"),
        QCoreApplication::translate("ServerCommand", "coordinator, technician, procurement or reader."));
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(
            name, QCoreApplication::translate("ServerCommand", "give a login and a role: %1 LOGIN ROLE").arg(name),
            ExitUsage);
    Database* database = serverDatabase(name, context, exitCode);
    if (!database)
        return exitCode;
    const QString& login = positional.at(0);
    const QString& role = positional.at(1);
    ServerAccess access(*database);
    Result<bool> changed = granting ? access.grant(login, role) : access.revoke(login, role);
    if (!changed)
        return context.fail(name, changed.errorMessage(), ExitFailed);
    if (granting)
        context.out() << (changed.value() ? QCoreApplication::translate("ServerCommand", "%1 now has the %2 role.")
                                          : QCoreApplication::translate("ServerCommand", "%1 already had the %2 role."))
                             .arg(login, role)
                      << Qt::endl;
    else
        context.out() << (changed.value()
                              ? QCoreApplication::translate("ServerCommand", "%1 no longer has the %2 role.")
                              : QCoreApplication::translate("ServerCommand", "%1 did not have the %2 role."))
                             .arg(login, role)
                      << Qt::endl;
    return ExitOk;
}

int serverAccess(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("server access");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ServerCommand", "List who holds which of the team's roles on the server."));
    const QCommandLineOption format = CliContext::tableOrJsonOption();
    parser.addOption(format);
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    const std::optional<bool> json = context.wantsJson(parser, name, exitCode);
    if (!json)
        return exitCode;
    Database* database = serverDatabase(name, context, exitCode);
    if (!database)
        return exitCode;
    Result<QList<AccessEntry>> entries = ServerAccess(*database).list();
    if (!entries)
        return context.fail(name, entries.errorMessage());
    if (*json) {
        QJsonArray users;
        for (const AccessEntry& entry : std::as_const(entries.value()))
            users.append(QJsonObject{{QStringLiteral("user"), entry.user},
                                     {QStringLiteral("role"), TeamRoles::key(entry.role)}});
        context.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("users"), users}}).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    printTable(context.out(), entries.value());
    return ExitOk;
}

} // namespace rullering::cli
