#include "DeviceCsvExport.h"

#include "CsvWriter.h"
#include "domain/Device.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rullering {

QStringList DeviceCsvExport::header(bool withPrimaryUser)
{
    QStringList columns = {QStringLiteral("Serial number"), QStringLiteral("Asset tag"), QStringLiteral("Device name"),
                           QStringLiteral("Type"), QStringLiteral("Manufacturer"), QStringLiteral("Model"),
                           QStringLiteral("Production year"), QStringLiteral("Year source"),
                           QStringLiteral("Purchase date"), QStringLiteral("Municipality"), QStringLiteral("Location"),
                           QStringLiteral("Department"), QStringLiteral("Network"), QStringLiteral("Primary user"),
                           QStringLiteral("Last seen"), QStringLiteral("State"), QStringLiteral("Notes"),
                           // Added after the first 17; a file without them still imports.
                           QStringLiteral("In service from"), QStringLiteral("Replaced on"),
                           QStringLiteral("Replaced by"), QStringLiteral("Swapped by"), QStringLiteral("Keep")};
    if (!withPrimaryUser)
        columns.removeAll(QStringLiteral("Primary user"));
    return columns;
}

Result<qint64> DeviceCsvExport::write(Database& database, const QString& path, const Options& options)
{
    CsvWriter::Options csv;
    csv.delimiter = options.delimiter;
    CsvWriter writer(path, csv);
    if (Status opened = writer.open(); !opened)
        return opened.error();
    writer.writeRow(header(options.withPrimaryUser));

    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // Without a filter the statement is the one every earlier export ran: the same file, byte for byte.
    const SqlFragment where = options.filter.isEmpty() ? SqlFragment{}
                                                       : deviceFilterWhere(Engine::of(database.connection()),
                                                                           options.filter, QStringLiteral("d"));
    if (!query.prepare(
            QStringLiteral(
                "SELECT d.serial, d.asset_tag, d.hostname, d.type, d.manufacturer, d.model, d.production_year,"
                " d.year_source, d.purchase_date, m.name, l.name, dep.name, n.name, d.primary_user, d.last_seen,"
                " d.state, d.notes, d.in_service_from, d.replaced_on, COALESCE(r.serial, r.hostname),"
                " d.replaced_by_technician, d.keep FROM device d"
                " LEFT JOIN municipality m ON m.id = d.municipality_id"
                " LEFT JOIN location l ON l.id = d.location_id"
                " LEFT JOIN department dep ON dep.id = d.department_id"
                " LEFT JOIN network n ON n.id = d.network_id"
                " LEFT JOIN device r ON r.id = d.replaced_by_id") +
            where.sql + QStringLiteral(" ORDER BY d.id")))
        return Error(
            QCoreApplication::translate("DeviceCsvExport", "Cannot read the devices: %1").arg(sqlErrorText(query)));
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    if (!query.exec())
        return Error(
            QCoreApplication::translate("DeviceCsvExport", "Cannot read the devices: %1").arg(sqlErrorText(query)));
    qint64 rows = 0;
    while (query.next()) {
        writer.addText(query.value(0).toString());
        writer.addText(query.value(1).toString());
        writer.addText(query.value(2).toString());
        writer.addText(deviceTypeKey(static_cast<DeviceType>(query.value(3).toInt())));
        writer.addText(query.value(4).toString());
        writer.addText(query.value(5).toString());
        if (query.value(6).isNull())
            writer.addText(QString());
        else
            writer.addNumber(query.value(6).toLongLong());
        writer.addText(yearSourceKey(static_cast<YearSource>(query.value(7).toInt())));
        for (int column = 8; column <= 12; ++column)
            writer.addText(query.value(column).toString());
        if (options.withPrimaryUser)
            writer.addText(query.value(13).toString());
        writer.addText(query.value(14).toString());
        writer.addText(lifecycleStateKey(static_cast<LifecycleState>(query.value(15).toInt())));
        writer.addText(query.value(16).toString());
        for (int column = 17; column <= 20; ++column)
            writer.addText(query.value(column).toString());
        writer.addText(query.value(21).toInt() != 0 ? QStringLiteral("yes") : QString());
        writer.endRow();
        ++rows;
        if ((rows & 4095) == 0 && options.progress && !options.progress(rows))
            return Error(QCoreApplication::translate("DeviceCsvExport", "The export was cancelled."),
                         Error::Code::Refused);
    }
    query.finish();
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    return rows;
}

} // namespace rullering
