// A new SQLite register's schema made in one go, at the version the steps of Migrations.cpp reach. Replaying the
// steps for a new file parses the schema again on every CREATE, DROP and ALTER and leaves the pages of what later
// steps dropped (then compacted by a VACUUM): about 50 M instructions, part of every first import. The statements
// below are what those steps leave in sqlite_master, text for text (a renamed table keeps its quotes, an added
// column sits at the end), so a register made either way is the same; test_schema compares the two.
// Never edit this for a new step: a step added to Migrations.cpp runs after this script (SchemaManager).

#include "SchemaManager.h"

namespace rullering {

Migration sqliteNewRegisterSchema()
{
    // The tables in the order a compacted register lists them, the word index, the indexes, then the triggers.
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE municipality ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " orders_per_department INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE location ( id INTEGER PRIMARY KEY, municipality_id INTEGER NOT NULL REFERENCES"
                       " municipality(id), name TEXT NOT NULL, UNIQUE (municipality_id, name))"),
        QStringLiteral("CREATE TABLE department ( id INTEGER PRIMARY KEY, municipality_id INTEGER NOT NULL REFERENCES"
                       " municipality(id), name TEXT NOT NULL, UNIQUE (municipality_id, name))"),
        QStringLiteral("CREATE TABLE network ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE pool ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, available_from TEXT)"),
        QStringLiteral(
            "CREATE TABLE import_run ( id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,"
            " profile TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, who TEXT NOT NULL, created"
            " INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL"
            " DEFAULT 0, missing INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE audit ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, device_id"
            " INTEGER REFERENCES device(id), field TEXT NOT NULL, old_value TEXT, new_value TEXT, reason TEXT"
            " NOT NULL, import_id INTEGER REFERENCES import_run(id))"),
        QStringLiteral("CREATE TABLE named_item ( kind TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (kind, name))"),
        QStringLiteral("CREATE TABLE status_snapshot ( id INTEGER PRIMARY KEY, taken_at TEXT NOT NULL, as_of TEXT NOT"
                       " NULL, activity_days INTEGER NOT NULL, trigger TEXT NOT NULL, import_id INTEGER REFERENCES"
                       " import_run(id), municipality_id INTEGER REFERENCES municipality(id), active INTEGER NOT NULL,"
                       " inactive INTEGER NOT NULL, due INTEGER NOT NULL, replaced INTEGER NOT NULL, remaining INTEGER"
                       " NOT NULL)"),
        QStringLiteral("CREATE TABLE device_model_name (name TEXT PRIMARY KEY)"),
        QStringLiteral(
            "CREATE TABLE \"device_seen\" ( device_id INTEGER NOT NULL REFERENCES device(id), seen_at TEXT NOT"
            " NULL, import_id INTEGER REFERENCES import_run(id), PRIMARY KEY (device_id, seen_at)) WITHOUT"
            " ROWID"),
        QStringLiteral(
            "CREATE TABLE \"device\" ( id INTEGER PRIMARY KEY, serial TEXT, asset_tag TEXT, hostname TEXT, type"
            " INTEGER NOT NULL DEFAULT 4 CHECK (type BETWEEN 0 AND 6), manufacturer TEXT, model TEXT,"
            " production_year INTEGER CHECK (production_year IS NULL OR production_year BETWEEN 1980 AND"
            " 2200), year_source INTEGER NOT NULL DEFAULT 0, purchase_date TEXT, municipality_id INTEGER"
            " REFERENCES municipality(id), location_id INTEGER REFERENCES location(id), department_id INTEGER"
            " REFERENCES department(id), network_id INTEGER REFERENCES network(id), primary_user TEXT,"
            " last_seen TEXT, state INTEGER NOT NULL DEFAULT 2 CHECK (state BETWEEN 0 AND 6), replaced_by_id"
            " INTEGER REFERENCES device(id), replaced_on TEXT, replaced_by_technician TEXT, in_service_from"
            " TEXT, keep INTEGER NOT NULL DEFAULT 0, pool_id INTEGER REFERENCES pool(id), notes TEXT, version"
            " INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
            " manufacturer_raw TEXT, created_import_id INTEGER REFERENCES import_run(id))"),
        QStringLiteral("CREATE VIRTUAL TABLE device_search USING fts5(serial, hostname, primary_user, content='device',"
                       " content_rowid='id', detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 0')"),
        QStringLiteral("INSERT INTO device_search (device_search) VALUES ('rebuild')"),
        QStringLiteral("CREATE INDEX audit_device ON audit (device_id, at)"),
        QStringLiteral("CREATE INDEX status_snapshot_as_of ON status_snapshot (as_of)"),
        QStringLiteral("CREATE INDEX device_municipality ON device (municipality_id, state)"),
        QStringLiteral("CREATE INDEX device_production_year ON device (production_year)"),
        QStringLiteral("CREATE INDEX device_last_seen ON device (last_seen)"),
        QStringLiteral("CREATE INDEX device_replaced_on ON device (replaced_on) WHERE replaced_on IS NOT NULL"),
        QStringLiteral("CREATE INDEX device_status_seen ON device (state, last_seen, municipality_id, type,"
                       " production_year, in_service_from)"),
        QStringLiteral("CREATE INDEX device_status_replaced ON device (replaced_on, state, municipality_id, type,"
                       " production_year, in_service_from, last_seen) WHERE replaced_on IS NOT NULL"),
        QStringLiteral("CREATE INDEX device_model ON device (model)"),
        QStringLiteral("CREATE INDEX device_type_year ON device (type, production_year)"),
        QStringLiteral("CREATE INDEX device_location ON device (location_id)"),
        QStringLiteral("CREATE INDEX device_department ON device (department_id)"),
        QStringLiteral("CREATE INDEX device_network ON device (network_id)"),
        QStringLiteral("CREATE INDEX device_replaced_by ON device (replaced_by_id) WHERE replaced_by_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX device_serial ON device (serial)"),
        QStringLiteral("CREATE INDEX device_hostname ON device (hostname COLLATE NOCASE, type)"),
        QStringLiteral("CREATE INDEX device_kept ON device (municipality_id, type, production_year, last_seen) WHERE"
                       " state = 2 AND keep <> 0"),
        QStringLiteral("CREATE INDEX device_status_in_service ON device (in_service_from, state, municipality_id, type,"
                       " production_year, replaced_on, last_seen) WHERE in_service_from IS NOT NULL"),
        QStringLiteral("CREATE INDEX device_plan_scope ON device (state, municipality_id, type, production_year,"
                       " last_seen, serial, keep, location_id, department_id, in_service_from)"),
        QStringLiteral("CREATE TRIGGER device_model_name_insert AFTER INSERT ON device WHEN new.model IS NOT NULL BEGIN"
                       " INSERT OR IGNORE INTO device_model_name (name) VALUES (new.model); END"),
        QStringLiteral("CREATE TRIGGER device_model_name_update AFTER UPDATE OF model ON device WHEN new.model IS NOT"
                       " NULL BEGIN INSERT OR IGNORE INTO device_model_name (name) VALUES (new.model); END"),
        QStringLiteral("CREATE TRIGGER device_search_insert AFTER INSERT ON device BEGIN INSERT INTO device_search"
                       " (rowid, serial, hostname, primary_user) VALUES (new.id, new.serial, new.hostname,"
                       " new.primary_user); END"),
        QStringLiteral("CREATE TRIGGER device_search_delete AFTER DELETE ON device BEGIN INSERT INTO device_search"
                       " (device_search, rowid, serial, hostname, primary_user) VALUES ('delete', old.id, old.serial,"
                       " old.hostname, old.primary_user); END"),
        QStringLiteral("CREATE TRIGGER device_search_update AFTER UPDATE OF serial, hostname, primary_user ON device"
                       " WHEN old.serial IS NOT new.serial OR old.hostname IS NOT new.hostname OR old.primary_user IS"
                       " NOT new.primary_user BEGIN INSERT INTO device_search (device_search, rowid, serial, hostname,"
                       " primary_user) VALUES ('delete', old.id, old.serial, old.hostname, old.primary_user); INSERT"
                       " INTO device_search (rowid, serial, hostname, primary_user) VALUES (new.id, new.serial,"
                       " new.hostname, new.primary_user); END"),
    };
    return {14, QStringLiteral("a new register's schema in one script"), statements};
}

} // namespace rullering
