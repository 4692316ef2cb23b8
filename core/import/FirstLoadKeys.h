#pragma once

#include "storage/SqliteStatement.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <vector>

namespace rullering {

// For a load into an empty register, whose serial and device-name indexes are set aside with the others and built
// once at the end (random inserts into those two B-trees cost more than the rest of a row: 1M rows 2.3 s against
// 1.1 s to build both afterwards): the serials and device names this import has stored so far, to find a repeat
// without an index. Kept as 64-bit hashes and device ids (16 bytes a key, 32 MB at 1M devices); every hit is
// checked against the stored row, so a collision never makes two keys one.
class FirstLoadKeys
{
    Q_DISABLE_COPY_MOVE(FirstLoadKeys)

public:
    explicit FirstLoadKeys(sqlite3* db);
    bool ok() const { return m_read.ok(); }
    QString errorText() const { return m_read.errorText(); }

    // The device this import stored with this serial (compared exactly, as the unique index does); 0 if none.
    Result<qint64> deviceWithSerial(const QString& serial);
    // Up to `limit` devices stored under this device name, compared as SQLite's NOCASE does (ASCII letters only).
    // The names are collected on the first call, so a file whose rows all have serials never holds them.
    Result<QList<qint64>> devicesNamed(const QString& hostname, int limit);
    // After each insert.
    void added(qint64 id, const QString& serial, const QString& hostname);

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
    int readRow(qint64 id);
    Status collectNames();

    SqliteStatement m_read;
    sqlite3* m_db;
    Table m_serials;
    Table m_names;
    bool m_namesCollected = false;
    QString m_folded; // reused: the name with ASCII letters in lower case
};

} // namespace rullering
