#include "CliCommand.h"
#include "CliContext.h"
#include "register/SwapService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rullering::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rullering::cli", text);
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("swap");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record an on-site swap: the device OLD is collected and replaced by NEW. NEW is matched when it is "
           "registered as ordered, in stock, in a pool or imported and not yet placed; otherwise it is created. "
           "NEW takes over OLD's municipality, location, department, network and user."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("Serial number of the device collected."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("Serial number of the device deployed."));
    const QCommandLineOption technician(QStringLiteral("technician"),
                                        tr("Who did the swap (default: the current user)."), tr("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The day of the swap, YYYY-MM-DD (default: today; not in the future)."),
                                  tr("YYYY-MM-DD"));
    parser.addOptions({technician, date});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    const QStringList serials = parser.positionalArguments();
    if (serials.size() != 2)
        return context.fail(name, tr("give the old and the new serial number: swap OLD NEW"), ExitUsage);

    SwapRequest request;
    request.oldSerial = serials.at(0);
    request.newSerial = serials.at(1);
    request.technician = parser.value(technician);
    if (parser.isSet(date)) {
        request.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.date.isValid())
            return context.fail(name, tr("--date must be a date as YYYY-MM-DD, not \"%1\"").arg(parser.value(date)),
                                ExitUsage);
    }

    Database* database = context.database(true);
    if (!database)
        return ExitFailed;
    Result<SwapOutcome> outcome = SwapService(database->connection()).swap(request);
    if (!outcome)
        return context.fail(name, outcome.errorMessage(), ExitFailed);

    const Device& oldDevice = outcome->oldAfter;
    const Device& newDevice = outcome->newAfter;
    context.out() << tr("%1 replaced by %2 on %3 (%4).")
                         .arg(oldDevice.serial, newDevice.serial, oldDevice.replacedOn.toString(Qt::ISODate),
                              outcome->createdNew
                                  ? tr("new device registered")
                                  : tr("matched: was %1").arg(lifecycleStateName(outcome->newBefore.state).toLower()))
                  << Qt::endl;
    QStringList place;
    for (const QString& part :
         {newDevice.municipalityName, newDevice.locationName, newDevice.departmentName, newDevice.primaryUser}) {
        if (!part.isEmpty())
            place.append(part);
    }
    if (!place.isEmpty())
        context.out() << tr("In use at: %1").arg(place.join(QStringLiteral(", "))) << Qt::endl;
    return ExitOk;
}

} // namespace

CliCommand swapCommand()
{
    return {QStringLiteral("swap"),
            QCoreApplication::translate("SwapCommand", "Record a swap of an old device for a new one"), run};
}

} // namespace rullering::cli
