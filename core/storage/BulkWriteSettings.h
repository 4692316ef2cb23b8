#pragma once

#include <QSqlDatabase>

namespace rullering {

// The connection's settings for a bulk write (an import, the demo fleet), put back when the object goes:
// - a larger page cache, so random updates of the indexes stay in memory instead of spilling to the journal;
// - no memory map: the file is read through SQLite's own bounded cache. Database::open maps the file for fast
//   reads, but a load reads and writes all of it, and every mapped page it touches stays in the process's
//   resident memory: the 1M-row import peaked at 408 MB mapped, 142 MB not (issue 3's limit: 300 MB).
// Best effort: a setting SQLite refuses only costs speed or memory, so failures are not reported.
// Nothing on PostgreSQL: memory is the server's.
class BulkWriteSettings
{
public:
    BulkWriteSettings(const QSqlDatabase& db, qint64 cacheKiB);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings&) = delete;
    BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;

private:
    QSqlDatabase m_db;
    bool m_sqlite = true;
    qint64 m_cacheBefore = 0;
    qint64 m_mmapBefore = 0;
};

} // namespace rullering
