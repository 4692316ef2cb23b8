#include "CliCommand.h"
#include "CliContext.h"

namespace rullering::cli {

// Placeholder until the export lands; refuses plainly rather than pretending to work.
int exportProcurement(const QStringList&, CliContext& context)
{
    return context.fail(QStringLiteral("export"), QStringLiteral("this export is not available yet"));
}

} // namespace rullering::cli
