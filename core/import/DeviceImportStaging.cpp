// DeviceImportWriter on a server: the updates of the register's own devices held back and written at once after
// the last row, so the import holds their row locks only for its last moments (issue 18).
#include "DeviceImportWriter.h"
#include "storage/Database.h"
#include "storage/DeviceConflict.h"
#include "storage/Engine.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace rullering {

Status DeviceImportWriter::finishRows()
{
    if (Status sent = flush(); !sent)
        return sent;
    if (Status cleared = m_matcher.prefetchSerials({}); !cleared) // read before the staged rows were written
        return cleared;
    if (Status updated = applyStagedUpdates(); !updated)
        return updated;
    return applyStagedSightings();
}

Status DeviceImportWriter::lookAhead(const std::vector<ImportRowStream::Item>& batch)
{
    if (!stagesUpdates() || m_devicesAtStart == 0)
        return {};
    QStringList serials;
    serials.reserve(qsizetype(batch.size()));
    for (const ImportRowStream::Item& item : batch) {
        if (!item.rejected && !item.row.serial.isEmpty())
            serials.append(item.row.serial);
    }
    return m_matcher.prefetchSerials(serials);
}

Status DeviceImportWriter::lookAheadLinks(size_t from)
{
    constexpr size_t Batch = 1024;
    if (!stagesUpdates() || m_devicesAtStart == 0 || from % Batch != 0)
        return {};
    QStringList serials;
    for (size_t i = from; i < std::min(m_links.size(), from + Batch); ++i)
        serials.append(m_links[i].successor);
    return m_matcher.prefetchSerials(serials);
}

Status DeviceImportWriter::openStagedSightings()
{
    const QSqlDatabase db = m_database.connection();
    const Engine& engine = Engine::of(db);
    if (Status created = execStatements(db, {QStringLiteral("CREATE TEMPORARY TABLE import_seen (device_id BIGINT,"
                                                            " seen_at %1)")
                                                 .arg(engine.textType())});
        !created)
        return importRefusedByDatabase(created.errorMessage());
    Result<std::unique_ptr<BulkInsert>> seen =
        BulkInsert::open(db, engine.temporaryTable(QStringLiteral("import_seen")),
                         {QStringLiteral("device_id"), QStringLiteral("seen_at")}, nullptr, false);
    if (!seen)
        return importRefusedByDatabase(seen.errorMessage());
    m_stagedSeen = std::move(seen.value());
    return {};
}

Status DeviceImportWriter::applyStagedSightings()
{
    if (!m_stagedSeen)
        return {};
    if (Status sent = m_stagedSeen->finish(); !sent)
        return importRefusedByDatabase(sent.errorMessage());
    m_stagedSeen.reset();
    const QSqlDatabase db = m_database.connection();
    const QString table = Engine::of(db).temporaryTable(QStringLiteral("import_seen"));
    if (Status added = runStatement(db,
                                    QStringLiteral("INSERT INTO device_seen (device_id, seen_at, import_id)"
                                                   " SELECT device_id, seen_at, CAST(? AS BIGINT) FROM %1"
                                                   " ON CONFLICT DO NOTHING")
                                        .arg(table),
                                    {m_settings.importId});
        !added)
        return importRefusedByDatabase(added.errorMessage());
    if (Status dropped = execStatements(db, {QStringLiteral("DROP TABLE ") + table}); !dropped)
        return importRefusedByDatabase(dropped.errorMessage());
    return {};
}

Status DeviceImportWriter::applyStagedUpdates()
{
    if (m_staged.isEmpty())
        return {};
    const QSqlDatabase db = m_database.connection();
    const Engine& engine = Engine::of(db);
    const QString table = engine.temporaryTable(QStringLiteral("import_staged"));
    const QString text = engine.textType();
    const QString createTable =
        QStringLiteral("CREATE TEMPORARY TABLE import_staged (id BIGINT PRIMARY KEY, serial %1, asset_tag %1,"
                       " hostname %1, type INTEGER, manufacturer %1, model %1, production_year INTEGER,"
                       " year_source INTEGER, purchase_date %1, municipality_id BIGINT, location_id BIGINT,"
                       " department_id BIGINT, network_id BIGINT, primary_user %1, last_seen %1, state INTEGER,"
                       " notes %1, in_service_from %1, replaced_on %1, replaced_by_id BIGINT,"
                       " replaced_by_technician %1, keep INTEGER, versions INTEGER, manufacturer_raw %1,"
                       " read_version INTEGER)")
            .arg(text);
    if (Status created = execStatements(db, {createTable}); !created)
        return importRefusedByDatabase(created.errorMessage());
    const QStringList columns =
        boundColumns() + QStringList{QStringLiteral("versions"), QStringLiteral("manufacturer_raw"),
                                     QStringLiteral("id"), QStringLiteral("read_version")};
    {
        Result<std::unique_ptr<BulkInsert>> rows = BulkInsert::open(db, table, columns, nullptr, false);
        if (!rows)
            return importRefusedByDatabase(rows.errorMessage());
        for (auto it = m_staged.cbegin(); it != m_staged.cend(); ++it) {
            bindDevice(*rows.value(), it.value());
            rows.value()->integer(23, m_stagedVersions.value(it.key()));
            rows.value()->text(24, m_stagedManufacturerRaw.value(it.key()));
            rows.value()->integer(25, it.key());
            // The version the matcher read: each staged update of the device raised its copy's version by one.
            rows.value()->integer(26, it.value().version - m_stagedVersions.value(it.key()));
            if (rows.value()->insert() == 0)
                return sqlError(*rows.value());
        }
        if (Status sent = rows.value()->finish(); !sent)
            return importRefusedByDatabase(sent.errorMessage());
    }
    QStringList assignments;
    for (const QString& column : boundColumns())
        assignments.append(column + QStringLiteral(" = s.") + column);
    const QString update = QStringLiteral("UPDATE device SET %1, version = device.version + s.versions, updated_at = ?,"
                                          " manufacturer_raw = COALESCE(s.manufacturer_raw, device.manufacturer_raw)"
                                          " FROM %2 AS s WHERE device.id = s.id AND device.version = s.read_version")
                               .arg(assignments.join(QStringLiteral(", ")), table);
    {
        Result<QSqlQuery> updated = runQuery(db, update + QStringLiteral(" RETURNING device.id"), {m_settings.at});
        if (!updated)
            return importRefusedByDatabase(updated.errorMessage());
        QSet<qint64> written;
        while (updated.value().next())
            written.insert(updated.value().value(0).toLongLong());
        if (written.size() != m_staged.size()) {
            QHash<qint64, int> versionRead;
            for (auto it = m_staged.cbegin(); it != m_staged.cend(); ++it)
                versionRead.insert(it.key(), it.value().version - m_stagedVersions.value(it.key()));
            return changedMeanwhile(versionRead, written);
        }
    }
    for (auto it = m_staged.cbegin(); it != m_staged.cend(); ++it) // what the links are written over
        m_versionsWritten.insert(it.key(), it.value().version);
    if (Status dropped = execStatements(db, {QStringLiteral("DROP TABLE ") + table}); !dropped)
        return importRefusedByDatabase(dropped.errorMessage());
    m_staged.clear();
    m_stagedManufacturerRaw.clear();
    m_stagedVersions.clear();
    return {};
}

// Someone saved a device the import updates after the import read it (a technician's swap, a note): the import
// would write over that change, so it stops and its transaction is rolled back; run again, it reads the change.
// Names the first such device, who changed it and when, as every refused device write does.
Status DeviceImportWriter::changedMeanwhile(const QHash<qint64, int>& versionRead, const QSet<qint64>& written) const
{
    QList<qint64> refused;
    for (auto it = versionRead.cbegin(); it != versionRead.cend(); ++it) {
        if (!written.contains(it.key()))
            refused.append(it.key());
    }
    std::sort(refused.begin(), refused.end());
    const qint64 first = refused.value(0);
    return Error(QCoreApplication::translate("rullering::DeviceImportWriter",
                                             "Devices in the file were changed by someone else while the import ran, "
                                             "so nothing was imported: %1 Run the import again to take their changes "
                                             "into account.")
                     .arg(DeviceConflict::describe(m_database.connection(), first, versionRead.value(first))),
                 Error::Code::Conflict);
}

// The links resolveLinks() made, in one UPDATE (a server: one statement instead of one per link, each of which
// also rewrote the row's index entries).
Status DeviceImportWriter::applyStagedLinks(const QHash<qint64, StagedLink>& links)
{
    if (links.isEmpty())
        return {};
    const QSqlDatabase db = m_database.connection();
    const QString table = Engine::of(db).temporaryTable(QStringLiteral("import_links"));
    if (Status created =
            execStatements(db, {QStringLiteral("CREATE TEMPORARY TABLE import_links (id BIGINT PRIMARY KEY,"
                                               " replaced_by_id BIGINT, versions INTEGER, read_version INTEGER)")});
        !created)
        return importRefusedByDatabase(created.errorMessage());
    QHash<qint64, int> versionRead; // the devices whose version is checked
    {
        Result<std::unique_ptr<BulkInsert>> rows =
            BulkInsert::open(db, table,
                             {QStringLiteral("id"), QStringLiteral("replaced_by_id"), QStringLiteral("versions"),
                              QStringLiteral("read_version")},
                             nullptr, false);
        if (!rows)
            return importRefusedByDatabase(rows.errorMessage());
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            rows.value()->integer(1, it.key());
            rows.value()->idOrNull(2, it.value().successor); // none: an inline link undone
            rows.value()->integer(3, it.value().versions);
            rows.value()->idOrNull(4, it.value().versionRead);
            if (it.value().versionRead > 0)
                versionRead.insert(it.key(), it.value().versionRead);
            if (rows.value()->insert() == 0)
                return sqlError(*rows.value());
        }
        if (Status sent = rows.value()->finish(); !sent)
            return importRefusedByDatabase(sent.errorMessage());
    }
    // As the staged devices' UPDATE: only rows still at the version the import read (a swap meanwhile set the
    // device's successor itself; writing over it would lose the swap).
    const QString update = QStringLiteral("UPDATE device SET replaced_by_id = s.replaced_by_id,"
                                          " version = device.version + s.versions, updated_at = ?"
                                          " FROM %1 AS s WHERE device.id = s.id"
                                          " AND (s.read_version IS NULL OR device.version = s.read_version)"
                                          " RETURNING device.id, s.read_version IS NOT NULL")
                               .arg(table);
    {
        Result<QSqlQuery> updated = runQuery(db, update, {m_settings.at});
        if (!updated)
            return importRefusedByDatabase(updated.errorMessage());
        QSet<qint64> written;
        while (updated.value().next()) {
            if (updated.value().value(1).toBool())
                written.insert(updated.value().value(0).toLongLong());
        }
        if (written.size() != versionRead.size())
            return changedMeanwhile(versionRead, written);
    }
    if (Status dropped = execStatements(db, {QStringLiteral("DROP TABLE ") + table}); !dropped)
        return importRefusedByDatabase(dropped.errorMessage());
    return {};
}

} // namespace rullering
