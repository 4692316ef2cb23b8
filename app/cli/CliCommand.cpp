#include "CliCommand.h"

#include <QtGlobal>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

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

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

} // namespace rullering::cli
