#include "CliCommand.h"

namespace rullering::cli {

const QList<CliCommand>& cliCommands()
{
    static const QList<CliCommand> commands = {
        generateCommand(),
        infoCommand(),
        exportCommand(),
        statusCommand(),
        planCommand(),
        swapCommand(),
        csvInspectCommand(),
        importCommand(),
    };
    return commands;
}

} // namespace rullering::cli
