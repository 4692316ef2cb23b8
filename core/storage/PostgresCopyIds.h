#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace rullering {

// The ids PostgresCopy writes in the id column, from the table's identity sequence, so a row's id is known before it
// is sent (the old device of a swap points at its successor). Reserved with nextval() in growing blocks. A table the
// transaction holds alone (a first load) takes its first id from the sequence and counts on from there: a query for
// each block ended the open COPY, and the client waited for the server to store every row sent before it, 16 times
// in a 1M load. Its sequence is moved past the counted ids whenever the COPY ends (streamEnded()).
class PostgresCopyIds
{
public:
    PostgresCopyIds(QSqlDatabase db, QString table); // the table schema-qualified
    // The next id. Runs a query when a block is used up (which ends an open COPY on the connection first).
    Result<qint64> next();
    // After the COPY has ended, before any other statement of the transaction runs (one that took a number from the
    // sequence would take one of the counted ones): the sequence set past them. The next id is taken from the
    // sequence again, after whatever such a statement took.
    Status streamEnded();

private:
    Status reserve();

    static constexpr qsizetype MaxBlock = 65536;

    QSqlDatabase m_db;
    QString m_table;
    std::vector<qint64> m_ids; // reserved, not yet used
    size_t m_nextId = 0;
    qsizetype m_block = 1024;
    int m_alone = -1;        // the transaction holds the table alone (1), not (0), not asked yet (-1)
    qint64 m_ownId = 0;      // a table held alone: the next id counted here (0: take one from the sequence first)
    qint64 m_sequenceAt = 0; // the last id the sequence has given
    QString m_sequence;
};

} // namespace rullering
