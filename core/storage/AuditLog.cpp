#include "AuditLog.h"

#include "Database.h"
#include "Sql.h"

#include <QMutex>
#include <QSqlDatabase>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rullering {
namespace {

QMutex actorMutex;
QString configuredActor;

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ChangeContext ChangeContext::now(const char* reason)
{
    ChangeContext context;
    context.who = currentActor();
    context.reason = QString::fromLatin1(reason);
    context.at = QDateTime::currentDateTimeUtc();
    return context;
}

QString currentActor()
{
    {
        QMutexLocker lock(&actorMutex);
        if (!configuredActor.isEmpty())
            return configuredActor;
    }
    for (const char* variable : {"RULLERING_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // A scheduled import (a systemd service, some cron setups) runs without USER or LOGNAME: the account's name
    // from the system, so the audit log does not say "unknown" for it.
    passwd entry{};
    passwd* found = nullptr;
    char buffer[4096];
    if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    return QStringLiteral("unknown");
}

void setConfiguredActor(const QString& name)
{
    QMutexLocker lock(&actorMutex);
    configuredActor = name.trimmed();
}

Status AuditLog::record(Transaction& tx, const ChangeContext& context, qint64 deviceId, const QString& field,
                        const QString& oldValue, const QString& newValue)
{
    if (Status begun = tx.begin(); !begun)
        return begun;
    const QDateTime at = context.at.isValid() ? context.at : QDateTime::currentDateTimeUtc();
    return runStatement(tx.database(),
                        QStringLiteral("INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, "
                                       "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {timestamp(at), context.who.isEmpty() ? currentActor() : context.who, nullIfZero(deviceId),
                         field, nullIfEmpty(oldValue), nullIfEmpty(newValue), context.reason,
                         nullIfZero(context.importId)});
}

Result<QList<AuditEntry>> AuditLog::forDevice(const QSqlDatabase& db, qint64 deviceId)
{
    Result<QSqlQuery> query =
        runQuery(db,
                 QStringLiteral("SELECT id, at, who, device_id, field, old_value, new_value, "
                                "reason, import_id FROM audit WHERE device_id = ? ORDER BY at, id"),
                 {deviceId});
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        AuditEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        entry.who = q.value(2).toString();
        entry.deviceId = q.value(3).toLongLong();
        entry.field = q.value(4).toString();
        entry.oldValue = q.value(5).toString();
        entry.newValue = q.value(6).toString();
        entry.reason = q.value(7).toString();
        entry.importId = q.value(8).toLongLong();
        entries.append(entry);
    }
    return entries;
}

Result<qint64> AuditLog::count(const QSqlDatabase& db)
{
    Result<QSqlQuery> query = runQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditLog::forDevice(const Database& database, qint64 deviceId)
{
    return forDevice(database.connection(), deviceId);
}

} // namespace rullering
