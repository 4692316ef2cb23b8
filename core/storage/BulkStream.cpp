#include "BulkStream.h"

#include <utility>
#include <vector>

namespace rullering {
namespace {

// The open streams of this thread's connections, by connection name; rarely more than one.
thread_local std::vector<std::pair<QString, BulkStream*>> t_open;

} // namespace

void openBulkStream(const QSqlDatabase& db, BulkStream* stream)
{
    t_open.emplace_back(db.connectionName(), stream);
}

void closeBulkStream(BulkStream* stream)
{
    std::erase_if(t_open, [stream](const auto& open) { return open.second == stream; });
}

Status settleBulkStream(const QSqlDatabase& db)
{
    if (t_open.empty())
        return {};
    const QString name = db.connectionName();
    for (const auto& [connection, stream] : t_open) {
        if (connection == name)
            return stream->endStream(); // it closes itself, changing t_open: return at once
    }
    return {};
}

} // namespace rullering
