// The schema, as ordered steps. Never edit a released step: add a new one at the end.
// SQL is kept portable where it costs nothing (a PostgreSQL backend is planned): INTEGER/TEXT columns,
// dates as ISO 8601 text ("2023-01-25", "2023-01-24T07:13:55Z"), no SQLite-only table options.

#include "SchemaManager.h"

namespace rullering {
namespace {

// The search index's triggers (migrations 4 and 5): they keep the external-content index in step with device.
QStringList searchTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER device_search_insert AFTER INSERT ON device BEGIN"
                       " INSERT INTO device_search (rowid, serial, hostname, primary_user)"
                       " VALUES (new.id, new.serial, new.hostname, new.primary_user);"
                       " END"),
        QStringLiteral("CREATE TRIGGER device_search_delete AFTER DELETE ON device BEGIN"
                       " INSERT INTO device_search (device_search, rowid, serial, hostname, primary_user)"
                       " VALUES ('delete', old.id, old.serial, old.hostname, old.primary_user);"
                       " END"),
        QStringLiteral("CREATE TRIGGER device_search_update AFTER UPDATE OF serial, hostname, primary_user"
                       " ON device"
                       " WHEN old.serial IS NOT new.serial OR old.hostname IS NOT new.hostname"
                       " OR old.primary_user IS NOT new.primary_user BEGIN"
                       " INSERT INTO device_search (device_search, rowid, serial, hostname, primary_user)"
                       " VALUES ('delete', old.id, old.serial, old.hostname, old.primary_user);"
                       " INSERT INTO device_search (rowid, serial, hostname, primary_user)"
                       " VALUES (new.id, new.serial, new.hostname, new.primary_user);"
                       " END"),
    };
}

} // namespace

const QList<Migration>& SchemaManager::migrations()
{
    static const QList<Migration> steps = {
        {1,
         QStringLiteral("register, audit log, imports, plans, snapshots"),
         {
             QStringLiteral("CREATE TABLE municipality ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " orders_per_department INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE location ("
                            " id INTEGER PRIMARY KEY,"
                            " municipality_id INTEGER NOT NULL REFERENCES municipality(id),"
                            " name TEXT NOT NULL,"
                            " UNIQUE (municipality_id, name))"),
             QStringLiteral("CREATE TABLE department ("
                            " id INTEGER PRIMARY KEY,"
                            " municipality_id INTEGER NOT NULL REFERENCES municipality(id),"
                            " name TEXT NOT NULL,"
                            " UNIQUE (municipality_id, name))"),
             QStringLiteral("CREATE TABLE network ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE pool ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " available_from TEXT)"),
             QStringLiteral(
                 "CREATE TABLE device ("
                 " id INTEGER PRIMARY KEY,"
                 " serial TEXT,"
                 " asset_tag TEXT,"
                 " hostname TEXT,"
                 " type INTEGER NOT NULL DEFAULT 4 CHECK (type BETWEEN 0 AND 4),"
                 " manufacturer TEXT,"
                 " model TEXT,"
                 " production_year INTEGER CHECK (production_year IS NULL OR production_year BETWEEN 1980 AND 2200),"
                 " year_source INTEGER NOT NULL DEFAULT 0,"
                 " purchase_date TEXT,"
                 " municipality_id INTEGER REFERENCES municipality(id),"
                 " location_id INTEGER REFERENCES location(id),"
                 " department_id INTEGER REFERENCES department(id),"
                 " network_id INTEGER REFERENCES network(id),"
                 " primary_user TEXT,"
                 " last_seen TEXT,"
                 " state INTEGER NOT NULL DEFAULT 2 CHECK (state BETWEEN 0 AND 6),"
                 " replaced_by_id INTEGER REFERENCES device(id),"
                 " replaced_on TEXT,"
                 " replaced_by_technician TEXT,"
                 " in_service_from TEXT,"
                 " keep INTEGER NOT NULL DEFAULT 0,"
                 " pool_id INTEGER REFERENCES pool(id),"
                 " notes TEXT,"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " created_at TEXT NOT NULL,"
                 " updated_at TEXT NOT NULL)"),
             // Junk serials are stored as NULL, so the unique key only covers real ones.
             QStringLiteral("CREATE UNIQUE INDEX device_serial ON device (serial) WHERE serial IS NOT NULL"),
             QStringLiteral("CREATE INDEX device_hostname ON device (hostname)"),
             QStringLiteral("CREATE INDEX device_municipality ON device (municipality_id, state)"),
             QStringLiteral("CREATE INDEX device_state ON device (state)"),
             QStringLiteral("CREATE INDEX device_production_year ON device (production_year)"),
             QStringLiteral("CREATE INDEX device_last_seen ON device (last_seen)"),
             QStringLiteral("CREATE INDEX device_replaced_on ON device (replaced_on) WHERE replaced_on IS NOT NULL"),

             QStringLiteral("CREATE TABLE import_run ("
                            " id INTEGER PRIMARY KEY,"
                            " file_name TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " profile TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " who TEXT NOT NULL,"
                            " created INTEGER NOT NULL DEFAULT 0,"
                            " updated INTEGER NOT NULL DEFAULT 0,"
                            " unchanged INTEGER NOT NULL DEFAULT 0,"
                            " missing INTEGER NOT NULL DEFAULT 0,"
                            " rejected INTEGER NOT NULL DEFAULT 0)"),
             // Every last-seen time an import reported, so "active as of a date" can be answered later.
             QStringLiteral("CREATE TABLE device_seen ("
                            " device_id INTEGER NOT NULL REFERENCES device(id),"
                            " seen_at TEXT NOT NULL,"
                            " import_id INTEGER REFERENCES import_run(id),"
                            " PRIMARY KEY (device_id, seen_at))"),

             // Who changed what, when and why. Written in the same transaction as the change.
             QStringLiteral("CREATE TABLE audit ("
                            " id INTEGER PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " who TEXT NOT NULL,"
                            " device_id INTEGER REFERENCES device(id),"
                            " field TEXT NOT NULL,"
                            " old_value TEXT,"
                            " new_value TEXT,"
                            " reason TEXT NOT NULL,"
                            " import_id INTEGER REFERENCES import_run(id))"),
             QStringLiteral("CREATE INDEX audit_device ON audit (device_id, at)"),
             QStringLiteral("CREATE INDEX audit_at ON audit (at)"),

             // Named, reusable settings kept in the database so every user of a shared file sees them:
             // import mappings, saved views, plan policies. The value is JSON.
             QStringLiteral("CREATE TABLE named_item ("
                            " kind TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " updated_by TEXT NOT NULL,"
                            " PRIMARY KEY (kind, name))"),

             QStringLiteral("CREATE TABLE status_snapshot ("
                            " id INTEGER PRIMARY KEY,"
                            " taken_at TEXT NOT NULL,"
                            " as_of TEXT NOT NULL,"
                            " activity_days INTEGER NOT NULL,"
                            " trigger TEXT NOT NULL,"
                            " import_id INTEGER REFERENCES import_run(id),"
                            " municipality_id INTEGER REFERENCES municipality(id),"
                            " active INTEGER NOT NULL,"
                            " inactive INTEGER NOT NULL,"
                            " due INTEGER NOT NULL,"
                            " replaced INTEGER NOT NULL,"
                            " remaining INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX status_snapshot_as_of ON status_snapshot (as_of)"),
         }},
        {2,
         QStringLiteral("planning: covering index for the plan's scope"),
         {
             // The plan counts devices in use per municipality, type and production year, and reads the
             // devices of one such bucket in tie-break order (last seen, serial): both from this index alone,
             // without touching the wide device rows (issue 5: a plan over 1M devices in < 1 s).
             QStringLiteral("CREATE INDEX device_plan_scope ON device (state, municipality_id, type, production_year,"
                            " last_seen, serial, keep, location_id, department_id)"),
         }},
        {3,
         QStringLiteral("reporting: covering indexes for status as of a date"),
         {
             // Status and the dashboard read a million devices in one pass (over device_plan_scope, step 2) plus
             // a few narrow ranges; these indexes hold every column those ranges touch, so they never visit the
             // wide table rows.
             QStringLiteral("CREATE INDEX device_status_seen ON device"
                            " (state, last_seen, municipality_id, type, production_year, in_service_from)"),
             QStringLiteral("CREATE INDEX device_status_replaced ON device (replaced_on, state, municipality_id, type,"
                            " production_year, in_service_from, last_seen) WHERE replaced_on IS NOT NULL"),
             QStringLiteral("CREATE INDEX device_status_in_service ON device (in_service_from, state, municipality_id,"
                            " type, production_year, replaced_on) WHERE in_service_from IS NOT NULL"),
         }},
        // Register search and filters at a million devices.
        // Substring search over serial, hostname and primary user: LIKE '%x%' over the device table is a scan
        // (~0.5 s), so an FTS5 trigram index answers "contains" for 3+ characters from the index. It is SQLite-only;
        // a PostgreSQL backend would use pg_trgm for the same queries. External content: the text lives once, in
        // device; triggers keep the index in sync. Models are few (a hundred or so) but shared by hundreds of
        // thousands of devices, which makes them slow in a trigram index: they are searched in device_model_name
        // instead and then found through device_model.
        {4, QStringLiteral("register search index, filter and sort indexes"),
         QStringList{
             QStringLiteral("CREATE VIRTUAL TABLE device_search USING fts5(serial, hostname, primary_user,"
                            " content='device', content_rowid='id', tokenize='trigram')"),
             QStringLiteral("INSERT INTO device_search (rowid, serial, hostname, primary_user)"
                            " SELECT id, serial, hostname, primary_user FROM device"),
         } + searchTriggers() +
             QStringList{
                 // Every model name ever used; a name no device has any more matches nothing, so it is never pruned.
                 QStringLiteral("CREATE TABLE device_model_name (name TEXT PRIMARY KEY)"),
                 QStringLiteral("INSERT OR IGNORE INTO device_model_name (name)"
                                " SELECT DISTINCT model FROM device WHERE model IS NOT NULL"),
                 QStringLiteral("CREATE TRIGGER device_model_name_insert AFTER INSERT ON device"
                                " WHEN new.model IS NOT NULL BEGIN"
                                " INSERT OR IGNORE INTO device_model_name (name) VALUES (new.model);"
                                " END"),
                 QStringLiteral("CREATE TRIGGER device_model_name_update AFTER UPDATE OF model ON device"
                                " WHEN new.model IS NOT NULL BEGIN"
                                " INSERT OR IGNORE INTO device_model_name (name) VALUES (new.model);"
                                " END"),
                 QStringLiteral("CREATE INDEX device_model ON device (model)"),
                 // Structured filters count from an index; (type, production_year) also serves the due-year filter.
                 QStringLiteral("CREATE INDEX device_type_year ON device (type, production_year)"),
                 QStringLiteral("CREATE INDEX device_location ON device (location_id)"),
                 QStringLiteral("CREATE INDEX device_department ON device (department_id)"),
                 QStringLiteral("CREATE INDEX device_network ON device (network_id)"),
                 // device_serial is partial (real serials only), so it cannot order the whole register.
                 QStringLiteral("CREATE INDEX device_serial_order ON device (serial)"),
                 // "Is this device already swapped in for another?" is asked on every scan.
                 QStringLiteral(
                     "CREATE INDEX device_replaced_by ON device (replaced_by_id) WHERE replaced_by_id IS NOT NULL"),
             }},
        // Bulk loads (issue 3). A million-row import spent ~13 s rebuilding the trigram index (36 trigrams a
        // device): the search index becomes a word index (unicode61, ~5 tokens a device, no positions), searched
        // by word prefix: "hans" finds Hansen, "PFX2R" the serial PFX2R7EV, "MOL-L1" the device MOL-L1234; a
        // fragment from the middle of a word no longer matches. Two indexes others cover go: device_state (the
        // leading column of device_plan_scope and device_status_seen) and device_serial_order (device_serial
        // becomes a full unique index, SQLite's UNIQUE letting NULLs repeat, and orders the register too). Device
        // names match case-insensitively (AD writes MOL-L1234, Intune mol-l1234): their index is NOCASE, and the
        // register sorts them the same way; it holds the type too, so the register sorted by name and filtered by
        // type walks the index without reading rows (a printer filter: 7 ms instead of 110).
        {5, QStringLiteral("word search index; fewer device indexes; device names without case"),
         QStringList{
             QStringLiteral("DROP TRIGGER device_search_insert"),
             QStringLiteral("DROP TRIGGER device_search_delete"),
             QStringLiteral("DROP TRIGGER device_search_update"),
             QStringLiteral("DROP TABLE device_search"),
             QStringLiteral("CREATE VIRTUAL TABLE device_search USING fts5(serial, hostname, primary_user,"
                            " content='device', content_rowid='id', detail=none,"
                            " tokenize='unicode61 remove_diacritics 0')"),
             QStringLiteral("INSERT INTO device_search (device_search) VALUES ('rebuild')"),
         } + searchTriggers() +
             QStringList{
                 QStringLiteral("DROP INDEX device_state"),
                 QStringLiteral("DROP INDEX device_serial_order"),
                 QStringLiteral("DROP INDEX device_serial"),
                 QStringLiteral("CREATE UNIQUE INDEX device_serial ON device (serial)"),
                 QStringLiteral("DROP INDEX device_hostname"),
                 QStringLiteral("CREATE INDEX device_hostname ON device (hostname COLLATE NOCASE, type)"),
             }},
        // The plan counts the devices in use per municipality, type and production year in one pass and subtracts
        // the few its rules take out, each reached through an index (issue 6: status and every chart, the plan's
        // included, in < 300 ms at 1M). Kept devices are a few thousand; this index alone holds them.
        // Status as of a past date decides "seen in the window" for the devices put into service since the
        // window began from this index alone: it gains last_seen.
        {6,
         QStringLiteral("planning: index of the kept devices in use; status: last seen of recent swaps"),
         {
             QStringLiteral("CREATE INDEX device_kept ON device (municipality_id, type, production_year, last_seen)"
                            " WHERE state = 2 AND keep <> 0"),
             QStringLiteral("DROP INDEX device_status_in_service"),
             QStringLiteral("CREATE INDEX device_status_in_service ON device (in_service_from, state, municipality_id,"
                            " type, production_year, replaced_on, last_seen) WHERE in_service_from IS NOT NULL"),
         }},
        // Bulk loads (issue 3): every device an import creates or sees writes an audit row and a sighting, so what
        // those tables index is paid for a million times per load.
        // - audit_at: no query reads the audit log by time (device history reads audit_device); a million-row
        //   first load wrote 36 MB into it.
        // - device_seen held its key twice (the rowid table and its primary-key index): as a WITHOUT ROWID table the
        //   key is the table (SQLite-only; a PostgreSQL table with the same primary key is the same thing).
        // - The word index kept each device's token count (docsize, 1M rows), which only ranking functions read;
        //   none is used. columnsize=0 drops it: its rebuild at 1M took 3.4-3.6 s instead of 4.7-5.0 s.
        {7,
         QStringLiteral(
             "bulk loads: no audit time index; sightings keyed by device and time; word index without sizes"),
         QStringList{
             QStringLiteral("DROP INDEX audit_at"),
             QStringLiteral("CREATE TABLE device_seen_keyed ("
                            " device_id INTEGER NOT NULL REFERENCES device(id),"
                            " seen_at TEXT NOT NULL,"
                            " import_id INTEGER REFERENCES import_run(id),"
                            " PRIMARY KEY (device_id, seen_at)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO device_seen_keyed (device_id, seen_at, import_id)"
                            " SELECT device_id, seen_at, import_id FROM device_seen ORDER BY device_id, seen_at"),
             QStringLiteral("DROP TABLE device_seen"),
             QStringLiteral("ALTER TABLE device_seen_keyed RENAME TO device_seen"),
             QStringLiteral("DROP TRIGGER device_search_insert"),
             QStringLiteral("DROP TRIGGER device_search_delete"),
             QStringLiteral("DROP TRIGGER device_search_update"),
             QStringLiteral("DROP TABLE device_search"),
             QStringLiteral("CREATE VIRTUAL TABLE device_search USING fts5(serial, hostname, primary_user,"
                            " content='device', content_rowid='id', detail=none, columnsize=0,"
                            " tokenize='unicode61 remove_diacritics 0')"),
             QStringLiteral("INSERT INTO device_search (device_search) VALUES ('rebuild')"),
         } + searchTriggers()},
        // Status as of a past date (issue 6) reads, in its one pass over the devices in use, whether each was put
        // into service by a swap after the date or within the activity window: the plan's index gains
        // in_service_from, so that pass never sorts (a refresh for 15.06.2026 at 1M read the ~130k recent swaps
        // through device_status_in_service and sorted them by group: ~100 ms of ~300).
        {8,
         QStringLiteral("status: the plan's index holds the date a swap put each device into service"),
         {
             QStringLiteral("DROP INDEX device_plan_scope"),
             QStringLiteral("CREATE INDEX device_plan_scope ON device (state, municipality_id, type, production_year,"
                            " last_seen, serial, keep, location_id, department_id, in_service_from)"),
         }},
        // Phones and servers (issue 21): device types 5 and 6. SQLite cannot change a CHECK constraint in place, so
        // the device table is rebuilt the way SQLite's documentation lays out: a new table with the wider check, the
        // rows copied with their ids, the old table dropped and the new one renamed, then every index and trigger of
        // step 8 made again as it was. The word index and device_model_name keep their rows: ids and text are
        // unchanged. Foreign keys are off while a step runs and checked before it commits (SchemaManager).
        {9, QStringLiteral("device types: phone and server"),
         QStringList{
             QStringLiteral(
                 "CREATE TABLE device_typed ("
                 " id INTEGER PRIMARY KEY,"
                 " serial TEXT,"
                 " asset_tag TEXT,"
                 " hostname TEXT,"
                 " type INTEGER NOT NULL DEFAULT 4 CHECK (type BETWEEN 0 AND 6),"
                 " manufacturer TEXT,"
                 " model TEXT,"
                 " production_year INTEGER CHECK (production_year IS NULL OR production_year BETWEEN 1980 AND 2200),"
                 " year_source INTEGER NOT NULL DEFAULT 0,"
                 " purchase_date TEXT,"
                 " municipality_id INTEGER REFERENCES municipality(id),"
                 " location_id INTEGER REFERENCES location(id),"
                 " department_id INTEGER REFERENCES department(id),"
                 " network_id INTEGER REFERENCES network(id),"
                 " primary_user TEXT,"
                 " last_seen TEXT,"
                 " state INTEGER NOT NULL DEFAULT 2 CHECK (state BETWEEN 0 AND 6),"
                 " replaced_by_id INTEGER REFERENCES device(id),"
                 " replaced_on TEXT,"
                 " replaced_by_technician TEXT,"
                 " in_service_from TEXT,"
                 " keep INTEGER NOT NULL DEFAULT 0,"
                 " pool_id INTEGER REFERENCES pool(id),"
                 " notes TEXT,"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " created_at TEXT NOT NULL,"
                 " updated_at TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO device_typed SELECT * FROM device ORDER BY id"),
             QStringLiteral("DROP TABLE device"),
             QStringLiteral("ALTER TABLE device_typed RENAME TO device"),
             // The indexes as steps 1-8 left them.
             QStringLiteral("CREATE INDEX device_municipality ON device (municipality_id, state)"),
             QStringLiteral("CREATE INDEX device_production_year ON device (production_year)"),
             QStringLiteral("CREATE INDEX device_last_seen ON device (last_seen)"),
             QStringLiteral("CREATE INDEX device_replaced_on ON device (replaced_on) WHERE replaced_on IS NOT NULL"),
             QStringLiteral("CREATE INDEX device_status_seen ON device"
                            " (state, last_seen, municipality_id, type, production_year, in_service_from)"),
             QStringLiteral("CREATE INDEX device_status_replaced ON device (replaced_on, state, municipality_id, type,"
                            " production_year, in_service_from, last_seen) WHERE replaced_on IS NOT NULL"),
             QStringLiteral("CREATE INDEX device_model ON device (model)"),
             QStringLiteral("CREATE INDEX device_type_year ON device (type, production_year)"),
             QStringLiteral("CREATE INDEX device_location ON device (location_id)"),
             QStringLiteral("CREATE INDEX device_department ON device (department_id)"),
             QStringLiteral("CREATE INDEX device_network ON device (network_id)"),
             QStringLiteral(
                 "CREATE INDEX device_replaced_by ON device (replaced_by_id) WHERE replaced_by_id IS NOT NULL"),
             QStringLiteral("CREATE UNIQUE INDEX device_serial ON device (serial)"),
             QStringLiteral("CREATE INDEX device_hostname ON device (hostname COLLATE NOCASE, type)"),
             QStringLiteral("CREATE INDEX device_kept ON device (municipality_id, type, production_year, last_seen)"
                            " WHERE state = 2 AND keep <> 0"),
             QStringLiteral("CREATE INDEX device_status_in_service ON device (in_service_from, state, municipality_id,"
                            " type, production_year, replaced_on, last_seen) WHERE in_service_from IS NOT NULL"),
             QStringLiteral("CREATE INDEX device_plan_scope ON device (state, municipality_id, type, production_year,"
                            " last_seen, serial, keep, location_id, department_id, in_service_from)"),
             QStringLiteral("CREATE TRIGGER device_model_name_insert AFTER INSERT ON device"
                            " WHEN new.model IS NOT NULL BEGIN"
                            " INSERT OR IGNORE INTO device_model_name (name) VALUES (new.model);"
                            " END"),
             QStringLiteral("CREATE TRIGGER device_model_name_update AFTER UPDATE OF model ON device"
                            " WHEN new.model IS NOT NULL BEGIN"
                            " INSERT OR IGNORE INTO device_model_name (name) VALUES (new.model);"
                            " END"),
         } + searchTriggers()},
        // The import shows and groups a maker under one name ("Dell Inc.", "DELL" -> Dell, issue 21) and keeps the
        // name as the file wrote it here, for whoever compares with the source system.
        {10,
         QStringLiteral("import: the manufacturer as the imported file wrote it"),
         {
             QStringLiteral("ALTER TABLE device ADD COLUMN manufacturer_raw TEXT"),
         }},
        // An import wrote one "created" audit row per device it created: a million rows (115 MB, 0.4 s) for a first
        // load that one row says as well (issue 19, choice 4 of docs/import-speed.md). Each device now names the
        // import that created it, and the import writes one "created" row of its own (no device, the count as its
        // value); the device history reads its creation from there (AuditLog::forDevice). Devices created before
        // keep their own rows, and leave the column empty.
        {11,
         QStringLiteral("audit: one entry per import for the devices it creates"),
         {
             QStringLiteral("ALTER TABLE device ADD COLUMN created_import_id INTEGER REFERENCES import_run(id)"),
         }},
        // A team on a server (issue 18): who wrote a row is the server's word, and a technician's writes are kept to
        // what a swap and a note change (PostgresMigrations.cpp). A file has one user and no roles: nothing to do.
        {12, QStringLiteral("team roles: the server records who, and keeps technicians to swaps and notes"), {}},
        // Live updates (issue 18): a server tells the other clients what changed (PostgresMigrations.cpp). A file
        // needs nothing stored: a client notices another connection's commit by PRAGMA data_version (ChangeFeed).
        {13, QStringLiteral("live updates: the server tells listening clients what changed"), {}},
        // The register's sorts and the status counts on a server (issue 17, point 7; PostgresMigrations.cpp):
        // indexes in the NULL-first order both engines sort in, and covering ones. SQLite's already serve both.
        {14, QStringLiteral("server: indexes for the register's sorts and the status counts"), {}},
        // The register's filters on a server (issue 17, point 7; PostgresMigrations.cpp): the device-name index
        // covers the filtered columns. SQLite's name index already serves its walks.
        {15, QStringLiteral("server: the device-name index covers the register's filters"), {}},
        // The census of devices in use on a server (issue 17, point 7; PostgresMigrations.cpp): one small index
        // that the status and the plan count from. SQLite's device_plan_scope serves both already.
        {16, QStringLiteral("server: a compact index for the census of devices in use"), {}},
        // The word search on a server (issue 17, point 7; PostgresMigrations.cpp): each device's words are kept in
        // its row, so a match is rechecked without splitting its text again. SQLite's FTS5 index keeps them already.
        {17, QStringLiteral("server: the devices' search words kept in their rows"), {}},
        // The words' function on a server, made inlinable (PostgresMigrations.cpp). SQLite's FTS5 needs nothing.
        {18, QStringLiteral("server: the devices' search words computed without a function call"), {}},
    };
    return steps;
}

} // namespace rullering
