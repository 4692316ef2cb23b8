#include "DeviceListQuery.h"

#include "DeviceCount.h"
#include "storage/Engine.h"
#include "storage/QueryCancellation.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace rullering {
namespace {

QString orderColumn(const Engine& engine, DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Serial:
        return QStringLiteral("d.serial");
    case DeviceColumn::Hostname:
        return engine.caseless(QStringLiteral("d.hostname")); // as its index (migration 5)
    case DeviceColumn::Type:
        return QStringLiteral("d.type");
    case DeviceColumn::Manufacturer:
        return QStringLiteral("d.manufacturer");
    case DeviceColumn::Model:
        return QStringLiteral("d.model");
    case DeviceColumn::ProductionYear:
        return QStringLiteral("d.production_year");
    case DeviceColumn::Municipality:
        return QStringLiteral("m.name");
    case DeviceColumn::Location:
        return QStringLiteral("l.name");
    case DeviceColumn::Department:
        return QStringLiteral("dep.name");
    case DeviceColumn::Network:
        return QStringLiteral("n.name");
    case DeviceColumn::PrimaryUser:
        return QStringLiteral("d.primary_user");
    case DeviceColumn::LastSeen:
        return QStringLiteral("d.last_seen");
    case DeviceColumn::State:
        return QStringLiteral("d.state");
    case DeviceColumn::Count:
        break;
    }
    return QStringLiteral("d.id");
}

} // namespace

QString deviceColumnTitle(DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Serial:
        return deviceFieldName(DeviceField::Serial);
    case DeviceColumn::Hostname:
        return deviceFieldName(DeviceField::Hostname);
    case DeviceColumn::Type:
        return deviceFieldName(DeviceField::Type);
    case DeviceColumn::Manufacturer:
        return deviceFieldName(DeviceField::Manufacturer);
    case DeviceColumn::Model:
        return deviceFieldName(DeviceField::Model);
    case DeviceColumn::ProductionYear:
        return deviceFieldName(DeviceField::ProductionYear);
    case DeviceColumn::Municipality:
        return deviceFieldName(DeviceField::Municipality);
    case DeviceColumn::Location:
        return deviceFieldName(DeviceField::Location);
    case DeviceColumn::Department:
        return deviceFieldName(DeviceField::Department);
    case DeviceColumn::Network:
        return deviceFieldName(DeviceField::Network);
    case DeviceColumn::PrimaryUser:
        return deviceFieldName(DeviceField::PrimaryUser);
    case DeviceColumn::LastSeen:
        return deviceFieldName(DeviceField::LastSeen);
    case DeviceColumn::State:
        return deviceFieldName(DeviceField::State);
    case DeviceColumn::Count:
        break;
    }
    return QString();
}

DeviceListQuery::DeviceListQuery(Connection db, const QueryCancellation* cancellation)
    : m_db(std::move(db))
    , m_cancellation(cancellation)
{}

Result<QSqlQuery> DeviceListQuery::run(const QString& sql, const QVariantList& values) const
{
    // Under the caller's QueryCancellation::Scope (one per connection at a time, so not runQuery's own).
    if (m_cancellation && m_cancellation->isCancelled())
        return cancelledError();
    Result<QSqlQuery> query = runQuery(m_db, sql, values);
    if (!query && m_cancellation && m_cancellation->isCancelled())
        return cancelledError();
    return query;
}

Result<qint64> DeviceListQuery::count(const DeviceFilter& filter) const
{
    const SqlFragment counted = deviceCountQuery(Engine::of(m_db), filter);
    // COUNT(*) does all its work in the first step, which runQuery() takes under the cancellation.
    Result<QSqlQuery> query = runQuery(m_db, counted.sql, counted.values, m_cancellation);
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toLongLong();
}

namespace {

bool sortsByReferenceName(DeviceColumn column)
{
    return column == DeviceColumn::Municipality || column == DeviceColumn::Location ||
           column == DeviceColumn::Department || column == DeviceColumn::Network;
}

const QString ReferenceJoins = QStringLiteral(" LEFT JOIN municipality m ON m.id = d.municipality_id"
                                              " LEFT JOIN location l ON l.id = d.location_id"
                                              " LEFT JOIN department dep ON dep.id = d.department_id"
                                              " LEFT JOIN network n ON n.id = d.network_id");

} // namespace

Result<QList<Device>> DeviceListQuery::page(const DeviceFilter& filter, const DeviceSort& sort, qint64 offset,
                                            int limit) const
{
    return page(filter, sort, offset, limit, -1);
}

DeviceListQuery::WindowPlan DeviceListQuery::windowPlan(const DeviceFilter& filter, const DeviceSort& sort,
                                                        qint64 offset, int limit, qint64 knownCount) const
{
    // Which is cheaper: collect the matches through the filter's indexes and sort them, or walk the sort column's
    // index and skip non-matches? Walking reads about (offset + limit) * total / matches rows; collecting reads
    // the matches. The estimate assumes matches spread evenly over the sort order; where they cluster, the matches
    // are collected. Without the count, SQLite chooses.
    WindowPlan plan;
    if (knownCount <= 0 || filter.isEmpty() || sortsByReferenceName(sort.column))
        return plan;
    Result<QSqlQuery> maxId = run(QStringLiteral("SELECT MAX(id) FROM device"));
    if (!maxId || !maxId.value().next())
        return plan;
    const double total = maxId.value().value(0).toDouble();
    // An eighth of the register or less: collected first where the engine needs telling.
    const bool fewMatches = double(knownCount) * 8 < total;
    // Host names start with the municipality's code and a type letter ("MOL-L1234"): matches by place or type sit
    // in blocks of that order, and a walk may skip long runs. Still cheaper than collecting and sorting a fifth or
    // more of the register (bench_register). A type filter alone is read from the name index itself (migration 5):
    // its walk stays cheap.
    const bool byName = sort.column == DeviceColumn::Hostname;
    const bool byPlace =
        !filter.municipalityIds.isEmpty() || !filter.locationIds.isEmpty() || !filter.departmentIds.isEmpty();
    const bool clustered = byName && double(knownCount) * 5 < total && byPlace;
    if (!clustered && double(offset + limit) * total / double(knownCount) < double(knownCount))
        plan.indexUse = FilterIndexUse::Avoided;
    // The device-name index holds the columns of the other filters (schema step 15 on a server): a walk of it tests
    // index entries, never rows, and stays cheaper than collecting and sorting the matches (a due year, 95k: 14 ms
    // instead of 0.6 s). Matches by place sit under their name prefix: collected.
    bool walksNames = byName && !byPlace && filter.search.trimmed().isEmpty();
    if (fewMatches && byName && plan.indexUse == FilterIndexUse::Avoided)
        walksNames = walksNames || modelsLeadSearch(filter, knownCount);
    // An engine that collects (Engine::collectedRows; SQLite is steered by FilterIndexUse instead) reads the
    // matches through the filter's own indexes: a search's words through the word index, where the membership
    // tests of FilterIndexUse::Avoided made PostgreSQL read the whole table ("berg", 20k devices: 480-580 ms
    // instead of 47-66 ms at 1M devices, load 5).
    const Engine& engine = Engine::of(m_db);
    plan.collected = fewMatches && !walksNames &&
                     !engine.collectedRows(QStringLiteral("device"), QStringLiteral("d"), QString()).isEmpty();
    if (plan.collected)
        plan.indexUse = FilterIndexUse::Allowed;
    return plan;
}

bool DeviceListQuery::modelsLeadSearch(const DeviceFilter& filter, qint64 knownCount) const
{
    // A search's word matches may sit under one name prefix ("MOL-L1": a walk of the names passed 556k entries),
    // but the devices of its models spread over the names like a type's. Where they are most of the matches, a walk
    // of the name index tests each entry's model and id (FilterIndexUse::Avoided) from the index alone: "latitude"
    // (53k devices) 33 ms instead of 233 ms collected through the word and model indexes, on a 1M-device server.
    // SQLite's name index holds no model: it keeps collecting.
    const Engine& engine = Engine::of(m_db);
    if (!engine.countsSearchInParts() || !deviceFilterSearchesOnly(filter))
        return false;
    const SqlFragment models = deviceSearchModelCountQuery(engine, filter);
    Result<QSqlQuery> counted = run(models.sql, models.values);
    return counted && counted.value().next() && counted.value().value(0).toLongLong() * 2 >= knownCount;
}

Result<QList<Device>> DeviceListQuery::page(const DeviceFilter& filter, const DeviceSort& sort, qint64 offset,
                                            int limit, qint64 knownCount) const
{
    const QueryCancellation::Scope scope(m_db, m_cancellation); // also over the rows read below
    const WindowPlan plan = windowPlan(filter, sort, offset, limit, knownCount);
    const Engine& engine = Engine::of(m_db);
    const SqlFragment where = deviceFilterWhere(engine, filter, QStringLiteral("d"), plan.indexUse);
    const QString order = QStringLiteral(" ORDER BY ") +
                          engine.orderTerm(orderColumn(engine, sort.column), sort.descending) + QStringLiteral(", ") +
                          engine.orderTerm(QStringLiteral("d.id"), sort.descending);
    QVariantList values = where.values;
    values << limit << offset;
    // The page's ids first, from the indexes alone (OFFSET skips index entries, not joined rows), then the rows.
    const QString joins = sortsByReferenceName(sort.column) ? ReferenceJoins : QString();
    const QString collected =
        plan.collected ? engine.collectedRows(QStringLiteral("device"), QStringLiteral("d"), where.sql) : QString();
    const QString ids =
        QStringLiteral("SELECT d.id FROM ") +
        (collected.isEmpty() ? QString(QStringLiteral("device d") + joins + where.sql) : QString(collected + joins)) +
        order + QStringLiteral(" LIMIT ? OFFSET ?");
    Result<QSqlQuery> query =
        run(QStringLiteral("SELECT d.id, d.serial, d.hostname, d.type, d.manufacturer, d.model, d.production_year,"
                           " d.year_source, d.primary_user, d.last_seen, d.state, d.keep, d.version,"
                           " d.municipality_id, d.location_id, d.department_id, d.network_id,"
                           " m.name, l.name, dep.name, n.name"
                           " FROM (") +
                ids + QStringLiteral(") AS p JOIN device d ON d.id = p.id") + ReferenceJoins + order,
            values);
    if (!query)
        return query.error();
    QList<Device> rows;
    rows.reserve(limit);
    QSqlQuery& q = query.value();
    while (q.next()) {
        Device d;
        d.id = q.value(0).toLongLong();
        d.serial = q.value(1).toString();
        d.hostname = q.value(2).toString();
        d.type = static_cast<DeviceType>(q.value(3).toInt());
        d.manufacturer = q.value(4).toString();
        d.model = q.value(5).toString();
        d.productionYear = q.value(6).toInt();
        d.yearSource = static_cast<YearSource>(q.value(7).toInt());
        d.primaryUser = q.value(8).toString();
        d.lastSeen = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        d.state = static_cast<LifecycleState>(q.value(10).toInt());
        d.keep = q.value(11).toInt() != 0;
        d.version = q.value(12).toInt();
        d.municipalityId = q.value(13).toLongLong();
        d.locationId = q.value(14).toLongLong();
        d.departmentId = q.value(15).toLongLong();
        d.networkId = q.value(16).toLongLong();
        d.municipalityName = q.value(17).toString();
        d.locationName = q.value(18).toString();
        d.departmentName = q.value(19).toString();
        d.networkName = q.value(20).toString();
        rows.append(d);
    }
    if (m_cancellation && m_cancellation->isCancelled())
        return cancelledError(); // possibly stopped part-way: not the page
    return rows;
}

Result<QList<DeviceStamp>> DeviceListQuery::stamps(const DeviceFilter& filter, const DeviceSort& sort, qint64 offset,
                                                   qint64 limit) const
{
    const QueryCancellation::Scope scope(m_db, m_cancellation);
    const Engine& engine = Engine::of(m_db);
    const SqlFragment where = deviceFilterWhere(engine, filter);
    QVariantList values = where.values;
    values << limit << offset;
    // SQLite leaves out the LEFT JOINs the sort does not use (unique keys), so this stays an index walk.
    Result<QSqlQuery> query =
        run(QStringLiteral("SELECT d.id, d.version FROM device d"
                           " LEFT JOIN municipality m ON m.id = d.municipality_id"
                           " LEFT JOIN location l ON l.id = d.location_id"
                           " LEFT JOIN department dep ON dep.id = d.department_id"
                           " LEFT JOIN network n ON n.id = d.network_id") +
                where.sql + QStringLiteral(" ORDER BY ") +
                engine.orderTerm(orderColumn(engine, sort.column), sort.descending) + QStringLiteral(", ") +
                engine.orderTerm(QStringLiteral("d.id"), sort.descending) + QStringLiteral(" LIMIT ? OFFSET ?"),
            values);
    if (!query)
        return query.error();
    QList<DeviceStamp> result;
    while (query.value().next())
        result.append({query.value().value(0).toLongLong(), query.value().value(1).toInt()});
    if (m_cancellation && m_cancellation->isCancelled())
        return cancelledError();
    return result;
}

} // namespace rullering
