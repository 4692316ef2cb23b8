#include "CliCommand.h"
#include "CliContext.h"
#include "domain/DeviceText.h"
#include "import/CsvReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rullering::cli {
namespace {

// Cells as a terminal should show them: an ESC or a line break in a file is shown, not obeyed (JSON escapes them
// by itself).
QString tableCells(const QStringList& cells)
{
    QStringList shown;
    shown.reserve(cells.size());
    for (const QString& cell : cells)
        shown.append(escapeControlCharacters(cell));
    return shown.join(QStringLiteral(" | "));
}

int run(const QStringList& arguments, CliContext& context)
{
    const QString name = QStringLiteral("csv-inspect");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CsvInspectCommand", "Show what the importer reads in a CSV file: encoding, delimiter, header, "
                             "every row as parsed, and every error with its line and column."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("CsvInspectCommand", "The CSV file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("CsvInspectCommand", "Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!context.parse(parser, name, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(name, QCoreApplication::translate("CsvInspectCommand", "give exactly one FILE"), ExitUsage);
    const QString path = parser.positionalArguments().constFirst();

    CsvReader reader;
    const Status opened = reader.open(path);
    if (!opened && (!reader.openError() || reader.openError()->line == 0))
        return context.fail(name, opened.errorMessage());

    QList<CsvError> errors;
    if (const auto& e = reader.openError())
        errors.append(*e);
    QList<QStringList> rows;
    QList<qint64> lines;
    if (opened) {
        while (reader.readRecord()) {
            rows.append(reader.fields());
            lines.append(reader.recordLine());
            if (const auto& e = reader.recordError())
                errors.append(*e);
        }
        if (rows.isEmpty())
            errors.append(
                {2, 1, QCoreApplication::translate("CsvInspectCommand", "The file has a header but no rows.")});
    }
    const QString encoding = opened ? CsvReader::encodingName(reader.encoding()) : QString();
    const QString delimiter = opened ? CsvReader::delimiterName(reader.delimiter()) : QString();

    QTextStream& out = context.out();
    if (parser.isSet(json)) {
        QJsonArray jsonRows;
        for (const QStringList& row : std::as_const(rows))
            jsonRows.append(QJsonArray::fromStringList(row));
        QJsonArray jsonErrors;
        for (const CsvError& e : std::as_const(errors))
            jsonErrors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                          {QStringLiteral("column"), e.column},
                                          {QStringLiteral("message"), e.message}});
        const QJsonObject root{{QStringLiteral("encoding"), encoding},
                               {QStringLiteral("delimiter"), delimiter},
                               {QStringLiteral("header"), QJsonArray::fromStringList(reader.header())},
                               {QStringLiteral("rows"), jsonRows},
                               {QStringLiteral("errors"), jsonErrors}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << QCoreApplication::translate("CsvInspectCommand", "File: %1").arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        out << QCoreApplication::translate("CsvInspectCommand", "Encoding: %1").arg(encoding) << Qt::endl;
        out << QCoreApplication::translate("CsvInspectCommand", "Delimiter: %1").arg(delimiter) << Qt::endl;
        out << QCoreApplication::translate("CsvInspectCommand", "Header (%1 columns): %2")
                   .arg(reader.header().size())
                   .arg(tableCells(reader.header()))
            << Qt::endl;
        out << QCoreApplication::translate("CsvInspectCommand", "Rows: %1").arg(rows.size()) << Qt::endl;
        for (qsizetype i = 0; i < rows.size(); ++i)
            out << "  " << QCoreApplication::translate("CsvInspectCommand", "line %1:").arg(lines[i]) << ' '
                << tableCells(rows[i]) << Qt::endl;
        out << QCoreApplication::translate("CsvInspectCommand", "Errors: %1").arg(errors.size()) << Qt::endl;
        for (const CsvError& e : std::as_const(errors))
            out << "  "
                << QCoreApplication::translate("CsvInspectCommand", "line %1, column %2: %3")
                       .arg(e.line)
                       .arg(e.column)
                       .arg(escapeControlCharacters(e.message))
                << Qt::endl;
    }
    if (errors.isEmpty())
        return ExitOk;
    // Exit 1 always comes with one line on stderr (the README's contract); the details are on stdout.
    const CsvError& first = errors.constFirst();
    return context.fail(name, QCoreApplication::translate(
                                  "CsvInspectCommand", "%n error(s) in the file, the first on line %1, column %2: %3",
                                  nullptr, int(errors.size()))
                                  .arg(first.line)
                                  .arg(first.column)
                                  .arg(escapeControlCharacters(first.message)));
}

} // namespace

CliCommand csvInspectCommand()
{
    return {QStringLiteral("csv-inspect"),
            QCoreApplication::translate("CsvInspectCommand", "Show how a CSV file is read, with its errors"), run};
}

} // namespace rullering::cli
