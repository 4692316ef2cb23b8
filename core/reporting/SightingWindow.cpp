#include "SightingWindow.h"

#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>

namespace rullering {

Result<std::unique_ptr<SightingWindow>> SightingWindow::load(const QSqlDatabase& db, const QString& from,
                                                             const QString& before)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return std::unique_ptr<SightingWindow>();
    auto failed = [](const QString& detail) {
        return Error(QCoreApplication::translate("SightingWindow", "Cannot read the import history: %1").arg(detail));
    };
    // The key is (device_id, seen_at): a device's sightings arrive together, one per import.
    SqliteStatement query(handle, "SELECT device_id FROM device_seen WHERE seen_at >= ?1 AND seen_at < ?2");
    if (!query.ok())
        return failed(query.errorText());
    query.text(1, from);
    query.text(2, before);
    std::vector<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(query.handle())) == SQLITE_ROW) {
        const qint64 id = query.columnInt(0);
        if (ids.empty() || ids.back() != id)
            ids.push_back(id);
    }
    if (rc != SQLITE_DONE)
        return failed(query.errorText());
    std::unique_ptr<SightingWindow> window(new SightingWindow(db, std::move(ids)));
    if (!window->m_devices.isValid())
        return std::unique_ptr<SightingWindow>();
    return window;
}

} // namespace rullering
