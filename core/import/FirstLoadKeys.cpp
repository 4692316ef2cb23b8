#include "FirstLoadKeys.h"

#include "ImportReport.h"
#include "util/AsciiCase.h"
#include "util/TextHash.h"

#include <utility>

namespace rullering {
namespace {

constexpr size_t HashSeed = 0x9e3779b97f4a7c15ULL;

// Not qHash: see util/TextHash.h.
quint64 keyHash(QStringView text)
{
    return quint64(textHash(text, HashSeed));
}

Error refused(const Statement& statement)
{
    return importRefusedByDatabase(statement.errorText());
}

} // namespace

void FirstLoadKeys::Table::insert(quint64 hash, qint64 id)
{
    if ((m_count + 1) * 2 > m_slots.size()) { // at most half full
        const size_t size = std::max<size_t>(1024, m_slots.size() * 2);
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(size));
        m_count = 0;
        for (const Slot& slot : old) {
            if (slot.id != 0)
                insert(slot.hash, slot.id);
        }
    }
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    while (m_slots[i].id != 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, id};
    ++m_count;
}

FirstLoadKeys::FirstLoadKeys(const QSqlDatabase& db, qint64 createdAbove, std::function<Status()> beforeRead)
    : m_db(db)
    , m_read(db, "SELECT serial, hostname FROM device WHERE id = ?1")
    , m_createdAbove(createdAbove)
    , m_beforeRead(std::move(beforeRead))
{}

quint64 FirstLoadKeys::nameHash(const QString& hostname)
{
    m_folded.resize(hostname.size());
    QChar* out = m_folded.data();
    for (QChar c : hostname)
        *out++ = QChar(asciiLower(c.unicode()));
    return keyHash(m_folded);
}

bool FirstLoadKeys::readRow(qint64 id)
{
    m_read.integer(1, id);
    return m_read.step(); // the row stays readable until reset()
}

Result<qint64> FirstLoadKeys::deviceWithSerial(const QString& serial)
{
    if (m_beforeRead) // a server: the serials are kept in memory, so the answer is exact without a read
        return likelyDeviceWithSerial(serial);
    qint64 found = 0;
    bool failed = false;
    m_serials.find(keyHash(serial), [&](qint64 id) {
        const bool same = readRow(id) && m_read.columnText(0) == serial;
        failed = m_read.failed();
        m_read.reset();
        if (same)
            found = id;
        return !same && !failed;
    });
    if (failed)
        return refused(m_read);
    return found;
}

qint64 FirstLoadKeys::likelyDeviceWithSerial(const QString& serial) const
{
    qint64 found = 0;
    m_serials.find(keyHash(serial), [&](qint64 id) {
        const auto index = size_t(id - m_createdAbove);
        if (!m_beforeRead || (index < m_serialOf.size() && m_serialOf[index] == serial))
            found = id;
        return found == 0;
    });
    return found;
}

Status FirstLoadKeys::collectNames()
{
    m_namesCollected = true;
    if (m_beforeRead) {
        if (Status sent = m_beforeRead(); !sent)
            return sent;
    }
    Statement names(m_db, "SELECT id, hostname FROM device WHERE hostname IS NOT NULL AND id > ?1");
    if (!names.ok())
        return refused(names);
    names.integer(1, m_createdAbove);
    while (names.step())
        m_names.insert(nameHash(names.columnText(1)), names.columnInt(0));
    if (names.failed())
        return refused(names);
    names.reset();
    return {};
}

Result<QList<qint64>> FirstLoadKeys::devicesNamed(const QString& hostname, int limit, bool withoutSerialOnly)
{
    if (!m_namesCollected) {
        if (Status collected = collectNames(); !collected)
            return collected.error();
    }
    QList<qint64> ids;
    bool failed = false;
    bool sent = false;
    Status before;
    m_names.find(nameHash(hostname), [&](qint64 id) {
        if (!sent && m_beforeRead) {
            sent = true;
            if (before = m_beforeRead(); !before)
                return false;
        }
        if (readRow(id) && equalIgnoringAsciiCase(m_read.columnText(1), hostname) &&
            (!withoutSerialOnly || m_read.columnText(0).isEmpty()))
            ids.append(id);
        failed = m_read.failed();
        m_read.reset();
        return ids.size() < limit && !failed;
    });
    if (!before)
        return before.error();
    if (failed)
        return refused(m_read);
    return ids;
}

void FirstLoadKeys::serialGivenUp(qint64 id)
{
    // Where rows are read back, the stored row no longer has it; in memory, the serial kept for the device goes.
    if (const auto index = size_t(id - m_createdAbove); index < m_serialOf.size())
        m_serialOf[index].clear();
}

void FirstLoadKeys::added(qint64 id, const QString& serial, const QString& hostname)
{
    if (!serial.isEmpty()) {
        m_serials.insert(keyHash(serial), id);
        if (m_beforeRead && id > m_createdAbove) {
            const auto index = size_t(id - m_createdAbove);
            if (index >= m_serialOf.size())
                m_serialOf.resize(index + index / 4 + 1024);
            m_serialOf[index] = serial;
        }
    }
    if (m_namesCollected && !hostname.isEmpty())
        m_names.insert(nameHash(hostname), id);
}

} // namespace rullering
