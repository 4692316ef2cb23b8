#pragma once

#include "storage/IdSetFunction.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rullering {

// The devices the import history (device_seen) saw within a window of days, as an id set on one connection
// (storage/IdSetFunction): sql("d.id") is an expression that is 1 for them, 0 otherwise, while the object lives.
//
// Why: a status as of a past date asks "seen in the window?" of every device last seen after that date, ~650k at
// 1M devices. As `id IN (SELECT … FROM device_seen …)` SQLite rebuilds that list for each statement and probes a
// b-tree per device (0.5 s per refresh with ~470k sightings on record); this reads the window once per refresh.
//
// load() gives nullptr for a connection without the id-set function (another driver): the caller keeps the
// subquery, which gives the same answers.
class SightingWindow
{
public:
    // Sightings with from <= seen_at < before (ISO dates, UTC).
    static Result<std::unique_ptr<SightingWindow>> load(const QSqlDatabase& db, const QString& from,
                                                        const QString& before);

    qsizetype deviceCount() const { return m_devices.size(); }
    QString sql(const QString& idColumn) const { return m_devices.sql(idColumn); }

private:
    SightingWindow(const QSqlDatabase& db, std::vector<qint64> ids)
        : m_devices(db, std::move(ids))
    {}

    IdSet m_devices;
};

} // namespace rullering
