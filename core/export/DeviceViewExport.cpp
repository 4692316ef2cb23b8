#include "DeviceViewExport.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>

#include <memory>

namespace rullering {
namespace {

// Rows read per query: a screenful many times over, never the whole register in memory at once for CSV.
constexpr int ChunkRows = 2000;

QString cellForClipboard(QString text)
{
    // A tab or line break inside a cell would split it into two cells or rows when pasted.
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

QString deviceColumnText(const Device& d, DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Serial:
        return d.serial;
    case DeviceColumn::Hostname:
        return d.hostname;
    case DeviceColumn::Type:
        return deviceTypeName(d.type);
    case DeviceColumn::Manufacturer:
        return d.manufacturer;
    case DeviceColumn::Model:
        return d.model;
    case DeviceColumn::ProductionYear:
        return d.productionYear > 0 ? QString::number(d.productionYear) : QString();
    case DeviceColumn::Municipality:
        return d.municipalityName;
    case DeviceColumn::Location:
        return d.locationName;
    case DeviceColumn::Department:
        return d.departmentName;
    case DeviceColumn::Network:
        return d.networkName;
    case DeviceColumn::PrimaryUser:
        return d.primaryUser;
    case DeviceColumn::LastSeen:
        return d.lastSeen.isValid() ? QLocale().toString(d.lastSeen.toLocalTime().date(), QLocale::ShortFormat)
                                    : QString();
    case DeviceColumn::State:
        return lifecycleStateName(d.state);
    case DeviceColumn::Count:
        break;
    }
    return QString();
}

QString deviceColumnKey(DeviceColumn column)
{
    static const char* const keys[] = {"serial",          "hostname",     "type",     "manufacturer", "model",
                                       "production_year", "municipality", "location", "department",   "network",
                                       "primary_user",    "last_seen",    "state"};
    static_assert(std::size(keys) == static_cast<size_t>(DeviceColumn::Count));
    const int index = static_cast<int>(column);
    return index >= 0 && index < int(std::size(keys)) ? QString::fromLatin1(keys[index]) : QString();
}

std::optional<DeviceColumn> parseDeviceColumn(const QString& key)
{
    const QString wanted = key.trimmed().toLower().replace(u'-', u'_');
    for (DeviceColumn column : DeviceViewExport::allColumns()) {
        if (deviceColumnKey(column) == wanted)
            return column;
    }
    return std::nullopt;
}

DeviceViewExport::Format DeviceViewExport::formatFor(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                             : Format::Csv;
}

QList<DeviceColumn> DeviceViewExport::allColumns()
{
    QList<DeviceColumn> columns;
    for (int i = 0; i < static_cast<int>(DeviceColumn::Count); ++i)
        columns.append(static_cast<DeviceColumn>(i));
    return columns;
}

Result<qint64> DeviceViewExport::write(QSqlDatabase db, const QString& path, const Options& options)
{
    const QList<DeviceColumn> columns = options.columns.isEmpty() ? allColumns() : options.columns;
    std::unique_ptr<CsvWriter> csv;
    std::unique_ptr<XlsxWriter> xlsx;
    if (options.format == Format::Xlsx) {
        xlsx = std::make_unique<XlsxWriter>(path);
        if (Status opened = xlsx->open(QCoreApplication::translate("DeviceViewExport", "Devices")); !opened)
            return opened.error();
        xlsx->freezeHeaderRow();
    } else {
        CsvWriter::Options csvOptions;
        csvOptions.delimiter = options.delimiter;
        csv = std::make_unique<CsvWriter>(path, csvOptions);
        if (Status opened = csv->open(); !opened)
            return opened.error();
    }
    for (DeviceColumn column : columns)
        csv ? csv->addText(deviceColumnTitle(column)) : xlsx->addText(deviceColumnTitle(column));
    csv ? csv->endRow() : xlsx->endRow(true);

    const DeviceListQuery query(db);
    Result<qint64> total = query.count(options.filter);
    if (!total)
        return total.error();
    qint64 written = 0;
    while (written < total.value()) {
        Result<QList<Device>> rows = query.page(options.filter, options.sort, written, ChunkRows, total.value());
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break; // the register shrank since it was counted
        for (const Device& device : rows.value()) {
            for (DeviceColumn column : columns) {
                if (column == DeviceColumn::ProductionYear && device.productionYear > 0)
                    csv ? csv->addNumber(qint64(device.productionYear)) : xlsx->addPlainInteger(device.productionYear);
                else
                    csv ? csv->addText(deviceColumnText(device, column))
                        : xlsx->addText(deviceColumnText(device, column));
            }
            csv ? csv->endRow() : xlsx->endRow();
        }
        written += rows->size();
        if (options.progress && !options.progress(written))
            return Error(QCoreApplication::translate("DeviceViewExport", "The export was cancelled."),
                         Error::Code::Refused);
    }
    if (Status committed = csv ? csv->commit() : xlsx->commit(); !committed)
        return committed.error();
    return written;
}

QString DeviceViewExport::tabSeparated(const QList<Device>& devices, const QList<DeviceColumn>& columns)
{
    QStringList lines;
    QStringList cells;
    for (DeviceColumn column : columns)
        cells.append(cellForClipboard(deviceColumnTitle(column)));
    lines.append(cells.join(u'\t'));
    for (const Device& device : devices) {
        cells.clear();
        for (DeviceColumn column : columns)
            cells.append(cellForClipboard(deviceColumnText(device, column)));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

Result<qint64> DeviceViewExport::write(const Database& database, const QString& path, const Options& options)
{
    return write(database.connection(), path, options);
}

} // namespace rullering
