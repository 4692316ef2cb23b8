#pragma once

#include "storage/Statement.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace rullering {

// The serials and device names of the devices this import created (the ids above createdAbove), to find a repeat
// without the database's indexes:
// - a load into an empty register, whose serial and device-name indexes are set aside with the others and built
//   once at the end (random inserts into those two B-trees cost more than the rest of a row: 1M rows 2.3 s against
//   1.1 s to build both afterwards);
// - an engine whose bulk insert sends the new rows in batches (BulkInsert::sendsInBatches, PostgreSQL's COPY): a
//   row still queued is in no index yet, so queries find only the devices the register held before.
// Kept as 64-bit hashes and device ids (16 bytes a key, 32 MB at 1M devices); every hit is checked against the
// stored row, so a collision never makes two keys one. beforeRead is called before a created row is read (it sends
// the queued rows).
class FirstLoadKeys
{
    Q_DISABLE_COPY_MOVE(FirstLoadKeys)

public:
    FirstLoadKeys(const QSqlDatabase& db, qint64 createdAbove, std::function<Status()> beforeRead);
    bool ok() const { return m_read.ok(); }
    QString errorText() const { return m_read.errorText(); }

    // The device this import stored with this serial (compared exactly, as the unique index does); 0 if none.
    Result<qint64> deviceWithSerial(const QString& serial);
    // The same without reading the database: checked in memory where the serials are kept, else the first device
    // whose serial has the same hash (a collision gives a wrong id: only for a guess checked later). 0 if none.
    qint64 likelyDeviceWithSerial(const QString& serial) const;
    // Up to `limit` devices stored under this device name, compared as SQLite's NOCASE does (ASCII letters only);
    // withoutSerialOnly: only those without a serial. The names are collected on the first call, so a file whose
    // rows all have serials never holds them.
    Result<QList<qint64>> devicesNamed(const QString& hostname, int limit, bool withoutSerialOnly = false);
    // After each insert.
    void added(qint64 id, const QString& serial, const QString& hostname);
    // A created device gave its serial up (rows naming different devices share it): no longer found by it.
    void serialGivenUp(qint64 id);

private:
    // Open addressing on the hash, several ids per hash allowed; id 0 marks a free slot.
    class Table
    {
    public:
        void insert(quint64 hash, qint64 id);
        // Calls visit(id) for each id stored under hash until it returns false.
        template <typename Visit>
        void find(quint64 hash, Visit visit) const
        {
            if (m_slots.empty())
                return;
            const size_t mask = m_slots.size() - 1;
            for (size_t i = size_t(hash) & mask; m_slots[i].id != 0; i = (i + 1) & mask) {
                if (m_slots[i].hash == hash && !visit(m_slots[i].id))
                    return;
            }
        }

    private:
        struct Slot
        {
            quint64 hash = 0;
            qint64 id = 0;
        };
        std::vector<Slot> m_slots;
        size_t m_count = 0;
    };

    quint64 nameHash(const QString& hostname);
    // Steps m_read to the row of this id: true when it is there (read its columns, then reset()); an error leaves
    // m_read.failed() set.
    bool readRow(qint64 id);
    Status collectNames();

    QSqlDatabase m_db;
    Statement m_read;
    qint64 m_createdAbove = 0;
    std::function<Status()> m_beforeRead;
    Table m_serials;
    Table m_names;
    bool m_namesCollected = false;
    // Where reading a row is a round trip (beforeRead given: a server), each created device's serial as added, by
    // id above m_createdAbove, checked in memory instead (a created device keeps the serial it was created with,
    // unless it gives it up: serialGivenUp()). 16k links of a 100k first load: 9 s less.
    std::vector<QString> m_serialOf;
    QString m_folded; // reused: the name with ASCII letters in lower case
};

} // namespace rullering
