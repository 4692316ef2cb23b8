#include "IdSetFunction.h"

#include "Sql.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <array>
#include <sqlite3.h>

namespace rullering {
namespace {

// One set: a bitmap over the ids' range when it spans at most 2^26 ids (each test one memory read; ids are rowids,
// dense in practice), else the sorted ids, searched in halves.
struct Set
{
    qint64 first = 0;
    std::vector<quint64> bits;
    std::vector<qint64> sorted;

    static constexpr qint64 MaxBitmapBits = qint64(1) << 26; // 8 MB

    // ids: sorted, unique.
    void assign(std::vector<qint64> ids)
    {
        bits.clear();
        sorted.clear();
        if (ids.empty())
            return;
        const qint64 span = ids.back() - ids.front() + 1; // ids are rowids: no overflow
        if (span > 0 && span <= MaxBitmapBits) {
            first = ids.front();
            bits.assign(size_t((span + 63) / 64), 0);
            for (const qint64 id : ids)
                bits[size_t((id - first) / 64)] |= quint64(1) << ((id - first) % 64);
            return;
        }
        sorted = std::move(ids);
    }
    bool contains(qint64 id) const
    {
        if (!bits.empty()) {
            if (id < first)
                return false;
            const quint64 offset = quint64(id - first);
            return offset / 64 < bits.size() && (bits[offset / 64] >> (offset % 64)) & 1;
        }
        return std::binary_search(sorted.begin(), sorted.end(), id);
    }
};

struct ConnectionSets
{
    std::array<Set, IdSet::Slots> sets;
    std::array<bool, IdSet::Slots> used{};
};

// The sets of each connection the function is installed on, found from its handle. An entry lives as long as the
// connection: SQLite calls forget() when it closes.
QMutex registryMutex;
QHash<sqlite3*, ConnectionSets*>& registry()
{
    static QHash<sqlite3*, ConnectionSets*> map;
    return map;
}

void forget(void* data)
{
    auto* sets = static_cast<ConnectionSets*>(data);
    {
        const QMutexLocker lock(&registryMutex);
        for (auto it = registry().begin(); it != registry().end();) {
            if (it.value() == sets)
                it = registry().erase(it);
            else
                ++it;
        }
    }
    delete sets;
}

void inSet(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    const auto* sets = static_cast<const ConnectionSets*>(sqlite3_user_data(context));
    const sqlite3_int64 slot = sqlite3_value_int64(argv[0]);
    if (slot < 0 || slot >= IdSet::Slots || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    sqlite3_result_int(context, sets->sets[size_t(slot)].contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

} // namespace

Status installIdSetFunction(sqlite3* handle)
{
    auto* sets = new ConnectionSets;
    // SQLite owns sets from here: forget() runs when the connection closes, or at once if the call fails.
    const int rc = sqlite3_create_function_v2(handle, "rullering_in_set", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, sets,
                                              &inSet, nullptr, nullptr, &forget);
    if (rc != SQLITE_OK)
        return Error(QCoreApplication::translate("IdSet", "Cannot add an SQL function: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    const QMutexLocker lock(&registryMutex);
    registry().insert(handle, sets);
    return {};
}

IdSet::IdSet(const QSqlDatabase& db, std::vector<qint64> ids)
    : m_handle(sqliteHandle(db))
{
    if (!m_handle)
        return;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const QMutexLocker lock(&registryMutex);
    ConnectionSets* sets = registry().value(m_handle);
    if (!sets)
        return;
    for (int slot = 0; slot < Slots; ++slot) {
        if (sets->used[size_t(slot)])
            continue;
        m_size = qsizetype(ids.size());
        sets->sets[size_t(slot)].assign(std::move(ids));
        sets->used[size_t(slot)] = true;
        m_slot = slot;
        return;
    }
}

Result<std::unique_ptr<IdSet>> IdSet::fromQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return std::unique_ptr<IdSet>();
    {
        const QMutexLocker lock(&registryMutex);
        if (!registry().contains(handle))
            return std::unique_ptr<IdSet>();
    }
    auto failed = [handle] {
        return Error(
            QCoreApplication::translate("Sql", "Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    };
    SqliteStatement query(handle, sql.toUtf8().constData());
    if (!query.ok())
        return failed();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(query.handle(), i + 1);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            query.integer(i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(query.handle(), i + 1, value.toDouble());
            break;
        default: // text, and what Qt's driver would bind as text (dates in ISO form)
            sqlite3_bind_text(query.handle(), i + 1, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        }
    }
    std::vector<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(query.handle())) == SQLITE_ROW) {
        const qint64 id = query.columnInt(0);
        if (ids.empty() || ids.back() != id) // runs of one id (a device's sightings) collapse here
            ids.push_back(id);
    }
    if (rc != SQLITE_DONE)
        return failed();
    auto set = std::make_unique<IdSet>(db, std::move(ids));
    if (!set->isValid())
        return std::unique_ptr<IdSet>();
    return set;
}

IdSet::~IdSet()
{
    if (m_slot < 0)
        return;
    const QMutexLocker lock(&registryMutex);
    if (ConnectionSets* sets = registry().value(m_handle)) {
        sets->sets[size_t(m_slot)].assign({});
        sets->used[size_t(m_slot)] = false;
    }
}

QString IdSet::sql(const QString& column) const
{
    if (m_slot < 0)
        return {};
    return QStringLiteral("rullering_in_set(%1, %2)").arg(m_slot).arg(column);
}

} // namespace rullering
