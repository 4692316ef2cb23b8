#include "CliCommand.h"
#include "CliContext.h"
#include "export/CsvWriter.h"
#include "reporting/ChartSeries.h"
#include "reporting/StatusCalculator.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace rullering::cli {
namespace {

QJsonObject countsJson(const StatusCounts& counts)
{
    return {{QStringLiteral("active"), counts.active},
            {QStringLiteral("inactive"), counts.inactive},
            {QStringLiteral("due"), counts.due()},
            {QStringLiteral("replaced"), counts.replaced},
            {QStringLiteral("remaining"), counts.remaining},
            // Added (issue 19): how many of active and of remaining are active only because they were seen after
            // the status date (a past date asked after newer imports).
            {QStringLiteral("activeInferred"), counts.inferred},
            {QStringLiteral("remainingInferred"), counts.inferredRemaining}};
}

void printJson(QTextStream& out, const StatusReport& report)
{
    QJsonArray rows;
    for (const StatusRow& row : report.rows) {
        QJsonObject object = countsJson(row.counts);
        object.insert(QStringLiteral("municipality"), row.municipality);
        rows.append(object);
    }
    const QJsonObject root{{QStringLiteral("asOf"), report.asOf.toString(Qt::ISODate)},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("total"), countsJson(report.total)}};
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

// Plain CSV for scripts: comma, no byte order mark, one header line.
void printCsv(QTextStream& out, const StatusReport& report)
{
    const CsvWriter::Options options{u',', false, true};
    auto line = [&](const QString& name, const StatusCounts& c) {
        out << CsvWriter::encodeText(name, options) << ',' << c.active << ',' << c.inactive << ',' << c.due() << ','
            << c.replaced << ',' << c.remaining << "\r\n";
    };
    out << "municipality,active,inactive,due,replaced,remaining\r\n";
    for (const StatusRow& row : report.rows)
        line(row.municipality, row.counts);
    line(QStringLiteral("TOTAL"), report.total);
}

void printTable(QTextStream& out, const StatusReport& report)
{
    const QStringList headers = {QCoreApplication::translate("StatusCommand", "Municipality"),
                                 QCoreApplication::translate("StatusCommand", "Active"),
                                 QCoreApplication::translate("StatusCommand", "Inactive"),
                                 QCoreApplication::translate("StatusCommand", "Due"),
                                 QCoreApplication::translate("StatusCommand", "Replaced"),
                                 QCoreApplication::translate("StatusCommand", "Remaining"),
                                 QCoreApplication::translate("StatusCommand", "Share done")};
    QList<QStringList> lines;
    auto line = [&](const QString& name, const StatusCounts& c) {
        lines.append({name, QString::number(c.active), QString::number(c.inactive), QString::number(c.due()),
                      QString::number(c.replaced), QString::number(c.remaining),
                      c.due() > 0 ? QString::number(c.shareDone() * 100.0, 'f', 1) + u'%' : QStringLiteral("-")});
    };
    for (const StatusRow& row : report.rows)
        line(row.municipalityId == 0 ? noMunicipalityName() : row.municipality, row.counts);
    line(QCoreApplication::translate("StatusCommand", "Total"), report.total);

    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths.append(header.size());
    for (const QStringList& l : std::as_const(lines)) {
        for (qsizetype i = 0; i < l.size(); ++i)
            widths[i] = qMax(widths[i], l[i].size());
    }
    auto print = [&](const QStringList& l) {
        out << l[0].leftJustified(widths[0]);
        for (qsizetype i = 1; i < l.size(); ++i)
            out << "  " << l[i].rightJustified(widths[i]);
        out << Qt::endl;
    };
    out << QCoreApplication::translate("StatusCommand", "Status as of %1, active = seen in the last %2 days")
               .arg(report.asOf.toString(Qt::ISODate))
               .arg(report.activityDays)
        << Qt::endl;
    print(headers);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1) {
            qsizetype total = 0;
            for (qsizetype w : std::as_const(widths))
                total += w + 2;
            out << QString(total - 2, u'-') << Qt::endl;
        }
        print(lines[i]);
    }
    if (report.total.inferred > 0)
        out << QCoreApplication::translate("StatusCommand",
                                           "Counted as in use on %1 only because they were seen after it, not in "
                                           "the window before: %2 active, %3 of them remaining.")
                   .arg(report.asOf.toString(Qt::ISODate))
                   .arg(report.total.inferred)
                   .arg(report.total.inferredRemaining)
            << Qt::endl;
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("status");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "StatusCommand",
        "Show the rollout status per municipality and in total as of a date: active and inactive devices, "
        "due, replaced this year and remaining."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QCoreApplication::translate("StatusCommand", "Status date; default today."),
                                  QCoreApplication::translate("StatusCommand", "YYYY-MM-DD"));
    const QCommandLineOption activityDays(
        QStringLiteral("activity-days"),
        QCoreApplication::translate("StatusCommand", "Devices seen within this many days before the date are active."),
        QCoreApplication::translate("StatusCommand", "D"), QString::number(StatusCalculator::DefaultActivityDays));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("StatusCommand", "Output format: table, csv or json."),
                                    QCoreApplication::translate("StatusCommand", "FORMAT"), QStringLiteral("table"));
    parser.addOptions({asOf, activityDays, format});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(name,
                            QCoreApplication::translate("StatusCommand", "unexpected argument %1")
                                .arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    QDate date = QDate::currentDate();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid())
            return context.fail(
                name,
                QCoreApplication::translate("StatusCommand", "--as-of must be a date as YYYY-MM-DD, not \"%1\"")
                    .arg(parser.value(asOf)),
                ExitUsage);
    }
    bool ok = false;
    const int days = parser.value(activityDays).toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return context.fail(name,
                            QCoreApplication::translate(
                                "StatusCommand", "--activity-days must be a whole number from 1 to 3650, not \"%1\"")
                                .arg(parser.value(activityDays)),
                            ExitUsage);
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return context.fail(
            name,
            QCoreApplication::translate("StatusCommand", "--format must be table, csv or json, not \"%1\"").arg(fmt),
            ExitUsage);

    Database* database = context.database(CliContext::Use::Read);
    if (!database)
        return ExitFailed;
    Result<StatusReport> report = StatusCalculator::compute(database->connection(), date, days);
    if (!report)
        return context.fail(name, report.errorMessage());
    if (fmt == QLatin1String("json"))
        printJson(context.out(), report.value());
    else if (fmt == QLatin1String("csv"))
        printCsv(context.out(), report.value());
    else
        printTable(context.out(), report.value());
    return ExitOk;
}

} // namespace

CliCommand statusCommand()
{
    return {QStringLiteral("status"), QCoreApplication::translate("StatusCommand", "Rollout status per municipality"),
            run};
}

} // namespace rullering::cli
