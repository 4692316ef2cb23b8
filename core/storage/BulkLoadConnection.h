#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rullering {

// What a bulk load (the import) sets on its connection before its write transaction begins, put back when the
// object goes (after the transaction has ended). Only SQLite has such settings (they cannot change inside a
// transaction); on PostgreSQL constraints stay on and journal and temporary storage are the server's, so nothing is
// set. Best effort: a setting the engine refuses costs only speed. BulkWriteSettings holds what may be set inside
// the transaction.
class BulkLoadConnection
{
public:
    struct Options
    {
        // The writer stores only reference ids it read or created itself, so the per-row foreign-key checks (a
        // quarter of the time) can be left out.
        bool withoutReferenceChecks = false;
        // A first load into an empty register, with no other connection open, writes through a rollback journal:
        // in WAL mode every page of the new register is written twice (to the log, then by the checkpoint into
        // the file), and a rollback journal holds only the few pages that existed before. Just as atomic: a crash
        // leaves a hot journal that the next open rolls back. SQLite refuses the switch while anyone else has the
        // file open; then the load simply stays in WAL mode.
        bool rollbackJournal = false;
        // Statement journals in memory (SQLite decides where they go when the write transaction starts, from
        // temp_store): each row's INSERT opens one (the device table has triggers), and a row that updates the ~15
        // index pages of a live register outgrows SQLite's 64 KiB in-memory allowance for it, so every row wrote
        // its pages to a temporary file: 361k writes for 12k rows, 1.1 s of 12k rows into a register (0.45 s in
        // memory). Not for a load that rebuilds the indexes: its sorts would be held in memory too, and are slower
        // there (1M first load: indexes 19.6 s in memory, 10.4 s in temporary files).
        bool statementJournalsInMemory = false;
    };

    BulkLoadConnection(const QSqlDatabase& db, const Options& options);
    ~BulkLoadConnection();
    BulkLoadConnection(const BulkLoadConnection&) = delete;
    BulkLoadConnection& operator=(const BulkLoadConnection&) = delete;

private:
    QSqlDatabase m_db;
    bool m_foreignKeysOff = false;
    bool m_journalSwitched = false;
    bool m_tempStoreSet = false;
    qint64 m_tempStoreBefore = 0;
};

} // namespace rullering
