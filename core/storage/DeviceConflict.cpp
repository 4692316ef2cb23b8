#include "DeviceConflict.h"

#include "Sql.h"
#include "domain/Device.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace rullering {
namespace {

// Enough rows for the few writes a person can have missed; the message names what they were.
constexpr int AuditRowsRead = 400;

QString fieldName(const QString& key)
{
    if (const std::optional<DeviceField> field = parseDeviceFieldKey(key))
        return deviceFieldName(*field);
    if (key == QLatin1String("created"))
        return QCoreApplication::translate("rullering::DeviceConflict", "created it");
    return key;
}

QString timeText(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Result<QList<DeviceConflict::Change>> DeviceConflict::since(const QSqlDatabase& db, qint64 deviceId, int versionRead)
{
    Result<QSqlQuery> current = runQuery(db, QStringLiteral("SELECT version FROM device WHERE id = ?"), {deviceId});
    if (!current)
        return current.error();
    const int version = current.value().next() ? current.value().value(0).toInt() : 0;
    current.value().finish();
    const qsizetype wanted = versionRead > 0 && version > versionRead ? version - versionRead : 1;

    Result<QSqlQuery> rows = runQuery(db,
                                      QStringLiteral("SELECT at, who, reason, import_id, field FROM audit"
                                                     " WHERE device_id = ? ORDER BY id DESC LIMIT %1")
                                          .arg(AuditRowsRead),
                                      {deviceId});
    if (!rows)
        return rows.error();
    QList<Change> changes; // newest first while reading
    QString groupKey;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        const QString key = q.value(0).toString() + u'\n' + q.value(1).toString() + u'\n' + q.value(2).toString() +
                            u'\n' + q.value(3).toString();
        if (key != groupKey) {
            if (changes.size() == wanted)
                break;
            groupKey = key;
            changes.append(
                {q.value(1).toString(), QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), {}});
        }
        const QString name = fieldName(q.value(4).toString());
        if (!changes.last().fields.contains(name))
            changes.last().fields.prepend(name); // read newest first: keep the order they were written in
    }
    std::reverse(changes.begin(), changes.end());
    return changes;
}

QString DeviceConflict::describe(const QSqlDatabase& db, qint64 deviceId, int versionRead)
{
    QString label = QStringLiteral("#%1").arg(deviceId);
    if (Result<QSqlQuery> names =
            runQuery(db, QStringLiteral("SELECT serial, hostname FROM device WHERE id = ?"), {deviceId});
        names && names.value().next()) {
        const QString serial = names.value().value(0).toString();
        const QString hostname = names.value().value(1).toString();
        if (!serial.isEmpty() || !hostname.isEmpty())
            label = serial.isEmpty() ? hostname : serial;
    }
    const Result<QList<Change>> changes = since(db, deviceId, versionRead);
    if (!changes || changes.value().isEmpty())
        return QCoreApplication::translate("rullering::DeviceConflict",
                                           "%1 was changed by someone else since you read it.")
            .arg(label);
    QStringList said;
    for (const Change& change : changes.value())
        said.append(QCoreApplication::translate("rullering::DeviceConflict", "%1 changed %2 at %3")
                        .arg(change.who, change.fields.join(QStringLiteral(", ")), timeText(change.at)));
    return QCoreApplication::translate("rullering::DeviceConflict",
                                       "%1 was changed by someone else since you read it: %2.")
        .arg(label, said.join(QStringLiteral("; ")));
}

Error DeviceConflict::error(const QSqlDatabase& db, qint64 deviceId, int versionRead)
{
    return Error(describe(db, deviceId, versionRead) + u' ' +
                     QCoreApplication::translate("rullering::DeviceConflict",
                                                 "Nothing was saved: reload to see the change, then edit again."),
                 Error::Code::Conflict);
}

} // namespace rullering
