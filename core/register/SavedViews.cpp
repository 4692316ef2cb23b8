#include "SavedViews.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rullering {
namespace {

const QString Kind = QStringLiteral("view");

template <typename T>
QJsonArray numbers(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(static_cast<qint64>(item));
    return array;
}

template <typename T>
QList<T> fromNumbers(const QJsonValue& value)
{
    QList<T> items;
    for (const QJsonValue& item : value.toArray())
        items.append(static_cast<T>(item.toInteger()));
    return items;
}

} // namespace

QJsonObject deviceFilterToJson(const DeviceFilter& f)
{
    QJsonObject json;
    json.insert(QStringLiteral("municipalities"), numbers(f.municipalityIds));
    json.insert(QStringLiteral("locations"), numbers(f.locationIds));
    json.insert(QStringLiteral("departments"), numbers(f.departmentIds));
    json.insert(QStringLiteral("networks"), numbers(f.networkIds));
    QJsonArray types, states;
    for (DeviceType type : f.types)
        types.append(deviceTypeKey(type));
    for (LifecycleState state : f.states)
        states.append(lifecycleStateKey(state));
    json.insert(QStringLiteral("types"), types);
    json.insert(QStringLiteral("states"), states);
    json.insert(QStringLiteral("productionYearFrom"), f.productionYearFrom);
    json.insert(QStringLiteral("productionYearTo"), f.productionYearTo);
    json.insert(QStringLiteral("dueYear"), f.dueYear);
    json.insert(QStringLiteral("seenWithinDays"), f.seenWithinDays);
    json.insert(QStringLiteral("notSeenForDays"), f.notSeenForDays);
    json.insert(QStringLiteral("search"), f.search);
    return json;
}

DeviceFilter deviceFilterFromJson(const QJsonObject& json)
{
    DeviceFilter f;
    f.municipalityIds = fromNumbers<qint64>(json.value(QStringLiteral("municipalities")));
    f.locationIds = fromNumbers<qint64>(json.value(QStringLiteral("locations")));
    f.departmentIds = fromNumbers<qint64>(json.value(QStringLiteral("departments")));
    f.networkIds = fromNumbers<qint64>(json.value(QStringLiteral("networks")));
    for (const QJsonValue& value : json.value(QStringLiteral("types")).toArray()) {
        if (const std::optional<DeviceType> type = parseDeviceType(value.toString()))
            f.types.append(*type);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("states")).toArray()) {
        if (const std::optional<LifecycleState> state = parseLifecycleState(value.toString()))
            f.states.append(*state);
    }
    f.productionYearFrom = json.value(QStringLiteral("productionYearFrom")).toInt();
    f.productionYearTo = json.value(QStringLiteral("productionYearTo")).toInt();
    f.dueYear = json.value(QStringLiteral("dueYear")).toInt();
    f.seenWithinDays = json.value(QStringLiteral("seenWithinDays")).toInt();
    f.notSeenForDays = json.value(QStringLiteral("notSeenForDays")).toInt();
    f.search = json.value(QStringLiteral("search")).toString();
    return f;
}

SavedViews::SavedViews(Connection db)
    : m_db(std::move(db))
{}

Result<QStringList> SavedViews::names() const
{
    Result<QSqlQuery> query =
        runQuery(m_db, QStringLiteral("SELECT name FROM named_item WHERE kind = ? ORDER BY name"), {Kind});
    if (!query)
        return query.error();
    QStringList result;
    while (query.value().next())
        result.append(query.value().value(0).toString());
    return result;
}

Result<SavedView> SavedViews::load(const QString& name) const
{
    Result<QSqlQuery> query =
        runQuery(m_db, QStringLiteral("SELECT value FROM named_item WHERE kind = ? AND name = ?"), {Kind, name});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(
            QCoreApplication::translate("rullering::SavedViews", "There is no saved view called \"%1\".").arg(name),
            Error::Code::NotFound);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value().value(0).toString().toUtf8(), &parseError);
    if (!document.isObject())
        return Error(QCoreApplication::translate("rullering::SavedViews", "The saved view \"%1\" is damaged: %2")
                         .arg(name, parseError.errorString()),
                     Error::Code::Invalid);
    const QJsonObject json = document.object();
    SavedView view;
    view.name = name;
    view.filter = deviceFilterFromJson(json.value(QStringLiteral("filter")).toObject());
    for (const QJsonValue& column : json.value(QStringLiteral("columns")).toArray()) {
        const int value = column.toInt(-1);
        if (value >= 0 && value < static_cast<int>(DeviceColumn::Count))
            view.columns.append(static_cast<DeviceColumn>(value));
    }
    const int sortColumn = json.value(QStringLiteral("sortColumn")).toInt();
    if (sortColumn >= 0 && sortColumn < static_cast<int>(DeviceColumn::Count))
        view.sort.column = static_cast<DeviceColumn>(sortColumn);
    view.sort.descending = json.value(QStringLiteral("descending")).toBool();
    return view;
}

Status SavedViews::save(const SavedView& view)
{
    const QString name = view.name.trimmed();
    if (name.isEmpty())
        return Error(QCoreApplication::translate("rullering::SavedViews", "A saved view needs a name."),
                     Error::Code::Invalid);
    QJsonArray columns;
    for (DeviceColumn column : view.columns)
        columns.append(static_cast<int>(column));
    const QJsonObject json{{QStringLiteral("filter"), deviceFilterToJson(view.filter)},
                           {QStringLiteral("columns"), columns},
                           {QStringLiteral("sortColumn"), static_cast<int>(view.sort.column)},
                           {QStringLiteral("descending"), view.sort.descending}};
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (Status written =
            runStatement(m_db,
                         QStringLiteral("INSERT INTO named_item (kind, name, value, updated_at, updated_by)"
                                        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET"
                                        " value = excluded.value, updated_at = excluded.updated_at,"
                                        " updated_by = excluded.updated_by"),
                         {Kind, name, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate), currentActor()});
        !written)
        return written;
    return tx.commit();
}

Status SavedViews::remove(const QString& name)
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (Status removed =
            runStatement(m_db, QStringLiteral("DELETE FROM named_item WHERE kind = ? AND name = ?"), {Kind, name});
        !removed)
        return removed;
    return tx.commit();
}

} // namespace rullering
