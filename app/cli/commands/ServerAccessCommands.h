#pragma once

#include <QStringList>

namespace rullering::cli {

class CliContext;

// The team's access on a server (ServerAccessCommands.cpp), reached through "server" (ServerCommand.cpp):
// server grant LOGIN ROLE / server revoke LOGIN ROLE (granting false), and server access.
int serverGrant(const QStringList& arguments, CliContext& context, bool granting);
int serverAccess(const QStringList& arguments, CliContext& context);

} // namespace rullering::cli
