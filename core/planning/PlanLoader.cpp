#include "PlanLoader.h"

#include "domain/Lifecycle.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/ReferenceRepository.h"
#include "storage/RowReader.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace rullering {
namespace {

// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm): no QDateTime per row.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int digits(const char* text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

qint64 PlanLoader::parseTimestamp(const char* text, int length)
{
    if (!text || length < 10)
        return 0;
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31 || text[4] != '-' || text[7] != '-')
        return 0;
    qint64 seconds = daysFromCivil(y, m, d) * 86400;
    if (length >= 19 && (text[10] == 'T' || text[10] == ' ')) {
        const int hh = digits(text, 11, 2), mm = digits(text, 14, 2), ss = digits(text, 17, 2);
        if (hh >= 0 && mm >= 0 && ss >= 0)
            seconds += hh * 3600 + mm * 60 + ss;
    }
    return seconds;
}

Result<PlanInput> PlanLoader::load(Database& database)
{
    PlanInput input;
    ReferenceRepository references(database.connection());
    Result<QList<Municipality>> municipalities = references.municipalities();
    if (!municipalities)
        return municipalities.error();
    input.municipalities = municipalities.value();
    Result<QList<MunicipalUnit>> departments = references.departments();
    if (!departments)
        return departments.error();
    for (const MunicipalUnit& unit : departments.value())
        input.departmentNames.insert(unit.id, unit.name);
    Result<QList<MunicipalUnit>> locations = references.locations();
    if (!locations)
        return locations.error();
    for (const MunicipalUnit& unit : locations.value())
        input.locationNames.insert(unit.id, unit.name);

    const QByteArray inUse = QByteArray::number(static_cast<int>(LifecycleState::InUse));
    auto readError = [](const QString& text) {
        return Error(QCoreApplication::translate("PlanLoader", "Cannot read the devices for the plan: %1").arg(text));
    };
    {
        RowReader count(database.connection(), "SELECT COUNT(*) FROM device WHERE state = " + inUse);
        if (count.ok() && count.start() && count.next())
            input.items.reserve(size_t(count.integer(0)));
    }
    // The order of the covering index device_plan_scope, which SQLite reads without sorting, told to every engine:
    // the devices, and so the plan's lists, come in the same order on both.
    const Engine& engine = Engine::of(database.connection());
    QByteArray order;
    for (const char* column : {"municipality_id", "type", "production_year", "last_seen", "serial", "keep",
                               "location_id", "department_id", "in_service_from", "id"})
        order +=
            (order.isEmpty() ? " ORDER BY " : ", ") + engine.orderTerm(QString::fromLatin1(column), false).toUtf8();
    RowReader devices(database.connection(),
                      "SELECT id, serial, municipality_id, department_id, location_id, type, production_year,"
                      " last_seen, keep FROM device WHERE state = " +
                          inUse + order);
    if (!devices.ok() || !devices.start())
        return readError(devices.errorText());
    while (devices.next()) {
        PlanItem item;
        item.id = devices.integer(0);
        item.serial = devices.text(1);
        item.municipalityId = devices.integer(2);
        item.departmentId = devices.integer(3);
        item.locationId = devices.integer(4);
        item.type = deviceTypeFromNumber(int(devices.integer(5)));
        item.productionYear = int(devices.integer(6));
        const QByteArray lastSeen = devices.utf8(7);
        item.lastSeen = parseTimestamp(lastSeen.constData(), int(lastSeen.size()));
        item.keep = devices.integer(8) != 0;
        input.items.push_back(std::move(item));
    }
    if (devices.failed())
        return readError(devices.errorText());

    Result<QList<SupplyCount>> supply = PlanLoader::supply(database);
    if (!supply)
        return supply.error();
    input.supply = supply.value();
    return input;
}

Result<QList<SupplyCount>> PlanLoader::supply(Database& database)
{
    QList<SupplyCount> counts;
    Result<QSqlQuery> supply =
        runQuery(database.connection(),
                 QStringLiteral("SELECT d.municipality_id, d.type, d.state, p.available_from, COUNT(*) FROM device d"
                                " LEFT JOIN pool p ON p.id = d.pool_id WHERE d.state IN (?, ?) GROUP BY 1, 2, 3, 4"),
                 {static_cast<int>(LifecycleState::InStock), static_cast<int>(LifecycleState::InPool)});
    if (!supply)
        return supply.error();
    QSqlQuery& query = supply.value();
    while (query.next()) {
        SupplyCount count;
        count.municipalityId = query.value(0).toLongLong();
        const int type = query.value(1).toInt();
        count.type = deviceTypeFromNumber(type);
        count.stock = query.value(2).toInt() == static_cast<int>(LifecycleState::InStock);
        count.availableFrom = QDate::fromString(query.value(3).toString().left(10), Qt::ISODate);
        count.count = query.value(4).toLongLong();
        counts.append(count);
    }
    return counts;
}

Result<QList<PlanDeviceDetails>> PlanLoader::details(Database& database, const QList<qint64>& ids)
{
    QList<PlanDeviceDetails> result;
    result.reserve(ids.size());
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> chunk = ids.mid(start, Chunk);
        QString placeholders;
        QVariantList values;
        for (qint64 id : chunk) {
            placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            values.append(id);
        }
        Result<QSqlQuery> query =
            runQuery(database.connection(),
                     QStringLiteral("SELECT d.id, d.serial, d.hostname, d.type, d.manufacturer, d.model,"
                                    " d.production_year, m.name, l.name, dp.name, d.last_seen FROM device d"
                                    " LEFT JOIN municipality m ON m.id = d.municipality_id"
                                    " LEFT JOIN location l ON l.id = d.location_id"
                                    " LEFT JOIN department dp ON dp.id = d.department_id WHERE d.id IN (") +
                         placeholders + u')',
                     values);
        if (!query)
            return query.error();
        QHash<qint64, PlanDeviceDetails> byId;
        while (query.value().next()) {
            const QSqlQuery& q = query.value();
            PlanDeviceDetails details;
            details.id = q.value(0).toLongLong();
            details.serial = q.value(1).toString();
            details.hostname = q.value(2).toString();
            details.type = deviceTypeFromNumber(q.value(3).toInt());
            details.manufacturer = q.value(4).toString();
            details.model = q.value(5).toString();
            details.productionYear = q.value(6).toInt();
            details.municipality = q.value(7).toString();
            details.location = q.value(8).toString();
            details.department = q.value(9).toString();
            details.lastSeen = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
            byId.insert(details.id, details);
        }
        for (qint64 id : chunk) { // in the order asked for: the plan's order
            if (const auto it = byId.constFind(id); it != byId.constEnd())
                result.append(*it);
        }
    }
    return result;
}

} // namespace rullering
