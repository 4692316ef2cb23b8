// The audit of what an import creates (issue 19, choice 4 of docs/import-speed.md): one "created" row for the whole
// import instead of one per device, while each device's history still names the import that created it, as before.

#include "ImportScratch.h"
#include "import/ImportApplier.h"
#include "register/SwapService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestImportAudit : public QObject, private ImportScratch // db(), write()
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createdDevicesShareOneAuditRow_data();
    void createdDevicesShareOneAuditRow();
    void historyNamesTheImportThatCreatedTheDevice();
    void laterUpdateRecordsItsOwnRow();
    void historyKeepsTheNameTheDeviceWasCreatedWith();
    void swapTakesAnImportedUnplacedDevice();

private:
    // A file of n devices SER00001..., device names PC-00001..., model A.
    QString devices(const QString& name, int n, const char* model = "Latitude 5420");
    qint64 deviceId(const char* serial);
};

void TestImportAudit::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    QVERIFY2(create(), qPrintable(error()));
}

void TestImportAudit::cleanup()
{
    clear();
}

QString TestImportAudit::devices(const QString& name, int n, const char* model)
{
    QByteArray content = "Serienummer;Maskinnavn;Modell;Kommune\n";
    for (int i = 1; i <= n; ++i)
        content += QStringLiteral("SER%1;PC-%1;%2;Molde\n")
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .arg(QString::fromUtf8(model))
                       .toUtf8();
    return write(name, content);
}

qint64 TestImportAudit::deviceId(const char* serial)
{
    Result<QSqlQuery> q = runQuery(db().connection(), QStringLiteral("SELECT id FROM device WHERE serial = ?"),
                                   {QString::fromUtf8(serial)});
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toLongLong();
}

void TestImportAudit::createdDevicesShareOneAuditRow_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("a few rows into an empty register") << 12;
    // Past the first-load threshold: another journal, the device indexes rebuilt after the rows.
    QTest::newRow("a first load") << 6000;
}

void TestImportAudit::createdDevicesShareOneAuditRow()
{
    QFETCH(int, rows);
    Result<ImportReport> report = ImportApplier::run(db(), devices(QStringLiteral("first.csv"), rows), {});
    QVERIFY2(report.ok() && report->applied, report.ok() ? "not applied" : qPrintable(report.errorMessage()));
    QCOMPARE(report->created, qint64(rows));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit"), 1);
    QCOMPARE(text(db(), "SELECT field || ' ' || reason || ' ' || new_value || ' ' || import_id || ' '"
                        " || CASE WHEN device_id IS NULL THEN 1 ELSE 0 END FROM audit"),
             QStringLiteral("created import %1 %2 1").arg(rows).arg(report->importId));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE created_import_id = (SELECT id FROM import_run)"),
             qint64(rows));
}

void TestImportAudit::historyNamesTheImportThatCreatedTheDevice()
{
    Result<ImportReport> first = ImportApplier::run(db(), devices(QStringLiteral("intune.csv"), 3), {});
    QVERIFY(first.ok() && first->applied);
    // A device without a serial is named by its device name, as before.
    const QString nameOnly = write(QStringLiteral("ad.csv"), "Maskinnavn;Modell\nELEV-PC-7;OptiPlex 7070\n");
    Result<ImportReport> second = ImportApplier::run(db(), nameOnly, {});
    QVERIFY(second.ok() && second->applied && second->created == 1);

    const QString at = text(db(), "SELECT at FROM audit WHERE import_id = 1");
    Result<QList<AuditEntry>> history = AuditLog::forDevice(db().connection(), deviceId("SER00002"));
    QVERIFY2(history.ok(), qPrintable(history.errorMessage()));
    QCOMPARE(history->size(), 1);
    const AuditEntry& created = history->constFirst();
    QCOMPARE(created.field, QStringLiteral("created"));
    QCOMPARE(created.reason, QStringLiteral("import"));
    QCOMPARE(created.who, TestRegister::recordedWho(db().connection())); // RULLERING_USER on a file
    QCOMPARE(created.at, QDateTime::fromString(at, Qt::ISODateWithMs));
    QCOMPARE(created.importId, first->importId);
    QCOMPARE(created.importFile, QStringLiteral("intune.csv"));
    QCOMPARE(created.newValue, QStringLiteral("SER00002"));
    QCOMPARE(created.deviceId, deviceId("SER00002"));

    const qint64 named = number(db(), "SELECT id FROM device WHERE hostname = 'ELEV-PC-7'");
    Result<QList<AuditEntry>> byName = AuditLog::forDevice(db().connection(), named);
    QVERIFY(byName.ok());
    QCOMPARE(byName->size(), 1);
    QCOMPARE(byName->constFirst().newValue, QStringLiteral("ELEV-PC-7"));
    QCOMPARE(byName->constFirst().importId, second->importId);
    QCOMPARE(byName->constFirst().importFile, QStringLiteral("ad.csv"));
}

void TestImportAudit::laterUpdateRecordsItsOwnRow()
{
    QVERIFY(ImportApplier::run(db(), devices(QStringLiteral("first.csv"), 5), {})->applied);
    Result<ImportReport> update =
        ImportApplier::run(db(), devices(QStringLiteral("second.csv"), 5, "Latitude 5440"), {});
    QVERIFY(update.ok() && update->applied);
    QCOMPARE(update->updated, qint64(5));
    QCOMPARE(update->created, qint64(0));
    // One creation row for the first import, one model row per device for the second.
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit"), 6);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit WHERE import_id = 2 AND field = 'model'"
                          " AND device_id IS NOT NULL"),
             5);

    Result<QList<AuditEntry>> history = AuditLog::forDevice(db().connection(), deviceId("SER00004"));
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).field, QStringLiteral("created"));
    QCOMPARE(history->at(0).importFile, QStringLiteral("first.csv"));
    QCOMPARE(history->at(1).field, QStringLiteral("model"));
    QCOMPARE(history->at(1).oldValue, QStringLiteral("Latitude 5420"));
    QCOMPARE(history->at(1).newValue, QStringLiteral("Latitude 5440"));
    QCOMPARE(history->at(1).importFile, QStringLiteral("second.csv"));
}

// The import's row holds no name; the history gives the one the device had when it was created, as the per-device
// row did, also after the device was renamed.
void TestImportAudit::historyKeepsTheNameTheDeviceWasCreatedWith()
{
    const QString first = write(QStringLiteral("first.csv"), "Maskinnavn;Modell\nMOL-L0001;Latitude 5420\n");
    QVERIFY(ImportApplier::run(db(), first, {})->applied);
    // The same device (by name) now with a serial: the serial is a later change of its own.
    const QString second =
        write(QStringLiteral("second.csv"), "Serienummer;Maskinnavn;Modell\nJX42K;MOL-L0001;Latitude 5420\n");
    Result<ImportReport> update = ImportApplier::run(db(), second, {});
    QVERIFY(update.ok() && update->applied);
    QCOMPARE(update->updated, qint64(1));

    Result<QList<AuditEntry>> history = AuditLog::forDevice(db().connection(), deviceId("JX42K"));
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).field, QStringLiteral("created"));
    QCOMPARE(history->at(0).newValue, QStringLiteral("MOL-L0001"));
    QCOMPARE(history->at(1).field, QStringLiteral("serial"));
    QCOMPARE(history->at(1).newValue, QStringLiteral("JX42K"));
}

// Intune reported the new PC before the swap was recorded: the swap takes a device an import created and nobody
// placed, which it knows by the import that created it (no audit row of its own any more).
void TestImportAudit::swapTakesAnImportedUnplacedDevice()
{
    const QString file =
        write(QStringLiteral("intune.csv"), "Serienummer;Maskinnavn;Kommune;Lokasjon\nOLD1;MOL-L0001;Molde;Rådhuset\n"
                                            "NEW1;MOL-L0002;Molde;\n");
    QVERIFY(ImportApplier::run(db(), file, {})->applied);
    Result<SwapOutcome> swapped =
        SwapService(db().connection()).swap({QStringLiteral("OLD1"), QStringLiteral("NEW1"), {}, {}});
    QVERIFY2(swapped.ok(), qPrintable(swapped.errorMessage()));
    QCOMPARE(swapped->newAfter.id, deviceId("NEW1"));
    QCOMPARE(swapped->newAfter.locationId, swapped->oldBefore.locationId);
}

QTEST_GUILESS_MAIN(TestImportAudit)
#include "test_import_audit.moc"
