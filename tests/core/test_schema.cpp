#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/SchemaManager.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// A raw connection, to prepare files the way another version of Rullering would have left them.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    static inline int s_counter = 0;
};

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsNewestSchemaFromEmpty();
    void upgradesStepByStep();
    void newRegisterScriptGivesTheStepsSchema();
    void stepSevenKeepsSightingsAndSearch();
    void stepNineAdmitsPhonesAndServersKeepingEverything();
    void stepTenAddsTheRawManufacturer();
    void stepElevenKeepsPerDeviceCreations();
    void failingStepLeavesPreviousVersion();
    void newRegisterIsMadeWholeOrNotAtAll();
    void stepLeavingADanglingReferenceIsRolledBack();
    void refusesNewerSchema();
    void refusesNonSqliteFile();
    void mustExistReportsMissingFile();
    void enablesWalAndForeignKeys(); // and maps the file for reads
    void reopeningIsIdempotent();
    void defaultPathIsSharedByGuiAndCli();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("test.sqlite")); }
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSchema::createsNewestSchemaFromEmpty()
{
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
    const QStringList names = tables(db.value()->connection());
    for (const char* expected : {"device", "municipality", "location", "department", "network", "pool", "audit",
                                 "import_run", "device_seen", "named_item", "status_snapshot"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
}

void TestSchema::upgradesStepByStep()
{
    // Every step from the one before it, each verified on its own: version 0 → 1 → … → current.
    const QList<Migration>& steps = SchemaManager::migrations();
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps[i].version, i + 1);
    {
        RawConnection raw(path());
        for (const Migration& step : steps) {
            QVERIFY2(SchemaManager::migrate(raw.db(), steps, step.version).ok(), qPrintable(step.description));
            QCOMPARE(SchemaManager::version(raw.db()), step.version);
        }
    }
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
}

// A new file gets its schema from one script (SqliteNewRegister.cpp) instead of every step: the register must be the
// one the steps make, object for object and text for text, with the same version and the same word-index rows.
void TestSchema::newRegisterScriptGivesTheStepsSchema()
{
    const auto describe = [](const QSqlDatabase& db) {
        QStringList lines;
        for (const QString& sql : {QStringLiteral("PRAGMA user_version"),
                                   QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                                  " ORDER BY type, name"),
                                   QStringLiteral("SELECT id, hex(block) FROM device_search_data ORDER BY id"),
                                   QStringLiteral("SELECT k, v FROM device_search_config ORDER BY k"),
                                   QStringLiteral("PRAGMA freelist_count")}) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                lines.append(QStringLiteral("failed: ") + sql);
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                lines.append(values.join(u'|'));
            }
        }
        return lines;
    };
    const QString stepsPath = m_dir->filePath(QStringLiteral("steps.sqlite"));
    QStringList bySteps;
    {
        RawConnection raw(stepsPath);
        QVERIFY(SchemaManager::migrate(raw.db(), SchemaManager::migrations(), SchemaManager::currentVersion()).ok());
        bySteps = describe(raw.db());
    }
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    const Migration* script = Engine::of(db.value()->connection()).newRegisterSchema();
    QVERIFY(script != nullptr);
    QVERIFY(script->version <= SchemaManager::currentVersion());
    QCOMPARE(describe(db.value()->connection()), bySteps);
    QCOMPARE(bySteps.constFirst(), QString::number(SchemaManager::currentVersion()));
    QCOMPARE(bySteps.constLast(), QStringLiteral("0")); // no free page: nothing dropped, no compaction needed
}

// Step 10 (issue 21) adds the column for the manufacturer as an imported file wrote it; stored names stay as they are.
void TestSchema::stepTenAddsTheRawManufacturer()
{
    RawConnection raw(path());
    QVERIFY(SchemaManager::migrate(raw.db(), SchemaManager::migrations(), 9).ok());
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO device (id, serial, manufacturer, created_at, updated_at)"
                                      " VALUES (1, 'JX1', 'Dell Inc.', 'x', 'x')")));
    QVERIFY(!query.exec(QStringLiteral("SELECT manufacturer_raw FROM device")));
    QVERIFY(SchemaManager::migrate(raw.db(), SchemaManager::migrations(), 10).ok());
    QVERIFY(query.exec(QStringLiteral("SELECT manufacturer, manufacturer_raw IS NULL FROM device WHERE id = 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Dell Inc."));
    QVERIFY(query.value(1).toBool());
}

// Step 11 (issue 19) lets an import write one "created" row for all the devices it creates. A register upgraded to
// it keeps the per-device rows its earlier imports wrote, and the history reads them as before, once each.
void TestSchema::stepElevenKeepsPerDeviceCreations()
{
    {
        RawConnection raw(path());
        QVERIFY(SchemaManager::migrate(raw.db(), SchemaManager::migrations(), 10).ok());
        QSqlQuery query(raw.db());
        for (const char* sql : {"INSERT INTO import_run (id, file_name, sha256, profile, started_at, who)"
                                " VALUES (1, 'intune.csv', 'x', 'intune', '2026-01-05T08:00:00Z', 'kari')",
                                "INSERT INTO device (id, serial, created_at, updated_at) VALUES (1, 'JX1', 'x', 'x')",
                                "INSERT INTO audit (at, who, device_id, field, new_value, reason, import_id)"
                                " VALUES ('2026-01-05T08:00:01.000Z', 'kari', 1, 'created', 'JX1', 'import', 1)",
                                "INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason)"
                                " VALUES ('2026-02-01T10:00:00.000Z', 'ola', 1, 'model', NULL, 'Latitude', 'edit')"})
            QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
        QVERIFY(!query.exec(QStringLiteral("SELECT created_import_id FROM device")));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT created_import_id IS NULL FROM device WHERE id = 1")) && query.next());
    QVERIFY(query.value(0).toBool());
    query.finish();
    Result<QList<AuditEntry>> history = AuditLog::forDevice(db.value()->connection(), 1);
    QVERIFY2(history.ok(), qPrintable(history.errorMessage()));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).field, QStringLiteral("created"));
    QCOMPARE(history->at(0).who, QStringLiteral("kari"));
    QCOMPARE(history->at(0).newValue, QStringLiteral("JX1"));
    QCOMPARE(history->at(0).importId, qint64(1));
    QCOMPARE(history->at(0).importFile, QStringLiteral("intune.csv"));
    QCOMPARE(history->at(1).field, QStringLiteral("model"));
}

// Migration 7 rebuilds device_seen (as a WITHOUT ROWID table) and the word index: what was stored survives, and
// the triggers installed with the new index keep it in step afterwards.
void TestSchema::stepSevenKeepsSightingsAndSearch()
{
    RawConnection raw(path());
    QVERIFY(SchemaManager::migrate(raw.db(), SchemaManager::migrations(), 6).ok());
    QSqlQuery query(raw.db());
    auto exec = [&query](const QString& sql) {
        return query.exec(sql) || (qWarning() << sql, false);
    };
    QVERIFY(exec(QStringLiteral("INSERT INTO import_run (id, file_name, sha256, profile, started_at, who)"
                                " VALUES (3, 'intune.csv', 'x', 'intune', '2026-01-05T08:00:00Z', 'kari')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO device (id, serial, hostname, primary_user, created_at, updated_at)"
                                " VALUES (7, 'PF2ABC12', 'MOL-L1234', 'Hansen', 'x', 'x'),"
                                " (8, 'CZC5551', 'HAB-P0001', 'Olsen', 'x', 'x')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO device_seen (device_id, seen_at, import_id) VALUES"
                                " (8, '2026-01-04T10:00:00Z', 3), (7, '2026-01-03T09:00:00Z', 3),"
                                " (7, '2025-12-01T09:00:00Z', NULL)")));
    QVERIFY(SchemaManager::migrate(raw.db(), SchemaManager::migrations(), 7).ok());

    auto rows = [&](const QString& sql) {
        QStringList out;
        if (!exec(sql))
            return QStringList{QStringLiteral("error")};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).toString());
            out.append(fields.join(QLatin1Char('|')));
        }
        return out;
    };
    QCOMPARE(rows(QStringLiteral("SELECT device_id, seen_at, import_id FROM device_seen")),
             (QStringList{QStringLiteral("7|2025-12-01T09:00:00Z|"), QStringLiteral("7|2026-01-03T09:00:00Z|3"),
                          QStringLiteral("8|2026-01-04T10:00:00Z|3")}));
    // The key is the table: no rowid, no second copy of it in an index.
    QVERIFY(!query.exec(QStringLiteral("SELECT rowid FROM device_seen")));
    QCOMPARE(
        rows(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'device_seen' AND type = 'index'")),
        QStringList{QStringLiteral("0")}); // before: sqlite_autoindex_device_seen_1
    QVERIFY(!exec(QStringLiteral("INSERT INTO device_seen (device_id, seen_at) VALUES (7, '2026-01-03T09:00:00Z')")));
    QCOMPARE(rows(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'audit_at'")), QStringList());

    const QString search =
        QStringLiteral("SELECT rowid FROM device_search WHERE device_search MATCH '%1' ORDER BY rowid");
    QCOMPARE(rows(search.arg(QStringLiteral("hans*"))), QStringList{QStringLiteral("7")});
    QCOMPARE(rows(search.arg(QStringLiteral("hab*"))), QStringList{QStringLiteral("8")});
    QVERIFY(exec(QStringLiteral("UPDATE device SET primary_user = 'Hansen' WHERE id = 8")));
    QVERIFY(exec(QStringLiteral("INSERT INTO device (id, serial, hostname, created_at, updated_at)"
                                " VALUES (9, 'HANS9', 'X', 'x', 'x')")));
    QVERIFY(exec(QStringLiteral("DELETE FROM device WHERE id = 7")));
    QCOMPARE(rows(search.arg(QStringLiteral("hans*"))), (QStringList{QStringLiteral("8"), QStringLiteral("9")}));
    QCOMPARE(rows(search.arg(QStringLiteral("olsen"))), QStringList());
}

static QStringList rowsOf(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    QStringList out;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        out.append(fields.join(QLatin1Char('|')));
    }
    return out;
}

// Migration 9 rebuilds the device table to let types 5 (phone) and 6 (server) in. Upgraded from a version 8 file
// the way the app opens it (foreign keys on): every row, reference, index and trigger is as before.
void TestSchema::stepNineAdmitsPhonesAndServersKeepingEverything()
{
    const QString deviceSchema = QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'device' AND type <> 'table' ORDER BY name");
    // Step 8's columns by name: later steps may add columns (step 10 adds manufacturer_raw).
    const QString allDevices = QStringLiteral(
        "SELECT id, serial, asset_tag, hostname, type, manufacturer, model, production_year, year_source,"
        " purchase_date, municipality_id, location_id, department_id, network_id, primary_user, last_seen, state,"
        " replaced_by_id, replaced_on, replaced_by_technician, in_service_from, keep, pool_id, notes, version,"
        " created_at, updated_at FROM device ORDER BY id");
    QStringList schemaBefore;
    QStringList devicesBefore;
    {
        RawConnection raw(path());
        QSqlQuery query(raw.db());
        auto exec = [&query](const QString& sql) {
            return query.exec(sql) || (qWarning() << sql << query.lastError().text(), false);
        };
        QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(SchemaManager::migrate(raw.db(), SchemaManager::migrations(), 8).ok());
        QVERIFY(exec(QStringLiteral("INSERT INTO municipality (id, name) VALUES (1, 'Molde')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO import_run (id, file_name, sha256, profile, started_at, who)"
                                    " VALUES (3, 'intune.csv', 'x', 'intune', '2026-01-05T08:00:00Z', 'kari')")));
        // Device 7 was replaced by device 9: a reference to a row written after it.
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO device (id, serial, hostname, type, model, production_year, municipality_id, primary_user,"
            " last_seen, state, keep, notes, created_at, updated_at) VALUES"
            " (9, 'PF5NEW', 'MOL-L9', 1, 'ThinkPad T14 Gen 5', 2024, 1, 'Hansen', '2026-01-04T08:00:00Z', 2, 0,"
            " NULL, 'c', 'u'),"
            " (8, 'F2LZK1', 'MOL-M8', 2, 'iPhone 14', 2022, 1, 'Olsen', '2026-01-03T08:00:00Z', 2, 1, 'Eksamen',"
            " 'c', 'u')")));
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO device (id, serial, hostname, type, model, production_year, municipality_id, state,"
            " replaced_by_id, replaced_on, created_at, updated_at) VALUES"
            " (7, 'PF2OLD', 'MOL-L7', 1, 'ThinkPad T470', 2017, 1, 4, 9, '2026-01-02', 'c', 'u')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO audit (at, who, device_id, field, new_value, reason, import_id)"
                                    " VALUES ('2026-01-05T08:00:00Z', 'kari', 8, 'created', 'F2LZK1', 'import', 3),"
                                    " ('2026-01-02T10:00:00Z', 'per', 7, 'state', 'replaced', 'swap', NULL)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO device_seen (device_id, seen_at, import_id) VALUES"
                                    " (8, '2026-01-03T08:00:00Z', 3), (9, '2026-01-04T08:00:00Z', 3)")));
        // What version 8 cannot hold: the reason for the step.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO device (serial, type, created_at, updated_at)"
                                           " VALUES ('X5', 5, 'c', 'u')")));
        schemaBefore = rowsOf(raw.db(), deviceSchema);
        devicesBefore = rowsOf(raw.db(), allDevices);
        QCOMPARE(devicesBefore.size(), 3);
    }

    Result<std::unique_ptr<Database>> opened = Database::open(path()); // foreign keys on, as the app runs
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    const QSqlDatabase db = opened.value()->connection();
    QCOMPARE(SchemaManager::version(db), SchemaManager::currentVersion());
    QCOMPARE(rowsOf(db, allDevices), devicesBefore);
    QCOMPARE(rowsOf(db, deviceSchema), schemaBefore);
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT name FROM sqlite_temp_master")), QStringList());
    QCOMPARE(rowsOf(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QCOMPARE(rowsOf(db, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT device_id, field FROM audit ORDER BY id")),
             (QStringList{QStringLiteral("8|created"), QStringLiteral("7|state")}));
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT device_id FROM device_seen ORDER BY device_id")),
             (QStringList{QStringLiteral("8"), QStringLiteral("9")}));

    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("UPDATE device SET type = 5 WHERE id = 8")),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO device (id, serial, hostname, type, model, created_at, updated_at)"
                                       " VALUES (10, 'SRV1', 'MOL-S1', 6, 'PowerEdge R750', 'c', 'u')")),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO device (serial, type, created_at, updated_at)"
                                       " VALUES ('X7', 7, 'c', 'u')")));
    // A device must still point at a real successor, and its audit rows at a real device.
    QVERIFY(!query.exec(QStringLiteral("UPDATE device SET replaced_by_id = 99 WHERE id = 7")));
    // The word index and the model names still follow the rows, old and new.
    const QString search =
        QStringLiteral("SELECT rowid FROM device_search WHERE device_search MATCH '%1' ORDER BY rowid");
    QCOMPARE(rowsOf(db, search.arg(QStringLiteral("olsen"))), QStringList{QStringLiteral("8")});
    QCOMPARE(rowsOf(db, search.arg(QStringLiteral("mol*"))),
             (QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10")}));
    QVERIFY(query.exec(QStringLiteral("UPDATE device SET primary_user = 'Berg' WHERE id = 8")));
    QCOMPARE(rowsOf(db, search.arg(QStringLiteral("olsen"))), QStringList());
    QCOMPARE(rowsOf(db, search.arg(QStringLiteral("berg"))), QStringList{QStringLiteral("8")});
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT name FROM device_model_name WHERE name LIKE 'PowerEdge%'")),
             QStringList{QStringLiteral("PowerEdge R750")});
}

void TestSchema::failingStepLeavesPreviousVersion()
{
    QList<Migration> steps = SchemaManager::migrations();
    const int broken = steps.constLast().version + 1;
    steps.append({broken,
                  QStringLiteral("broken on purpose"),
                  {QStringLiteral("CREATE TABLE half_done (id INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
    RawConnection raw(path());
    QVERIFY(SchemaManager::migrate(raw.db(), steps, broken - 1).ok());
    const Status result = SchemaManager::migrate(raw.db(), steps, broken);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QLatin1String("broken on purpose")), qPrintable(result.errorMessage()));
    QCOMPARE(SchemaManager::version(raw.db()), broken - 1);
    QVERIFY(!tables(raw.db()).contains(QLatin1String("half_done")));
}

// A new register's steps share one transaction: a step that fails (or a crash) while a file is being made leaves it
// empty, not a register of some middle version that later opens as valid; the next open makes it whole.
void TestSchema::newRegisterIsMadeWholeOrNotAtAll()
{
    QList<Migration> steps = SchemaManager::migrations();
    const int broken = steps.constLast().version + 1;
    steps.append({broken, QStringLiteral("broken on purpose"), {QStringLiteral("THIS IS NOT SQL")}});
    {
        RawConnection raw(path());
        const Status result = SchemaManager::migrate(raw.db(), steps, broken);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QLatin1String("unchanged at schema 0")),
                 qPrintable(result.errorMessage()));
        QCOMPARE(SchemaManager::version(raw.db()), 0);
        QCOMPARE(tables(raw.db()), QStringList());
    }
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
}

// Foreign keys are off while steps run (a table rebuild needs it): a step that would leave a reference to a missing
// row is caught before it commits, and the connection's foreign keys are on again afterwards.
void TestSchema::stepLeavingADanglingReferenceIsRolledBack()
{
    QList<Migration> steps = SchemaManager::migrations();
    const int broken = steps.constLast().version + 1;
    steps.append({broken, QStringLiteral("drops a municipality in use"), {QStringLiteral("DELETE FROM municipality")}});
    RawConnection raw(path());
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY(SchemaManager::migrate(raw.db(), steps, broken - 1).ok());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO municipality (id, name) VALUES (1, 'Molde')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO device (serial, municipality_id, created_at, updated_at)"
                                      " VALUES ('A1', 1, 'c', 'u')")));
    const Status result = SchemaManager::migrate(raw.db(), steps, broken);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QLatin1String("\"device\" pointing at a missing row")),
             qPrintable(result.errorMessage()));
    QCOMPARE(SchemaManager::version(raw.db()), broken - 1);
    QCOMPARE(rowsOf(raw.db(), QStringLiteral("SELECT COUNT(*) FROM municipality")), QStringList{QStringLiteral("1")});
    QCOMPARE(rowsOf(raw.db(), QStringLiteral("PRAGMA foreign_keys")), QStringList{QStringLiteral("1")});
}

void TestSchema::refusesNewerSchema()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY(db.ok());
    }
    {
        RawConnection raw(path());
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaManager::currentVersion() + 5)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path());
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("newer version of Rullering")), qPrintable(db.errorMessage()));
    QCOMPARE(fileHash(path()), before);
}

void TestSchema::refusesNonSqliteFile()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Serial number;Model\nABC;T14\n");
    file.close();
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("not a Rullering database")), qPrintable(db.errorMessage()));
    QVERIFY(QFile(path()).size() > 0);
}

void TestSchema::mustExistReportsMissingFile()
{
    Result<std::unique_ptr<Database>> db = Database::open(path(), Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY(db.errorMessage().contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(path()));
}

void TestSchema::enablesWalAndForeignKeys()
{
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(db.ok());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Reads map the first 256 MB of the file, and no more: the mapped pages count in the process's resident memory
    // (the register's 400 MB target).
    QVERIFY(query.exec(QStringLiteral("PRAGMA mmap_size")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 256LL * 1024 * 1024);
    QVERIFY(db.value()->sqliteHandle() != nullptr);
}

void TestSchema::reopeningIsIdempotent()
{
    for (int i = 0; i < 3; ++i) {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), SchemaManager::currentVersion());
    }
}

void TestSchema::defaultPathIsSharedByGuiAndCli()
{
    qunsetenv("RULLERING_DB");
    const QString plain = Database::defaultPath();
    QVERIFY2(plain.endsWith(QLatin1String("/rullering/rullering.sqlite")), qPrintable(plain));
    // The GUI sets an organisation name, the CLI does not: both must find the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("rullering"));
    QCOMPARE(Database::defaultPath(), plain);
    QCoreApplication::setOrganizationName(QString());
    qputenv("RULLERING_DB", "/srv/rullering/felles.sqlite");
    QCOMPARE(Database::defaultPath(), QStringLiteral("/srv/rullering/felles.sqlite"));
    qunsetenv("RULLERING_DB");
}

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
