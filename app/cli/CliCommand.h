#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rullering::cli {

class CliContext;

// Exit codes are a contract with users' scheduled scripts: keep them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailed = 1,   // the operation was refused or failed; the reason is on stderr
    ExitUsage = 2,    // the command line is wrong
    ExitRejected = 3, // an import found rejected rows and applied nothing
};

// One subcommand of rullering-cli. Each lives in commands/ and registers itself in the table in CliCommand.cpp.
struct CliCommand
{
    QString name;
    QString summary; // one line for the overview
    std::function<int(const QStringList& arguments, CliContext& context)> run;
};

const QList<CliCommand>& cliCommands();

// Progress goes to stderr only when a person watches it, never into a scheduled job's log.
bool stderrIsTerminal();

// Defined in commands/*.cpp.
CliCommand generateCommand();
CliCommand infoCommand();
CliCommand exportCommand();
CliCommand statusCommand();
CliCommand planCommand(); // commands/PlanCommand.cpp
CliCommand swapCommand();
CliCommand csvInspectCommand(); // commands/CsvInspectCommand.cpp
CliCommand importCommand();     // commands/ImportCommand.cpp
CliCommand serverCommand();     // commands/ServerCommand.cpp
CliCommand copyCommand();       // commands/CopyCommand.cpp

// The targets of "export", each in its own file.
int exportDevices(const QStringList& arguments, CliContext& context);     // commands/ExportDevicesCommand.cpp
int exportProcurement(const QStringList& arguments, CliContext& context); // commands/ExportProcurementCommand.cpp

} // namespace rullering::cli
