#include "CliCommand.h"
#include "CliContext.h"
#include "PlanOptions.h"
#include "export/CsvWriter.h"
#include "planning/PlanRepository.h"
#include "planning/PlanService.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

#include <cmath>

namespace rullering::cli {
namespace {

Error usage(const QString& message)
{
    return Error(message, Error::Code::Invalid);
}

QString typeKeys()
{
    QStringList keys;
    for (DeviceType type : allDeviceTypes())
        keys.append(deviceTypeKey(type));
    return keys.join(QStringLiteral(", "));
}

// "TYPE=VALUE" pairs of a repeatable flag.
Result<QList<QPair<DeviceType, QString>>> typeValues(const QStringList& values, const QString& flag)
{
    QList<QPair<DeviceType, QString>> pairs;
    for (const QString& value : values) {
        const qsizetype eq = value.indexOf(u'=');
        const std::optional<DeviceType> type = eq > 0 ? parseDeviceType(value.left(eq)) : std::nullopt;
        if (!type)
            return usage(
                QCoreApplication::translate("PlanCommand", "--%1 must be TYPE=VALUE with TYPE one of %2; not \"%3\"")
                    .arg(flag, typeKeys(), value));
        pairs.append({*type, value.mid(eq + 1)});
    }
    return pairs;
}

QString excludedTypeNames(const PlanPolicy& policy)
{
    QStringList names;
    for (DeviceType type : allDeviceTypes()) {
        if (policy.excludes(type))
            names.append(deviceTypeKey(type));
    }
    return names.isEmpty() ? QCoreApplication::translate("PlanCommand", "none") : names.join(QStringLiteral(", "));
}

QString formatAmount(double value)
{
    return QString::number(value, 'f', 0);
}

} // namespace

PlanOptions::PlanOptions()
    : plan(QStringLiteral("plan"), QCoreApplication::translate("PlanCommand", "Start from the saved plan NAME."),
           QCoreApplication::translate("PlanCommand", "NAME"))
    , firstYear(QStringLiteral("first-year"),
                QCoreApplication::translate("PlanCommand", "First plan year (default: the status date's year)."),
                QCoreApplication::translate("PlanCommand", "Y"))
    , years(QStringLiteral("years"), QCoreApplication::translate("PlanCommand", "Number of plan years (default 5)."),
            QCoreApplication::translate("PlanCommand", "N"))
    , asOf(QStringLiteral("as-of"),
           QCoreApplication::translate("PlanCommand", "Status date: activity is judged against it (default today)."),
           QCoreApplication::translate("PlanCommand", "YYYY-MM-DD"))
    , activityDays(QStringLiteral("activity-days"),
                   QCoreApplication::translate(
                       "PlanCommand",
                       "Devices not seen within D days before the status date go to the collect list (default 90)."),
                   QCoreApplication::translate("PlanCommand", "D"))
    , lifetime(QStringLiteral("lifetime"),
               QCoreApplication::translate("PlanCommand", "Lifetime of a device type, e.g. laptop=5 (repeatable)."),
               QCoreApplication::translate("PlanCommand", "TYPE=YEARS"))
    , levelled(QStringLiteral("levelled"),
               QCoreApplication::translate("PlanCommand",
                                           "Use the levelled plan (an even yearly rate) instead of the straight one."))
    , capacity(QStringLiteral("capacity"),
               QCoreApplication::translate(
                   "PlanCommand", "Devices a municipality can swap a year, e.g. Molde=900 (repeatable; 0 = no limit)."),
               QCoreApplication::translate("PlanCommand", "MUNICIPALITY=N"))
    , model(QStringLiteral("model"),
            QCoreApplication::translate("PlanCommand",
                                        "Standard model bought for a type, e.g. \"laptop=Dell Latitude 5450\"."),
            QCoreApplication::translate("PlanCommand", "TYPE=MODEL"))
    , price(QStringLiteral("price"),
            QCoreApplication::translate("PlanCommand", "Unit price in NOK for a type, e.g. laptop=11500."),
            QCoreApplication::translate("PlanCommand", "TYPE=NOK"))
    , includeType(
          QStringLiteral("include-type"),
          QCoreApplication::translate(
              "PlanCommand", "Plan a type left out by default, e.g. phone (repeatable; phone and server are out)."),
          QCoreApplication::translate("PlanCommand", "TYPE"))
    , excludeType(
          QStringLiteral("exclude-type"),
          QCoreApplication::translate("PlanCommand", "Leave a device type out of the plan, e.g. printer (repeatable)."),
          QCoreApplication::translate("PlanCommand", "TYPE"))
{}

void PlanOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({plan, firstYear, years, asOf, activityDays, lifetime, levelled, capacity, model, price,
                       includeType, excludeType});
}

Result<PlanPolicy> PlanOptions::policy(const QCommandLineParser& parser, Database& database) const
{
    QDate statusDate = QDate::currentDate();
    if (parser.isSet(asOf)) {
        statusDate = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!statusDate.isValid())
            return usage(QCoreApplication::translate("PlanCommand", "--as-of must be a date as YYYY-MM-DD, not \"%1\"")
                             .arg(parser.value(asOf)));
    }
    // Without --plan: the current settings the GUI's plan editor saved (the defaults until someone did), so the
    // CLI plans with the same lifetimes and prices as the Plan page, the board report and the status.
    const PlanRepository plans(database.connection());
    Result<PlanPolicy> saved = parser.isSet(plan) ? plans.load(parser.value(plan)) : plans.current();
    if (!saved)
        return saved.error();
    PlanPolicy policy = saved.value();
    if (parser.isSet(asOf)) {
        policy.statusDate = statusDate;
        if (!parser.isSet(firstYear))
            policy.firstYear = statusDate.year();
    }
    auto number = [&](const QCommandLineOption& option, int low, int high, int& target) -> Status {
        if (!parser.isSet(option))
            return {};
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return usage(
                QCoreApplication::translate("PlanCommand", "--%1 must be a whole number from %2 to %3, not \"%4\"")
                    .arg(option.names().constFirst())
                    .arg(low)
                    .arg(high)
                    .arg(parser.value(option)));
        target = value;
        return {};
    };
    if (Status s = number(firstYear, 1980, 2200, policy.firstYear); !s)
        return s.error();
    if (Status s = number(years, 1, 30, policy.years); !s)
        return s.error();
    if (Status s = number(activityDays, 1, 3650, policy.activityDays); !s)
        return s.error();
    if (parser.isSet(levelled))
        policy.levelled = true;

    Result<QList<QPair<DeviceType, QString>>> lifetimes =
        typeValues(parser.values(lifetime), QStringLiteral("lifetime"));
    if (!lifetimes)
        return lifetimes.error();
    for (const auto& [type, text] : lifetimes.value()) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 1 || value > 30)
            return usage(QCoreApplication::translate("PlanCommand", "--lifetime %1 must be 1 to 30 years, not \"%2\"")
                             .arg(deviceTypeKey(type), text));
        policy.setLifetime(type, value);
    }
    for (const QCommandLineOption* option : {&includeType, &excludeType}) {
        for (const QString& value : parser.values(*option)) {
            const std::optional<DeviceType> type = parseDeviceType(value);
            if (!type)
                return usage(QCoreApplication::translate("PlanCommand", "--%1 must be one of %2, not \"%3\"")
                                 .arg(option->names().constFirst(), typeKeys(), value));
            policy.setExcluded(*type, option == &excludeType);
        }
    }
    Result<QList<QPair<DeviceType, QString>>> models = typeValues(parser.values(model), QStringLiteral("model"));
    if (!models)
        return models.error();
    for (const auto& [type, text] : models.value()) {
        StandardItem item = policy.standard(type);
        item.model = text.trimmed();
        policy.setStandard(type, item);
    }
    Result<QList<QPair<DeviceType, QString>>> prices = typeValues(parser.values(price), QStringLiteral("price"));
    if (!prices)
        return prices.error();
    for (const auto& [type, text] : prices.value()) {
        bool ok = false;
        QString normalised = text.trimmed();
        normalised.replace(u',', u'.');
        const double value = normalised.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value <= 0)
            return usage(QCoreApplication::translate("PlanCommand", "--price %1 must be an amount in NOK, not \"%2\"")
                             .arg(deviceTypeKey(type), text));
        if (const QString problem = StandardItem::priceProblem(type, value); !problem.isEmpty())
            return usage(QStringLiteral("--price %1: %2").arg(deviceTypeKey(type), problem));
        StandardItem item = policy.standard(type);
        item.unitPrice = value;
        policy.setStandard(type, item);
    }
    if (parser.isSet(capacity)) {
        Result<QList<Municipality>> municipalities = ReferenceRepository(database.connection()).municipalities();
        if (!municipalities)
            return municipalities.error();
        for (const QString& value : parser.values(capacity)) {
            const qsizetype eq = value.lastIndexOf(u'=');
            bool ok = false;
            const qint64 n = eq > 0 ? value.mid(eq + 1).toLongLong(&ok) : 0;
            if (!ok || n < 0)
                return usage(QCoreApplication::translate(
                                 "PlanCommand", "--capacity must be MUNICIPALITY=N with N a whole number, not \"%1\"")
                                 .arg(value));
            const QString name = value.left(eq).trimmed();
            const auto it = std::find_if(municipalities->cbegin(), municipalities->cend(), [&](const Municipality& m) {
                return m.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (it == municipalities->cend())
                return usage(
                    QCoreApplication::translate("PlanCommand", "--capacity: there is no municipality named \"%1\"")
                        .arg(name));
            policy.municipalities[it->id].capacity = n;
        }
    }
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return usage(problem);
    return policy;
}

namespace {

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("plan");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "PlanCommand", "Compute the replacement plan per municipality and year: devices in use by production year and "
                       "lifetime, the straight and the levelled plan, overdue, supply and what to buy."));
    PlanOptions options;
    options.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("PlanCommand", "Output format: table, csv or json."),
                                    QCoreApplication::translate("PlanCommand", "FORMAT"), QStringLiteral("table"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"), QCoreApplication::translate("PlanCommand", "CSV delimiter: ';' (default) or ','."),
        QCoreApplication::translate("PlanCommand", "CHAR"), QStringLiteral(";"));
    const QCommandLineOption save(QStringLiteral("save"),
                                  QCoreApplication::translate("PlanCommand", "Save the policy as the plan NAME."),
                                  QCoreApplication::translate("PlanCommand", "NAME"));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    QCoreApplication::translate("PlanCommand", "Print the time taken on stderr."));
    parser.addOptions({format, delimiter, save, timing});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(name,
                            QCoreApplication::translate("PlanCommand", "unexpected argument %1")
                                .arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return context.fail(
            name,
            QCoreApplication::translate("PlanCommand", "--format must be table, csv or json, not \"%1\"").arg(fmt),
            ExitUsage);
    const QString delim = parser.value(delimiter);
    if (delim != QLatin1String(";") && delim != QLatin1String(","))
        return context.fail(
            name, QCoreApplication::translate("PlanCommand", "--delimiter must be ';' or ',', not \"%1\"").arg(delim),
            ExitUsage);

    Database* database = context.database(CliContext::Use::Read);
    if (!database)
        return ExitFailed;
    Result<PlanPolicy> policy = options.policy(parser, *database);
    if (!policy)
        return context.fail(name, policy.errorMessage(),
                            policy.error().code() == Error::Code::Invalid ? ExitUsage : ExitFailed);

    if (parser.isSet(save)) {
        Transaction tx(database->connection());
        if (Status begun = tx.begin(); !begun)
            return context.fail(name, begun.errorMessage());
        PlanRepository plans(database->connection());
        if (Status saved = plans.save(tx, parser.value(save), policy.value()); !saved)
            return context.fail(name, saved.errorMessage());
        if (Status committed = tx.commit(); !committed)
            return context.fail(name, committed.errorMessage());
        context.err()
            << QCoreApplication::translate("PlanCommand", "Saved the plan \"%1\".").arg(parser.value(save).trimmed())
            << Qt::endl;
    }

    QElapsedTimer timer;
    timer.start();
    PlanService service(*database);
    Result<PlanSummary> summary = service.summary(policy.value());
    if (!summary)
        return context.fail(name, summary.errorMessage());
    if (parser.isSet(timing))
        context.err() << QCoreApplication::translate("PlanCommand", "Plan computed in %1 ms over %2 devices in use.")
                             .arg(timer.elapsed())
                             .arg(service.input().items.size())
                      << Qt::endl;

    QTextStream& out = context.out();
    const PlanSummary& s = summary.value();
    if (fmt == QLatin1String("json")) {
        QJsonArray rows;
        for (const PlanRow& row : s.rows)
            rows.append(QJsonObject{{QStringLiteral("municipality"), row.municipality},
                                    {QStringLiteral("year"), row.year},
                                    {QStringLiteral("straight"), row.straight},
                                    {QStringLiteral("levelled"), row.levelled},
                                    {QStringLiteral("overdue"), row.overdue},
                                    {QStringLiteral("due"), row.due},
                                    {QStringLiteral("supply"), row.supply},
                                    {QStringLiteral("toBuy"), row.toBuy},
                                    {QStringLiteral("cost"), row.cost}});
        const QJsonObject root{
            {QStringLiteral("rows"), rows},
            {QStringLiteral("collect"), s.collect},
            {QStringLiteral("needsData"), s.needsData},
            {QStringLiteral("kept"), s.kept},
            {QStringLiteral("excluded"), s.excludedPlace},
            {QStringLiteral("excludedType"), s.excludedType},
            {QStringLiteral("beyondHorizon"), s.beyondHorizon},
            {QStringLiteral("unplaced"), s.unplaced},
            {QStringLiteral("plan"), s.policy.levelled ? QStringLiteral("levelled") : QStringLiteral("straight")},
            {QStringLiteral("firstYear"), s.policy.firstYear},
            {QStringLiteral("years"), s.policy.years},
            {QStringLiteral("asOf"), s.policy.statusDate.toString(Qt::ISODate)}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QStringList header = {QCoreApplication::translate("PlanCommand", "Municipality"),
                                QCoreApplication::translate("PlanCommand", "Year"),
                                QCoreApplication::translate("PlanCommand", "Due"),
                                QCoreApplication::translate("PlanCommand", "Straight"),
                                QCoreApplication::translate("PlanCommand", "Levelled"),
                                QCoreApplication::translate("PlanCommand", "Overdue"),
                                QCoreApplication::translate("PlanCommand", "Supply"),
                                QCoreApplication::translate("PlanCommand", "To buy"),
                                QCoreApplication::translate("PlanCommand", "Cost")};
    auto cells = [](const PlanRow& row) {
        return QStringList{row.municipality,
                           QString::number(row.year),
                           QString::number(row.due),
                           QString::number(row.straight),
                           QString::number(row.levelled),
                           QString::number(row.overdue),
                           QString::number(row.supply),
                           QString::number(row.toBuy),
                           formatAmount(row.cost)};
    };
    if (fmt == QLatin1String("csv")) {
        CsvWriter::Options csv;
        csv.delimiter = delim.front();
        auto line = [&](const QStringList& fields) {
            QStringList encoded;
            for (const QString& field : fields)
                encoded.append(CsvWriter::encodeText(field, csv));
            out << encoded.join(csv.delimiter) << "\r\n";
        };
        line(header);
        for (const PlanRow& row : s.rows)
            line(cells(row));
        return ExitOk;
    }

    QList<QStringList> table{header};
    for (const PlanRow& row : s.rows)
        table.append(cells(row));
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : table) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    out << QCoreApplication::translate("PlanCommand", "Plan %1–%2, %3, status as of %4, activity window %5 days")
               .arg(s.policy.firstYear)
               .arg(s.policy.lastYear())
               .arg(s.policy.levelled ? QCoreApplication::translate("PlanCommand", "levelled")
                                      : QCoreApplication::translate("PlanCommand", "straight"))
               .arg(s.policy.statusDate.toString(Qt::ISODate))
               .arg(s.policy.activityDays)
        << Qt::endl;
    for (const QStringList& row : table) {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c)
            text += (c == 0 ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c] + 2));
        out << text << Qt::endl;
    }
    out << Qt::endl
        << QCoreApplication::translate("PlanCommand", "Collect or verify (not seen within %1 days): %2")
               .arg(s.policy.activityDays)
               .arg(s.collect)
        << Qt::endl
        << QCoreApplication::translate("PlanCommand", "Needs data (no production year): %1").arg(s.needsData)
        << Qt::endl
        << QCoreApplication::translate("PlanCommand", "Kept: %1, excluded location or department: %2, due after %3: %4")
               .arg(s.kept)
               .arg(s.excludedPlace)
               .arg(s.policy.lastYear())
               .arg(s.beyondHorizon)
        << Qt::endl
        << QCoreApplication::translate("PlanCommand", "Types not planned (%1): %2")
               .arg(excludedTypeNames(s.policy))
               .arg(s.excludedType)
        << Qt::endl;
    if (s.unplaced > 0)
        out << QCoreApplication::translate("PlanCommand", "Still overdue at the end of the plan (capacity): %1")
                   .arg(s.unplaced)
            << Qt::endl;
    return ExitOk;
}

} // namespace

CliCommand planCommand()
{
    return {QStringLiteral("plan"),
            QCoreApplication::translate("PlanCommand", "Compute the replacement plan (straight or levelled)"), run};
}

} // namespace rullering::cli
