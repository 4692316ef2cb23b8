#include "CliAccess.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "register/SwapService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace rullering::cli {
namespace {

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("swap");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "rullering::cli",
        "Record an on-site swap: the device OLD is collected and replaced by NEW. NEW is matched when it is "
        "registered as ordered, in stock, in a pool or imported and not yet placed; otherwise it is created. "
        "NEW takes over OLD's municipality, location, department, network and user."));
    parser.addPositionalArgument(
        QStringLiteral("OLD"), QCoreApplication::translate("rullering::cli", "Serial number of the device collected."));
    parser.addPositionalArgument(
        QStringLiteral("NEW"), QCoreApplication::translate("rullering::cli", "Serial number of the device deployed."));
    const QCommandLineOption technician(
        QStringLiteral("technician"),
        QCoreApplication::translate("rullering::cli", "Who did the swap (default: the current user)."),
        QCoreApplication::translate("rullering::cli", "NAME"));
    const QCommandLineOption date(
        QStringLiteral("date"),
        QCoreApplication::translate("rullering::cli",
                                    "The day of the swap, YYYY-MM-DD (default: today; not in the future)."),
        QCoreApplication::translate("rullering::cli", "YYYY-MM-DD"));
    parser.addOptions({technician, date});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    const QStringList serials = parser.positionalArguments();
    if (serials.size() != 2)
        return context.fail(
            name, QCoreApplication::translate("rullering::cli", "give the old and the new serial number: swap OLD NEW"),
            ExitUsage);

    SwapRequest request;
    request.oldSerial = serials.at(0);
    request.newSerial = serials.at(1);
    request.technician = parser.value(technician);
    if (parser.isSet(date)) {
        request.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.date.isValid())
            return context.fail(
                name,
                QCoreApplication::translate("rullering::cli", "--date must be a date as YYYY-MM-DD, not \"%1\"")
                    .arg(parser.value(date)),
                ExitUsage);
    }

    Database* database = context.database(CliContext::Use::Change);
    if (!database)
        return ExitFailed;
    if (int refused = ExitOk; !mayDo(context, *database, name, Capability::Swap, refused))
        return refused;
    Result<SwapOutcome> outcome = SwapService(database->connection()).swap(request);
    if (!outcome)
        return context.fail(name, outcome.errorMessage(), ExitFailed);

    const Device& oldDevice = outcome->oldAfter;
    const Device& newDevice = outcome->newAfter;
    context.out() << QCoreApplication::translate("rullering::cli", "%1 replaced by %2 on %3 (%4).")
                         .arg(oldDevice.serial, newDevice.serial, oldDevice.replacedOn.toString(Qt::ISODate),
                              outcome->createdNew
                                  ? QCoreApplication::translate("rullering::cli", "new device registered")
                                  : QCoreApplication::translate("rullering::cli", "matched: was %1")
                                        .arg(lifecycleStateName(outcome->newBefore.state).toLower()))
                  << Qt::endl;
    QStringList place;
    for (const QString& part :
         {newDevice.municipalityName, newDevice.locationName, newDevice.departmentName, newDevice.primaryUser}) {
        if (!part.isEmpty())
            place.append(part);
    }
    if (!place.isEmpty())
        context.out()
            << QCoreApplication::translate("rullering::cli", "In use at: %1").arg(place.join(QStringLiteral(", ")))
            << Qt::endl;
    return ExitOk;
}

} // namespace

CliCommand swapCommand()
{
    return {QStringLiteral("swap"),
            QCoreApplication::translate("SwapCommand", "Record a swap of an old device for a new one"), run};
}

} // namespace rullering::cli
