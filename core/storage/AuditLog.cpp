#include "AuditLog.h"

#include "Database.h"
#include "PreparedStatements.h"
#include "Sql.h"

#include <QMutex>
#include <QSqlDatabase>

#include <algorithm>
#include <optional>

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
    return recordAll(tx, context, {{deviceId, field, oldValue, newValue}});
}

Status AuditLog::recordAll(Transaction& tx, const ChangeContext& context, const QList<AuditRow>& rows,
                           PreparedStatements* prepared)
{
    if (Status begun = tx.begin(); !begun)
        return begun;
    std::optional<PreparedStatements> own;
    if (!prepared)
        prepared = &own.emplace(tx.database());
    const QString at = timestamp(context.at.isValid() ? context.at : QDateTime::currentDateTimeUtc());
    const QString who = context.who.isEmpty() ? currentActor() : context.who;
    constexpr qsizetype RowsPerStatement = 100; // 800 values: below SQLite's oldest limit of 999
    for (qsizetype first = 0; first < rows.size(); first += RowsPerStatement) {
        const qsizetype count = std::min(RowsPerStatement, rows.size() - first);
        QStringList tuples;
        QVariantList values;
        for (qsizetype i = first; i < first + count; ++i) {
            const AuditRow& row = rows.at(i);
            tuples.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"));
            values << at << who << nullIfZero(row.deviceId) << row.field << nullIfEmpty(row.oldValue)
                   << nullIfEmpty(row.newValue) << context.reason << nullIfZero(context.importId);
        }
        Result<QSqlQuery*> written = prepared->run(QStringLiteral("INSERT INTO audit (at, who, device_id, field,"
                                                                  " old_value, new_value, reason, import_id) VALUES ") +
                                                       tuples.join(QStringLiteral(", ")),
                                                   values);
        if (!written)
            return written.error();
        written.value()->finish();
    }
    return {};
}

namespace {

AuditEntry entryFrom(const QSqlQuery& q)
{
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
    entry.importFile = q.value(9).toString();
    return entry;
}

// What a device was called when it was created: its serial, else its device name, as they stood before the first
// later change of each (the per-device "created" row an import used to write held the same).
QString labelAtCreation(const QList<AuditEntry>& later, QString serial, QString hostname)
{
    bool serialSeen = false;
    bool hostnameSeen = false;
    for (const AuditEntry& entry : later) {
        if (!serialSeen && entry.field == QLatin1String("serial")) {
            serial = entry.oldValue;
            serialSeen = true;
        } else if (!hostnameSeen && entry.field == QLatin1String("hostname")) {
            hostname = entry.oldValue;
            hostnameSeen = true;
        }
    }
    return serial.isEmpty() ? hostname : serial;
}

} // namespace

Result<QList<AuditEntry>> AuditLog::forDevice(const QSqlDatabase& db, qint64 deviceId)
{
    QList<AuditEntry> entries;
    {
        Result<QSqlQuery> query =
            runQuery(db,
                     QStringLiteral("SELECT a.id, a.at, a.who, a.device_id, a.field, a.old_value,"
                                    " a.new_value, a.reason, a.import_id, r.file_name FROM audit a"
                                    " LEFT JOIN import_run r ON r.id = a.import_id"
                                    " WHERE a.device_id = ? ORDER BY a.at, a.id"),
                     {deviceId});
        if (!query)
            return query.error();
        while (query.value().next())
            entries.append(entryFrom(query.value()));
    }
    const bool ownCreation = std::any_of(entries.cbegin(), entries.cend(),
                                         [](const AuditEntry& e) { return e.field == QLatin1String("created"); });
    if (ownCreation)
        return entries; // created before schema 11, or not by an import
    // Since schema 11 an import writes one "created" row for all the devices it creates, each of which names it.
    Result<QSqlQuery> creation =
        runQuery(db,
                 QStringLiteral("SELECT a.id, a.at, a.who, d.id, a.field, NULL, NULL, a.reason, a.import_id,"
                                " r.file_name, d.serial, d.hostname FROM device d"
                                " JOIN audit a ON a.device_id IS NULL AND a.field = 'created'"
                                " AND a.import_id = d.created_import_id"
                                " LEFT JOIN import_run r ON r.id = a.import_id"
                                " WHERE d.id = ? ORDER BY a.id LIMIT 1"),
                 {deviceId});
    if (!creation)
        return creation.error();
    if (!creation.value().next())
        return entries;
    AuditEntry created = entryFrom(creation.value());
    created.newValue =
        labelAtCreation(entries, creation.value().value(10).toString(), creation.value().value(11).toString());
    // In the history's order (time, then id): nothing is recorded for a device before its creation, but keep the
    // order whatever the clock did.
    const auto before = [](const AuditEntry& a, const AuditEntry& b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    };
    entries.insert(std::upper_bound(entries.begin(), entries.end(), created, before), created);
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
