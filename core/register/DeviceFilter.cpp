#include "DeviceFilter.h"

#include "storage/Sql.h"

#include <QStringList>

namespace rullering {
namespace {

template <typename T, typename ToVariant>
void addIn(QStringList& conditions, QVariantList& values, const QString& column, const QList<T>& items,
           ToVariant toVariant)
{
    if (items.isEmpty())
        return;
    QStringList marks;
    for (const T& item : items) {
        marks.append(QStringLiteral("?"));
        values.append(toVariant(item));
    }
    conditions.append(column + QStringLiteral(" IN (") + marks.join(u',') + u')');
}

// Serial, device name and user come from the word index (migration 5): every word typed must begin a word of one of
// them, case-insensitively. Models are few and shared by many devices: their names are searched for the text
// anywhere (one bound value: containsPattern), then the devices found through the model index.
QString modelsContaining()
{
    return QStringLiteral("SELECT name FROM device_model_name WHERE name LIKE ? ESCAPE '\\'");
}

QString containsPattern(const QString& search)
{
    return u'%' + escapeLikePattern(search) + u'%';
}

QString isoStartOfDay(const QDate& date)
{
    return date.toString(Qt::ISODate); // "2023-01-25" sorts before any time on that day
}

} // namespace

QString searchWordsQuery(const QString& text)
{
    // unicode61 splits on everything but letters and digits; each piece becomes a quoted prefix, all of them
    // required. Quoting makes FTS5 syntax characters in what was typed plain text.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + QStringLiteral("\"*"));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QStringLiteral(" AND "));
}

SqlFragment deviceSearchIds(const DeviceFilter& filter)
{
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return {};
    const QString words = searchWordsQuery(search);
    SqlFragment ids;
    if (!words.isEmpty()) {
        ids.sql = QStringLiteral("SELECT rowid FROM device_search WHERE device_search MATCH ? UNION ALL ");
        ids.values.append(words);
    }
    ids.sql += QStringLiteral("SELECT m.id FROM device AS m WHERE m.model IN (") + modelsContaining() + u')';
    ids.values.append(containsPattern(search));
    return ids;
}

bool DeviceFilter::isEmpty() const
{
    DeviceFilter unrestricted;
    unrestricted.reference = reference;
    return *this == unrestricted;
}

SqlFragment deviceFilterWhere(const DeviceFilter& filter, const QString& alias)
{
    return deviceFilterWhere(filter, alias, FilterIndexUse::Allowed);
}

SqlFragment deviceFilterWhere(const DeviceFilter& filter, const QString& alias, FilterIndexUse indexUse)
{
    // SQLite's unary + changes nothing but the plan: "+d.state = ?" cannot use an index, so the query walks the
    // sort column's index instead of collecting and sorting a large match. The aggregates (Scanned) walk an index
    // leading with (state, municipality_id): a municipality seeks in it, and any other condition tested per entry
    // keeps the entries in group order (a type filter let SQLite sort 500k entries: 163 ms instead of 72).
    const QString column = alias.isEmpty() ? QString() : alias + u'.';
    const QString a = (indexUse != FilterIndexUse::Allowed ? QStringLiteral("+") : QString()) + column;
    const QString m = (indexUse == FilterIndexUse::Avoided ? QStringLiteral("+") : QString()) + column;
    QStringList conditions;
    QVariantList values;
    auto id = [](qint64 v) {
        return QVariant(static_cast<qlonglong>(v));
    };
    addIn(conditions, values, m + QStringLiteral("municipality_id"), filter.municipalityIds, id);
    addIn(conditions, values, a + QStringLiteral("location_id"), filter.locationIds, id);
    addIn(conditions, values, a + QStringLiteral("department_id"), filter.departmentIds, id);
    addIn(conditions, values, a + QStringLiteral("network_id"), filter.networkIds, id);
    addIn(conditions, values, a + QStringLiteral("type"), filter.types,
          [](DeviceType t) { return QVariant(static_cast<int>(t)); });
    addIn(conditions, values, a + QStringLiteral("state"), filter.states,
          [](LifecycleState s) { return QVariant(static_cast<int>(s)); });
    if (filter.productionYearFrom > 0) {
        conditions.append(a + QStringLiteral("production_year >= ?"));
        values.append(filter.productionYearFrom);
    }
    if (filter.productionYearTo > 0) {
        conditions.append(a + QStringLiteral("production_year <= ?"));
        values.append(filter.productionYearTo);
    }
    if (filter.dueYear > 0) {
        // Due year = production year + lifetime(type): one range per type keeps production_year's index usable.
        QStringList perType;
        for (DeviceType type : allDeviceTypes()) {
            perType.append(QStringLiteral("(") + a + QStringLiteral("type = ? AND ") + a +
                           QStringLiteral("production_year = ?)"));
            values.append(static_cast<int>(type));
            values.append(filter.dueYear - defaultLifetimeYears(type));
        }
        conditions.append(u'(' + perType.join(QStringLiteral(" OR ")) + u')');
    }
    const QDate reference = filter.reference.isValid() ? filter.reference : QDate::currentDate();
    if (filter.seenWithinDays > 0) {
        conditions.append(a + QStringLiteral("last_seen >= ?"));
        values.append(isoStartOfDay(reference.addDays(-filter.seenWithinDays)));
    }
    if (filter.notSeenForDays > 0) {
        conditions.append(QStringLiteral("(") + a + QStringLiteral("last_seen IS NULL OR ") + a +
                          QStringLiteral("last_seen < ?)"));
        values.append(isoStartOfDay(reference.addDays(-filter.notSeenForDays)));
    }
    if (const QString search = filter.search.trimmed(); !search.isEmpty()) {
        if (indexUse == FilterIndexUse::Scanned) {
            const SqlFragment ids = deviceSearchIds(filter);
            conditions.append(a + QStringLiteral("id IN (") + ids.sql + u')');
            values.append(ids.values);
        } else {
            const QString words = searchWordsQuery(search);
            QString condition = (words.isEmpty() ? QString()
                                                 : a + QStringLiteral("id IN (SELECT rowid FROM device_search WHERE"
                                                                      " device_search MATCH ?) OR ")) +
                                a + QStringLiteral("model IN (") + modelsContaining() + u')';
            if (!words.isEmpty())
                values.append(words);
            values.append(containsPattern(search));
            conditions.append(u'(' + condition + u')');
        }
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace rullering
