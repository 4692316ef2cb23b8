#include "ImportReport.h"

#include "export/CsvWriter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rullering {

Error importRefusedByDatabase(const QString& detail)
{
    return Error(QCoreApplication::translate("DeviceImportWriter", "The database refused the import: %1").arg(detail));
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray rejectedRows;
    for (const RejectedRow& row : rejected)
        rejectedRows.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    // Added to the contract's six keys: what a script should read before trusting the counts.
    QJsonArray byName;
    for (const HostnameMatch& match : hostnameMatches)
        byName.append(QJsonObject{{QStringLiteral("line"), match.line},
                                  {QStringLiteral("serial"), match.rawSerial},
                                  {QStringLiteral("deviceName"), match.hostname}});
    QJsonObject suggested;
    for (const SuggestedColumn& suggestion : suggestedColumns) {
        QJsonArray columns = suggested.value(suggestion.field).toArray();
        columns.append(suggestion.column);
        suggested.insert(suggestion.field, columns);
    }
    auto units = [](const QList<NewReference>& list) {
        QJsonArray array;
        for (const NewReference& unit : list)
            array.append(
                QJsonObject{{QStringLiteral("municipality"), unit.municipality}, {QStringLiteral("name"), unit.name}});
        return array;
    };
    return {{QStringLiteral("created"), created},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("rejected"), rejectedRows},
            {QStringLiteral("rejectedCount"), rejectedCount},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("matchedOnDeviceName"), byName},
            {QStringLiteral("yearsReestimated"), yearsReestimated},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("profile"), profileKey},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("delimiter"), delimiter},
            {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(ignoredColumns)},
            {QStringLiteral("suggestedColumns"), suggested},
            {QStringLiteral("newMunicipalities"), QJsonArray::fromStringList(newMunicipalities)},
            {QStringLiteral("newLocations"), units(newLocations)},
            {QStringLiteral("newDepartments"), units(newDepartments)}};
}

QString ImportReport::rejectedCsv() const
{
    CsvWriter::Options options;
    QString text = QStringLiteral("Line;Reason\r\n");
    for (const RejectedRow& row : rejected)
        text += QString::number(row.line) + u';' + CsvWriter::encodeText(row.reason, options) + QStringLiteral("\r\n");
    return text;
}

} // namespace rullering
