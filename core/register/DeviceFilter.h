#pragma once

#include "domain/DeviceType.h"
#include "domain/Lifecycle.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace rullering {

class Engine;

// What the person narrowed the register down to. Empty lists and zero values mean "no restriction".
// The register table, the counts and the charts all read the same filter, so they always agree.
struct DeviceFilter
{
    QList<qint64> municipalityIds;
    QList<qint64> locationIds;
    QList<qint64> departmentIds;
    QList<qint64> networkIds;
    QList<DeviceType> types;
    QList<LifecycleState> states;
    int productionYearFrom = 0;
    int productionYearTo = 0;
    int dueYear = 0;        // production year + the type's default lifetime
    int seenWithinDays = 0; // seen on or after reference − N days
    int notSeenForDays = 0; // not seen since reference − N days (or never)
    QDate reference;        // the activity windows count back from here; invalid = today
    QString search;         // serial, device name, primary user or model contains this (case-insensitive)

    bool isEmpty() const;
    // Not defaulted: Qt 6.4 compares two empty lists with memcmp on a null pointer when one of them has storage
    // left from a clear() (undefined behaviour, which UBSan reports), so empty lists are compared by size.
    bool operator==(const DeviceFilter& other) const;
};

// A piece of SQL with its bound values, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// " WHERE …" (or an empty string) over the device table aliased as alias, in engine's SQL. Values are bound, never
// spliced.
SqlFragment deviceFilterWhere(const Engine& engine, const DeviceFilter& filter,
                              const QString& alias = QStringLiteral("d"));

// SQLite's FTS5 query for what was typed in the search box (SqliteEngine::wordQuery): every word as a required
// prefix ("MOL-L1" gives "MOL"* AND "L1"*); empty when the text has no letter or digit.
QString searchWordsQuery(const QString& text);

// The search text's matches as a query for their device ids (serial, device name or user through the word index,
// then the devices of every model whose name contains the text; an id may come twice); empty when no text.
SqlFragment deviceSearchIds(const Engine& engine, const DeviceFilter& filter);

// The two sources of a search's matches apart (deviceSearchIds is their union): the query of the ids matched by
// words (empty when the text holds no letter or digit) and that of the model names containing the text.
SqlFragment deviceSearchWordIds(const Engine& engine, const DeviceFilter& filter);
SqlFragment deviceSearchModelNames(const Engine& engine, const DeviceFilter& filter);

// The moment before which a device counts as not seen for filter.notSeenForDays (as last_seen is stored).
QString notSeenBefore(const DeviceFilter& filter);

// Whether the conditions may use their indexes. A filter that keeps most of the register is cheaper to apply while
// walking the sort column's index than to collect through its own index and sort (DeviceListQuery decides).
// Scanned: the caller walks an index of its own over the whole fleet (the status aggregates) and tests each
// device; the search text then becomes one membership test against a list of ids (deviceSearchIds; built once
// per statement by SQLite, once per refresh by FleetCube, as an id set), where "id IN (…) OR
// model IN (…)" would read every device's wide row for its model (3.2 s instead of 0.3 s at 1M). The register
// keeps the OR: SQLite answers it from two indexes, faster for its counts (ThinkPad: 108 ms instead of 332).
enum class FilterIndexUse
{
    Allowed,
    Avoided,
    Scanned,
};
SqlFragment deviceFilterWhere(const Engine& engine, const DeviceFilter& filter, const QString& alias,
                              FilterIndexUse indexUse);

} // namespace rullering
