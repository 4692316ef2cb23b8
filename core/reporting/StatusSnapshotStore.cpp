#include "StatusSnapshotStore.h"

#include "StatusCalculator.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace rullering {
namespace {

const QString Columns =
    QStringLiteral("s.id, s.taken_at, s.as_of, s.activity_days, s.\"trigger\", s.import_id, s.municipality_id, m.name,"
                   " s.active, s.inactive, s.due, s.replaced, s.remaining");

StatusSnapshot readSnapshot(const QSqlQuery& q)
{
    StatusSnapshot s;
    s.id = q.value(0).toLongLong();
    s.takenAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    s.asOf = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.activityDays = q.value(3).toInt();
    s.trigger = q.value(4).toString();
    s.importId = q.value(5).toLongLong();
    s.municipalityId = q.value(6).toLongLong();
    s.municipality = q.value(7).toString();
    s.counts.active = q.value(8).toLongLong();
    s.counts.inactive = q.value(9).toLongLong();
    s.counts.replaced = q.value(11).toLongLong();
    s.counts.remaining = q.value(12).toLongLong();
    return s;
}

Result<QList<StatusSnapshot>> readAll(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    Result<QSqlQuery> query = runQuery(db, sql, values);
    if (!query)
        return query.error();
    QList<StatusSnapshot> result;
    while (query.value().next())
        result.append(readSnapshot(query.value()));
    return result;
}

} // namespace

std::function<Status(Transaction&, qint64)> StatusSnapshotStore::importHook(int activityDays)
{
    return [activityDays](Transaction& tx, qint64 importId) {
        return StatusSnapshotStore(tx.database())
            .recordSnapshot(tx, QDate::currentDate(), activityDays, ImportTrigger, importId);
    };
}

StatusSnapshotStore::StatusSnapshotStore(Connection db)
    : m_db(std::move(db))
{}

Status StatusSnapshotStore::recordSnapshot(Transaction& tx, QDate asOf, int activityDays, const QString& trigger,
                                           qint64 importId)
{
    Result<StatusReport> status = StatusCalculator::compute(tx.database(), asOf, activityDays);
    if (!status)
        return status.error();
    return recordSnapshot(tx, status.value(), trigger, importId);
}

Status StatusSnapshotStore::take(QDate asOf, int activityDays)
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (Status recorded = recordSnapshot(tx, asOf, activityDays, ManualTrigger, 0); !recorded)
        return recorded;
    return tx.commit();
}

Status StatusSnapshotStore::recordSnapshot(Transaction& tx, const StatusReport& status, const QString& trigger,
                                           qint64 importId)
{
    if (!tx.isActive())
        return Error(
            QCoreApplication::translate("StatusSnapshotStore", "The status snapshot needs an open transaction."));
    if (trigger.trimmed().isEmpty())
        return Error(QCoreApplication::translate("StatusSnapshotStore", "A status snapshot needs a trigger."),
                     Error::Code::Invalid);
    const QString takenAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString sql = QStringLiteral(
        "INSERT INTO status_snapshot (taken_at, as_of, activity_days, \"trigger\", import_id, municipality_id,"
        " active, inactive, due, replaced, remaining) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    auto insert = [&](qint64 municipalityId, const StatusCounts& counts) {
        return runStatement(tx.database(), sql,
                            {takenAt, status.asOf.toString(Qt::ISODate), status.activityDays, trigger,
                             nullIfZero(importId), nullIfZero(municipalityId), counts.active, counts.inactive,
                             counts.due(), counts.replaced, counts.remaining});
    };
    // Municipality lines first and the total last: a snapshot's lines are the ids after the previous total.
    for (const StatusRow& row : status.rows) {
        if (row.municipalityId == 0)
            continue;
        if (Status s = insert(row.municipalityId, row.counts); !s)
            return s;
    }
    return insert(0, status.total);
}

Result<QList<StatusSnapshot>> StatusSnapshotStore::totals(const QDate& from, const QDate& to) const
{
    return readAll(m_db,
                   QStringLiteral("SELECT ") + Columns +
                       QStringLiteral(" FROM status_snapshot s LEFT JOIN municipality m ON m.id = s.municipality_id"
                                      " WHERE s.municipality_id IS NULL AND s.as_of >= ? AND s.as_of <= ?"
                                      " ORDER BY s.as_of, s.taken_at, s.id"),
                   {from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"),
                    to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99")});
}

Result<QList<StatusSnapshot>> StatusSnapshotStore::linesOf(qint64 totalId) const
{
    return readAll(m_db,
                   QStringLiteral("SELECT ") + Columns +
                       QStringLiteral(" FROM status_snapshot s LEFT JOIN municipality m ON m.id = s.municipality_id"
                                      " WHERE s.municipality_id IS NOT NULL AND s.id < ? AND s.id >"
                                      " (SELECT COALESCE(MAX(id), 0) FROM status_snapshot"
                                      "  WHERE municipality_id IS NULL AND id < ?)"
                                      " ORDER BY m.name"),
                   {totalId, totalId});
}

Result<QList<std::pair<Tertial, StatusSnapshot>>> StatusSnapshotStore::tertials(int year) const
{
    QList<std::pair<Tertial, StatusSnapshot>> result;
    for (int number = 1; number <= 3; ++number) {
        const Tertial tertial{year, number};
        Result<QList<StatusSnapshot>> inside = totals(tertial.firstDay(), tertial.lastDay());
        if (!inside)
            return inside.error();
        if (!inside->isEmpty())
            result.append({tertial, inside->constLast()});
    }
    return result;
}

} // namespace rullering
