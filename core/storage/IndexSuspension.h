#pragma once

#include "storage/Transaction.h"
#include "util/Result.h"

#include <QStringList>

#include <functional>

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
    // step(done, total) after each index and each part of the rebuild, for a progress bar; returning false stops
    // the restore with a Cancelled error (the caller rolls back).
    using Step = std::function<bool(int done, int total)>;
    Status restore(Transaction& tx, const Step& step = {});

private:
    // The page cache while the indexes are built, which is also the size of the chunks their keys are sorted in.
    static constexpr int SortChunkKiB = 2048;

    // Runs statements as one part of the restore (and reports the step).
    using RunPart = std::function<Status(const QStringList& statements)>;
    Status createIndexes(const QSqlDatabase& db, const RunPart& runPart) const;

    QStringList m_serverRestore; // an engine's own (Engine::setAsideForFirstLoad)
    QStringList m_createStatements;
    QStringList m_triggerStatements;
    bool m_rebuildSearch = false;
    bool m_spillSafe = false;
};

} // namespace rullering
