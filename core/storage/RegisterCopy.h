#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace rullering {

class Database;

// Copies a whole register into another, between any two engines (a file to a server, a server to a file for a
// laptop, a file to a file): every table the source's catalogue lists, row by row with their ids, in one transaction
// on the target that commits only when each table holds as many rows as in the source. The tables are ordered by
// their references, read from the catalogue too, so a table added by a later schema step is not left out; tables
// filled by triggers (model names) come before the tables whose triggers fill them, and derived indexes (the word
// search) are rebuilt by the target as rows arrive.
class RegisterCopy
{
public:
    enum class Existing
    {
        Refuse,  // a target holding any row is refused unchanged
        Replace, // its rows are deleted in the same transaction
    };

    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Summary
    {
        QList<TableCount> tables; // in the order copied
        bool committed = false;   // false: the counts differ (see tables) and the target was left as it was
        qint64 rows() const;
    };

    // table being copied, rows copied so far of all tables, rows in all
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    // Both registers are open at the same schema version (Database::open upgrades an older one). An error leaves
    // the target as it was; a target already holding rows, with Existing::Refuse, is an Error::Code::Conflict.
    static Result<Summary> copy(const Database& source, const Database& target, Existing existing,
                                const Progress& progress = {});
};

} // namespace rullering
