#include "CliCommand.h"

namespace rullering::cli {

const QList<CliCommand>& cliCommands()
{
    // In the order a coordinator meets them; --help lists them so.
    static const QList<CliCommand> commands = {
        importCommand(), csvInspectCommand(), swapCommand(),     planCommand(),   statusCommand(),
        exportCommand(), infoCommand(),       generateCommand(), serverCommand(), copyCommand(),
    };
    return commands;
}

} // namespace rullering::cli
