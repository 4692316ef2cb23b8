#pragma once

#include "domain/TeamAccess.h"

#include <QString>

namespace rullering {
class Database;
}

namespace rullering::cli {

class CliContext;

// Whether the signed-in user may do it on the open register (a file: always; a server: their team roles). When not,
// prints the refusal naming the role needed and sets exitCode to ExitFailed: the server would refuse the writes
// anyway; this says why in one line before anything starts.
bool mayDo(CliContext& context, const Database& database, const QString& command, Capability capability, int& exitCode);

} // namespace rullering::cli
