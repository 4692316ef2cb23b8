#pragma once

// A register for the copy tests: a generated fleet (references, devices, swaps) with rows added to every table the
// generator leaves empty, text that COPY must escape (tab, newline, backslash, quotes, Norwegian letters), NULLs,
// and a device pointing at a device with a higher id.

#include "GeneratedRegister.h"
#include "storage/Sql.h"

namespace rullering::test {

inline Status addCopyRows(const QSqlDatabase& db)
{
    const QStringList statements = {
        QStringLiteral(
            "INSERT INTO pool (name, available_from) VALUES ('Lager Molde', '2026-01-01'), ('Reserve', NULL)"),
        QStringLiteral("INSERT INTO network (name) VALUES ('Skole\\nett'), ('Admin')"),
        QStringLiteral("INSERT INTO import_run (id, file_name, sha256, profile, started_at, finished_at, who, created,"
                       " updated, unchanged, missing, rejected) VALUES"
                       " (7, 'intune æøå.csv', 'ab12', 'intune', '2026-03-01T08:00:00Z', '2026-03-01T08:01:00Z',"
                       " 'kari', 10, 2, 3, 0, 1),"
                       " (9, 'ad.csv', 'cd34', 'ad', '2026-04-01T08:00:00Z', NULL, 'ola', 0, 0, 0, 0, 0)"),
        QStringLiteral("INSERT INTO device_seen (device_id, seen_at, import_id)"
                       " SELECT id, '2026-03-01', 7 FROM device ORDER BY id LIMIT 40"),
        QStringLiteral("INSERT INTO device_seen (device_id, seen_at, import_id)"
                       " SELECT id, '2026-04-01', NULL FROM device ORDER BY id DESC LIMIT 15"),
        QStringLiteral("INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, import_id)"
                       " SELECT '2026-03-01T08:00:30Z', 'kari', id, 'notes', NULL,"
                       " 'tab' || char(9) || 'newline' || char(10) || 'cr' || char(13) || 'backslash \\ end',"
                       " 'import', 7 FROM device ORDER BY id LIMIT 25"),
        QStringLiteral("INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, import_id) VALUES"
                       " ('2026-05-01T10:00:00Z', 'ola', NULL, 'policy', '\"{}\"', '\\N', 'edit', NULL)"),
        QStringLiteral("INSERT INTO named_item (kind, name, value, updated_at, updated_by) VALUES"
                       " ('view', 'Skoler i Molde', '{\"municipalities\":[1]}', '2026-05-01T10:00:00Z', 'kari'),"
                       " ('policy', 'default', '{\"years\":5}', '2026-05-01T10:00:00Z', 'kari'),"
                       " ('scenario', 'Tidlig', '{\"budget\":1000000}', '2026-05-01T10:00:00Z', 'ola'),"
                       " ('mapping', 'intune', '{\"Serial number\":\"serial\"}', '2026-05-01T10:00:00Z', 'ola')"),
        QStringLiteral("INSERT INTO status_snapshot (taken_at, as_of, activity_days, trigger, import_id,"
                       " municipality_id, active, inactive, due, replaced, remaining) VALUES"
                       " ('2026-03-01T08:02:00Z', '2026-03-01', 90, 'import', 7, NULL, 100, 5, 20, 3, 17),"
                       " ('2026-04-30T08:00:00Z', '2026-04-30', 90, 'tertial', NULL,"
                       " (SELECT MIN(id) FROM municipality), 50, 2, 10, 1, 9)"),
        // A model no device has any more stays a known model name.
        QStringLiteral("INSERT INTO device_model_name (name) VALUES ('Gammel modell 1999')"),
        QStringLiteral("UPDATE device SET notes = 'Kari''s \"PC\" i rom 2' || char(9) || 'bak', manufacturer_raw = "
                       "'DELL Inc.', pool_id = (SELECT MIN(id) FROM pool)"
                       " WHERE id = (SELECT MIN(id) FROM device)"),
        QStringLiteral("UPDATE device SET replaced_by_id = (SELECT MAX(id) FROM device)"
                       " WHERE id = (SELECT MIN(id) FROM device)"),
    };
    return runStatements(db, statements);
}

// The source register at path: devices generated with seed, then the rows above.
inline Status makeCopySource(const QString& path, int devices = 300, quint64 seed = 7)
{
    Result<std::unique_ptr<Database>> db = generatedRegister(path, devices, seed);
    if (!db)
        return db.error();
    return addCopyRows(db.value()->connection());
}

} // namespace rullering::test
