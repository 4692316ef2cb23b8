#pragma once

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QStringList>

#include <memory>

namespace rullering {

// For writes of many devices that keep the indexes live (an import into a register about its size or bigger): the
// word index's triggers are set aside inside the caller's transaction, and finish() brings the index up to date in
// two statements. Row by row, FTS5 writes its pending terms out at every statement's savepoint: one segment per
// device, and merges after them (callgrind, 12k new devices with the indexes live: 41% of all instructions in
// sqlite3VtabSavepoint). Measured into a register of 10k: the rows took 1.35-1.41 s, now 1.17-1.21 s plus 25 ms
// for the batch; the rest is the live indexes (~100k instructions a device).
// A rollback of the transaction restores the triggers and the index as they were.
class SearchIndexBatch
{
public:
    // Call before the transaction writes any device. Devices with an id above maxIdAtStart are the new ones.
    static Result<std::unique_ptr<SearchIndexBatch>> begin(Transaction& tx, qint64 maxIdAtStart);

    // Before a stored device's serial, device name or primary user changes: the values the index holds for it.
    // A device's first call counts; later ones (the index still holds the first values) are ignored.
    Status stale(qint64 deviceId, const QString& serial, const QString& hostname, const QString& primaryUser);

    // Removes the stale values, adds the new and changed devices' values, and puts the triggers back.
    Status finish(Transaction& tx);

private:
    SearchIndexBatch() = default;

    QStringList m_triggerStatements;
    qint64 m_maxIdAtStart = 0;
    std::unique_ptr<SqliteStatement> m_stale;
};

} // namespace rullering
