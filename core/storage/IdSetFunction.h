#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>

struct sqlite3;

namespace rullering {

// Sets of ids a statement can test rows against without a subquery: rullering_in_set(slot, id) is 1 when id is in
// the set held in that slot, 0 when not. Database::open installs the function on each connection it opens (no
// statement is active then: SQLite refuses to add or remove a function while one is); the sets are filled and
// emptied later by IdSet objects, which never touch the function itself.
//
// Why: `id IN (SELECT …)` makes SQLite build the list again for each statement and probe a b-tree per row
// (~0.8 µs); a set read once and searched in memory answers in a fraction of that.
Status installIdSetFunction(sqlite3* handle);

// One set, in a free slot of its connection, for the object's lifetime (which must end before the connection's). Not
// valid (and sql() empty) when the connection has no raw SQLite handle or its function was not installed: the caller
// then keeps its subquery.
class IdSet
{
public:
    IdSet(const QSqlDatabase& db, std::vector<qint64> ids);
    // The ids in the first column of a query, read once through the raw handle (a few hundred thousand ids in tens
    // of milliseconds, where QSqlQuery costs ~1 µs a row). nullptr when the connection has no id-set function (the
    // caller then keeps the query as a subquery: the same answers); an Error when the query fails.
    static Result<std::unique_ptr<IdSet>> fromQuery(const QSqlDatabase& db, const QString& sql,
                                                    const QVariantList& values);
    ~IdSet();
    IdSet(const IdSet&) = delete;
    IdSet& operator=(const IdSet&) = delete;

    bool isValid() const { return m_slot >= 0; }
    qsizetype size() const { return m_size; }
    // "rullering_in_set(<slot>, <column>)", for a statement on the same connection.
    QString sql(const QString& column) const;

    static constexpr int Slots = 8;

private:
    sqlite3* m_handle = nullptr;
    int m_slot = -1;
    qsizetype m_size = 0;
};

} // namespace rullering
