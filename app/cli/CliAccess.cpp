#include "CliAccess.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"

namespace rullering::cli {

bool mayDo(CliContext& context, const Database& database, const QString& command, Capability capability, int& exitCode)
{
    Result<TeamAccess> access = ServerAccess::signedIn(database);
    if (!access) {
        exitCode = context.fail(command, access.errorMessage());
        return false;
    }
    if (access.value().may(capability))
        return true;
    exitCode = context.fail(command, access.value().refusal(capability));
    return false;
}

} // namespace rullering::cli
