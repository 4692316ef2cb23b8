#include "CliCommand.h"
#include "CliContext.h"

#include <QCoreApplication>

namespace rullering::cli {
namespace {

int run(const QStringList& arguments, CliContext& context)
{
    const QString usage = QCoreApplication::translate(
        "ExportCommand", "Usage: rullering-cli export devices|procurement [options]; add --help after the target.");
    if (arguments.isEmpty())
        return context.fail(QStringLiteral("export"), usage, ExitUsage);
    const QString target = arguments.constFirst();
    if (target == QLatin1String("--help") || target == QLatin1String("-h")) {
        context.out() << usage << Qt::endl;
        return ExitOk;
    }
    if (target == QLatin1String("devices"))
        return exportDevices(arguments.mid(1), context);
    if (target == QLatin1String("procurement"))
        return exportProcurement(arguments.mid(1), context);
    return context.fail(QStringLiteral("export"),
                        QCoreApplication::translate("ExportCommand", "unknown export \"%1\". %2").arg(target, usage),
                        ExitUsage);
}

} // namespace

CliCommand exportCommand()
{
    return {QStringLiteral("export"),
            QCoreApplication::translate("ExportCommand", "Export devices or a procurement list to CSV/XLSX"), run};
}

} // namespace rullering::cli
