// The schema, as ordered steps. Never edit a released step: add a new one at the end.
// SQL is kept portable where it costs nothing (a PostgreSQL backend is planned): INTEGER/TEXT columns,
// dates as ISO 8601 text ("2023-01-25", "2023-01-24T07:13:55Z"), no SQLite-only table options.

#include "SchemaManager.h"

namespace rullering {

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
    };
    return steps;
}

} // namespace rullering
