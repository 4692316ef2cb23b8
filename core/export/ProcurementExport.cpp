#include "ProcurementExport.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rullering {
namespace {

// The rows of the file, shared by both formats: text and number cells, and whether it is a sum row.
struct Cell
{
    bool number = false;
    QString text;
    double value = 0;
    int decimals = 0;
};
struct Row
{
    QList<Cell> cells;
    bool sum = false;
};

Cell text(const QString& value)
{
    return {false, value, 0, 0};
}

Cell count(qint64 value)
{
    return {true, {}, double(value), 0};
}

Cell amount(double value)
{
    return {true, {}, value, 2};
}

QList<Row> rowsOf(const ProcurementList& list)
{
    QList<Row> rows;
    qsizetype i = 0;
    for (const ProcurementSubtotal& subtotal : list.subtotals) {
        for (; i < list.lines.size() && list.lines[i].municipalityId == subtotal.municipalityId; ++i) {
            const ProcurementLine& line = list.lines[i];
            rows.append({{text(line.municipality), text(line.department), text(deviceTypeName(line.type)),
                          text(line.model.isEmpty()
                                   ? QCoreApplication::translate("ProcurementExport", "(no standard model set)")
                                   : line.model),
                          count(line.needed), count(line.fromSupply), count(line.quantity), amount(line.unitPrice),
                          amount(line.total)},
                         false});
        }
        rows.append(
            {{text(QCoreApplication::translate("ProcurementExport", "Sum %1").arg(subtotal.municipality)), text({}),
              text({}), text({}), text({}), text({}), count(subtotal.quantity), text({}), amount(subtotal.total)},
             true});
    }
    rows.append({{text(QCoreApplication::translate("ProcurementExport", "Total")), text({}), text({}), text({}),
                  text({}), text({}), count(list.totalQuantity), text({}), amount(list.totalAmount)},
                 true});
    return rows;
}

} // namespace

std::optional<ProcurementExport::Format> ProcurementExport::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QStringList ProcurementExport::headers()
{
    return {QCoreApplication::translate("ProcurementExport", "Municipality"),
            QCoreApplication::translate("ProcurementExport", "Department"),
            QCoreApplication::translate("ProcurementExport", "Device type"),
            QCoreApplication::translate("ProcurementExport", "Standard model"),
            QCoreApplication::translate("ProcurementExport", "Needed"),
            QCoreApplication::translate("ProcurementExport", "From stock or pool"),
            QCoreApplication::translate("ProcurementExport", "Quantity"),
            QCoreApplication::translate("ProcurementExport", "Unit price (NOK)"),
            QCoreApplication::translate("ProcurementExport", "Line total (NOK)")};
}

Status ProcurementExport::writeCsv(const ProcurementList& list, const QString& path, QChar delimiter)
{
    CsvWriter::Options options;
    options.delimiter = delimiter;
    CsvWriter writer(path, options);
    if (Status opened = writer.open(); !opened)
        return opened;
    writer.writeRow(headers());
    for (const Row& row : rowsOf(list)) {
        for (const Cell& cell : row.cells) {
            if (!cell.number)
                writer.addText(cell.text);
            else if (cell.decimals == 0)
                writer.addNumber(qint64(cell.value));
            else
                writer.addNumber(cell.value, cell.decimals);
        }
        writer.endRow();
    }
    return writer.commit();
}

Status ProcurementExport::writeXlsx(const ProcurementList& list, const QString& path)
{
    XlsxWriter writer(path);
    if (Status opened = writer.open(QCoreApplication::translate("ProcurementExport", "Procurement %1").arg(list.year));
        !opened)
        return opened;
    for (const QString& header : headers())
        writer.addText(header);
    writer.endRow(true);
    writer.freezeHeaderRow();
    for (const Row& row : rowsOf(list)) {
        for (const Cell& cell : row.cells) {
            if (cell.number)
                writer.addNumber(cell.value, cell.decimals);
            else
                writer.addText(cell.text);
        }
        writer.endRow(row.sum);
    }
    return writer.commit();
}

Status ProcurementExport::write(const ProcurementList& list, const QString& path, QChar delimiter)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return Error(QCoreApplication::translate("ProcurementExport",
                                                 "Cannot tell the format of %1: name the file .csv or .xlsx.")
                         .arg(QDir::toNativeSeparators(path)),
                     Error::Code::Invalid);
    return *format == Format::Csv ? writeCsv(list, path, delimiter) : writeXlsx(list, path);
}

} // namespace rullering
