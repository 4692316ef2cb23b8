#pragma once

#include "storage/Transaction.h"
#include "util/Result.h"

#include <QStringList>

namespace rullering {

// For bulk loads: drops the named tables' explicit indexes and creates them again afterwards, both inside the
// caller's transaction, so a rollback restores them too. Building an index once over sorted data is far cheaper
// than maintaining it row by row. The tables' triggers are suspended likewise, and the search index they keep is
// rebuilt at restore(). A unique index that no longer holds fails at restore(), and the caller's
// transaction rolls everything back. Suspend before the transaction writes anything else.
class IndexSuspension
{
public:
    // keepIndexes: indexes that stay, because the load itself reads through them (an import matches on serial).
    static Result<IndexSuspension> suspend(Transaction& tx, const QStringList& tables,
                                           const QStringList& keepIndexes = {});
    Status restore(Transaction& tx);

private:
    // The page cache while the indexes are built, which is also the size of the chunks their keys are sorted in.
    static constexpr int SortChunkKiB = 2048;

    Status createIndexes(const QSqlDatabase& db) const;

    QStringList m_createStatements;
    QStringList m_triggerStatements;
    bool m_rebuildSearch = false;
    bool m_spillSafe = false;
};

} // namespace rullering
