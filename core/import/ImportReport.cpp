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
    return {{QStringLiteral("created"), created},       {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},   {QStringLiteral("missing"), missing},
            {QStringLiteral("rejected"), rejectedRows}, {QStringLiteral("applied"), applied}};
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
