// rullering-cli --db SOURCE copy --to TARGET [--replace]: a whole register from one engine to another (issue 17): a
// file onto a server for a team, a server into a file for a laptop, or a file into a file.

#include "CliCommand.h"
#include "CliContext.h"
#include "storage/Database.h"
#include "storage/RegisterCopy.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rullering::cli {
namespace {

void printCounts(QTextStream& out, const RegisterCopy::Summary& summary)
{
    const QString tableTitle = QCoreApplication::translate("CopyCommand", "table");
    const QString sourceTitle = QCoreApplication::translate("CopyCommand", "source");
    const QString targetTitle = QCoreApplication::translate("CopyCommand", "target");
    int width = int(tableTitle.size());
    for (const RegisterCopy::TableCount& count : summary.tables)
        width = qMax(width, int(count.table.size()));
    out << "  " << tableTitle.leftJustified(width + 2) << sourceTitle.rightJustified(12)
        << targetTitle.rightJustified(12) << Qt::endl;
    for (const RegisterCopy::TableCount& count : summary.tables)
        out << "  " << count.table.leftJustified(width + 2) << QString::number(count.source).rightJustified(12)
            << QString::number(count.target).rightJustified(12)
            << (count.source == count.target ? QString() : QStringLiteral("  *")) << Qt::endl;
}

QJsonObject countsJson(const RegisterCopy::Summary& summary, const Database& source, const Database& target)
{
    QJsonArray tables;
    for (const RegisterCopy::TableCount& count : summary.tables)
        tables.append(QJsonObject{{QStringLiteral("table"), count.table},
                                  {QStringLiteral("source"), count.source},
                                  {QStringLiteral("target"), count.target}});
    return QJsonObject{{QStringLiteral("source"), source.displayPath()},
                       {QStringLiteral("target"), target.displayPath()},
                       {QStringLiteral("copied"), summary.committed},
                       {QStringLiteral("rows"), summary.rows()},
                       {QStringLiteral("tables"), tables}};
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("copy");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CopyCommand",
        "Copy the whole register named by --db into another: a file or a server (postgresql://...), either way. "
        "Every table is copied with its ids in one transaction on the target, which is changed only when every "
        "table has as many rows as in the source. Both end at the same schema version (an older source is "
        "upgraded as it is opened)."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("CopyCommand", "The register to copy into (required)."),
                                QCoreApplication::translate("CopyCommand", "TARGET"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QCoreApplication::translate("CopyCommand", "Replace what the target holds (refused without it)."));
    const QCommandLineOption format = CliContext::tableOrJsonOption();
    const QCommandLineOption quiet(
        {QStringLiteral("q"), QStringLiteral("quiet")},
        QCoreApplication::translate("CopyCommand", "Print no progress (it is shown only on a terminal anyway)."));
    parser.addOptions({to, replace, format, quiet});
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(name,
                            QCoreApplication::translate("CopyCommand", "unexpected argument %1")
                                .arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    if (!parser.isSet(to) || parser.value(to).isEmpty())
        return context.fail(name, QCoreApplication::translate("CopyCommand", "--to TARGET is required"), ExitUsage);
    const std::optional<bool> json = context.wantsJson(parser, name, exitCode);
    if (!json)
        return exitCode;

    Database* source = context.database(CliContext::Use::Read);
    if (!source)
        return ExitFailed;
    const QString targetPath = parser.value(to);
    // A file this copy creates is removed again when the copy fails: nothing is left where nothing was.
    const bool newFile = !ServerAddress::isServerAddress(targetPath) && !QFileInfo::exists(targetPath);
    Result<std::unique_ptr<Database>> target =
        Database::open(targetPath, Database::OpenMode::CreateIfMissing, Database::Access::ReadWrite);
    if (!target)
        return context.fail(name, target.errorMessage());
    auto discardNewFile = [&] {
        if (!newFile)
            return;
        target.value().reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(targetPath + suffix);
    };

    QElapsedTimer timer;
    timer.start();
    // Progress only for a person at a terminal: scripts get exactly one line on stderr when something fails.
    const bool showProgress = !parser.isSet(quiet) && stderrIsTerminal();
    auto progress = [&](const QString& table, qint64 done, qint64 total) {
        if (!showProgress)
            return;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        context.err() << "\r\033[K"
                      << (table.isEmpty()
                              ? QCoreApplication::translate("CopyCommand", "Copied %1 of %2 rows, checking the counts")
                                    .arg(done)
                                    .arg(total)
                              : QCoreApplication::translate("CopyCommand", "Copying %1: %2 of %3 rows (%4 %)")
                                    .arg(table)
                                    .arg(done)
                                    .arg(total)
                                    .arg(percent));
        context.err().flush();
    };
    const RegisterCopy::Existing existing =
        parser.isSet(replace) ? RegisterCopy::Existing::Replace : RegisterCopy::Existing::Refuse;
    Result<RegisterCopy::Summary> summary = RegisterCopy::copy(*source, *target.value(), existing, progress);
    if (showProgress)
        context.err() << Qt::endl;
    if (!summary) {
        QString message = summary.errorMessage();
        if (summary.error().code() == Error::Code::Conflict)
            message += u' ' + QCoreApplication::translate("CopyCommand", "Add --replace to replace its contents.");
        discardNewFile();
        return context.fail(name, message);
    }

    const Database& into = *target.value();
    if (*json) {
        context.out() << QString::fromUtf8(
            QJsonDocument(countsJson(summary.value(), *source, into)).toJson(QJsonDocument::Indented));
    } else {
        context.out() << (summary->committed
                              ? QCoreApplication::translate("CopyCommand", "Copied %1 rows from %2 to %3 in %4 s:")
                                    .arg(summary->rows())
                                    .arg(source->displayPath(), into.displayPath(),
                                         QString::number(timer.elapsed() / 1000.0, 'f', 1))
                              : QCoreApplication::translate("CopyCommand", "Row counts of %1 and %2:")
                                    .arg(source->displayPath(), into.displayPath()))
                      << Qt::endl;
        printCounts(context.out(), summary.value());
    }
    if (!summary->committed) {
        QStringList differing;
        for (const RegisterCopy::TableCount& count : summary->tables)
            if (count.source != count.target)
                differing.append(count.table);
        const QString targetName = into.displayPath();
        discardNewFile();
        return context.fail(name, QCoreApplication::translate("CopyCommand",
                                                              "the row counts differ in %1; the copy was undone "
                                                              "and %2 was not changed.")
                                      .arg(differing.join(QStringLiteral(", ")), targetName));
    }
    return ExitOk;
}

} // namespace

CliCommand copyCommand()
{
    return {QStringLiteral("copy"),
            QCoreApplication::translate("CopyCommand", "Copy a whole register between files and servers"), run};
}

} // namespace rullering::cli
