#include "RegisterFixture.h"
#include "register/BulkEditService.h"
#include "storage/Sql.h"

#include <QMap>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestBulkEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void changesOnlyTheChosenFields();
    void auditsEveryChangedField();
    void forbiddenTransitionRefusedAndNothingChanged();
    void validatesOnlyTheChangedFields();
    void locationMustBelongToTheMunicipality();
    void municipalityChangeClearsItsLocations();
    void invalidInput_data();
    void invalidInput();
    void notesKeepLineBreaksAndTabs();
    void staleSelectionIsAConflict();
    void overwriteAfterConflict();
    void undoRestoresEveryDevice();
    void largeSelectionInOneTransaction();
    void impliedFieldsAreAuditedByName();
    void devicesAlreadyEditedAreLeftAlone();
    void outcomeHoldsOnlyTheChangedFields();
    void undoRefusesAfterSomeoneElseSaved();
    void undoOfAnOverwriteRestoresTheOtherSave();
    void refusalStopsWritingButNamesEveryDevice();
    void deviceSelectedTwiceIsEditedOnce();

private:
    QList<DeviceStamp> stamps(const QList<qint64>& ids) const;

    RegisterFixture m_fx;
    QList<qint64> m_ids;
};

void TestBulkEdit::init()
{
    m_fx = RegisterFixture();
    QVERIFY(m_fx.open());
    m_ids.clear();
    for (int i = 0; i < 5; ++i)
        m_ids.append(m_fx.add(m_fx.inUse(QStringLiteral("PC%1").arg(i))));
}

QList<DeviceStamp> TestBulkEdit::stamps(const QList<qint64>& ids) const
{
    QList<DeviceStamp> result;
    for (qint64 id : ids)
        result.append({id, m_fx.byId(id).version});
    return result;
}

void TestBulkEdit::changesOnlyTheChosenFields()
{
    BulkEdit edit;
    edit.departmentId = m_fx.oppvekst;
    edit.keep = true;
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids.mid(0, 3)), edit);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->changedDevices, 3);
    QCOMPARE(outcome->changedFields, 6);
    for (int i = 0; i < 5; ++i) {
        const Device d = m_fx.byId(m_ids.at(i));
        QCOMPARE(d.departmentId, i < 3 ? m_fx.oppvekst : m_fx.helse);
        QCOMPARE(d.keep, i < 3);
        QCOMPARE(d.primaryUser, QStringLiteral("Kari Nordmann"));
        QCOMPARE(d.locationId, m_fx.townHall);
    }
}

void TestBulkEdit::auditsEveryChangedField()
{
    const qint64 before = m_fx.auditCount();
    BulkEdit edit;
    edit.primaryUser = QStringLiteral("Ola Hansen");
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps(m_ids), edit).ok());
    QCOMPARE(m_fx.auditCount(), before + m_ids.size());
    const QList<AuditEntry> history = AuditLog::forDevice(m_fx.db(), m_ids.first()).value();
    QCOMPARE(history.constLast().field, QStringLiteral("primary_user"));
    QCOMPARE(history.constLast().oldValue, QStringLiteral("Kari Nordmann"));
    QCOMPARE(history.constLast().newValue, QStringLiteral("Ola Hansen"));
    QCOMPARE(history.constLast().reason, QStringLiteral("bulk_edit"));
}

void TestBulkEdit::forbiddenTransitionRefusedAndNothingChanged()
{
    // One retired device in the selection: Retired is final, so the whole edit is refused.
    BulkEdit retire;
    retire.state = LifecycleState::Retired;
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps({m_ids.at(4)}), retire).ok());

    const qint64 auditBefore = m_fx.auditCount();
    BulkEdit edit;
    edit.state = LifecycleState::InStock;
    edit.notes = QStringLiteral("collected");
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids), edit);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code(), Error::Code::Refused);
    QVERIFY2(outcome.errorMessage().contains(QStringLiteral("PC4")), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.auditCount(), auditBefore);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(m_fx.byId(m_ids.at(i)).state, LifecycleState::InUse);
        QVERIFY(m_fx.byId(m_ids.at(i)).notes.isEmpty());
    }
}

void TestBulkEdit::validatesOnlyTheChangedFields()
{
    // A device with a location of another municipality (bad old data) can still get a new user.
    QVERIFY(runStatement(m_fx.db(), QStringLiteral("UPDATE device SET location_id = ? WHERE id = ?"),
                         {m_fx.aukraSenter, m_ids.first()})
                .ok());
    BulkEdit edit;
    edit.primaryUser = QStringLiteral("Ny Bruker");
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids), edit);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.byId(m_ids.first()).primaryUser, QStringLiteral("Ny Bruker"));
}

void TestBulkEdit::locationMustBelongToTheMunicipality()
{
    BulkEdit edit;
    edit.locationId = m_fx.aukraSenter;
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids), edit);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.errorMessage().contains(QStringLiteral("another municipality")));
    edit.municipalityId = m_fx.aukra;
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps(m_ids), edit).ok());
    QCOMPARE(m_fx.byId(m_ids.first()).locationId, m_fx.aukraSenter);
}

void TestBulkEdit::municipalityChangeClearsItsLocations()
{
    BulkEdit edit;
    edit.municipalityId = m_fx.aukra;
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps(m_ids), edit).ok());
    const Device d = m_fx.byId(m_ids.first());
    QCOMPARE(d.municipalityId, m_fx.aukra);
    QCOMPARE(d.locationId, qint64(0));
    QCOMPARE(d.departmentId, qint64(0));
}

void TestBulkEdit::invalidInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("production year too early")
        << QStringLiteral("production_year") << QVariant(1970) << QStringLiteral("not between 1980");
    QTest::newRow("production year in the far future")
        << QStringLiteral("production_year") << QVariant(2999) << QStringLiteral("not between");
    QTest::newRow("replaced only by a swap")
        << QStringLiteral("state") << QVariant(int(LifecycleState::Replaced)) << QStringLiteral("only by a swap");
    QTest::newRow("unknown network") << QStringLiteral("network") << QVariant(9999)
                                     << QStringLiteral("no network with id 9999");
    // The import's text rule (issue 19, point 7): an edit stores nothing the import would refuse.
    QTest::newRow("ESC in a host name") << QStringLiteral("hostname") << QVariant(QStringLiteral("PC-\x1b[2J"))
                                        << QStringLiteral("control character (ESC");
    QTest::newRow("tab inside a model") << QStringLiteral("model") << QVariant(QStringLiteral("Opti\tPlex"))
                                        << QStringLiteral("Model \"Opti\\tPlex\" contains a control character");
    QTest::newRow("newline inside a user") << QStringLiteral("primary_user") << QVariant(QStringLiteral("Kari\nOla"))
                                           << QStringLiteral("control character (LF");
    QTest::newRow("5,000-character asset tag")
        << QStringLiteral("asset_tag") << QVariant(QString(5000, u'7')) << QStringLiteral("at most 64");
    QTest::newRow("300-character manufacturer")
        << QStringLiteral("manufacturer") << QVariant(QString(300, u'm')) << QStringLiteral("at most 256");
    QTest::newRow("ESC in notes") << QStringLiteral("notes") << QVariant(QStringLiteral("red\x1b[31m"))
                                  << QStringLiteral("control character (ESC");
    QTest::newRow("notes past 10,000 characters")
        << QStringLiteral("notes") << QVariant(QString(10001, u'n')) << QStringLiteral("at most 10000");
}

void TestBulkEdit::invalidInput()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, messagePart);
    BulkEdit edit;
    for (DeviceField f : allDeviceFields()) {
        if (deviceFieldKey(f) == field)
            QVERIFY(edit.set(f, value));
    }
    QVERIFY(!edit.isEmpty());
    const qint64 auditBefore = m_fx.auditCount();
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids), edit);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.errorMessage().contains(messagePart), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.auditCount(), auditBefore);
}

void TestBulkEdit::notesKeepLineBreaksAndTabs()
{
    BulkEdit edit;
    QVERIFY(edit.set(DeviceField::Notes, QStringLiteral("first\r\nsecond\tthird")));
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps({m_ids.at(0)}), edit);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.byId(m_ids.at(0)).notes, QStringLiteral("first\r\nsecond\tthird"));
}

void TestBulkEdit::staleSelectionIsAConflict()
{
    const QList<DeviceStamp> read = stamps(m_ids);
    BulkEdit other;
    other.notes = QStringLiteral("changed by the other coordinator");
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps({m_ids.at(2)}), other).ok());

    BulkEdit mine;
    mine.notes = QStringLiteral("mine");
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(read, mine);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code(), Error::Code::Conflict);
    QVERIFY(outcome.errorMessage().contains(QStringLiteral("PC2")));
    QCOMPARE(m_fx.byId(m_ids.at(2)).notes, QStringLiteral("changed by the other coordinator"));
    QVERIFY(m_fx.byId(m_ids.at(0)).notes.isEmpty());
}

void TestBulkEdit::overwriteAfterConflict()
{
    const QList<DeviceStamp> read = stamps(m_ids);
    BulkEdit other;
    other.notes = QStringLiteral("theirs");
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps({m_ids.at(2)}), other).ok());
    BulkEdit mine;
    mine.notes = QStringLiteral("mine");
    QVERIFY(BulkEditService(m_fx.db()).apply(read, mine, BulkEditService::ConflictPolicy::Overwrite).ok());
    for (qint64 id : m_ids)
        QCOMPARE(m_fx.byId(id).notes, QStringLiteral("mine"));
}

void TestBulkEdit::undoRestoresEveryDevice()
{
    QList<Device> before;
    for (qint64 id : m_ids)
        before.append(m_fx.byId(id));
    BulkEdit edit;
    edit.state = LifecycleState::Retired;
    edit.productionYear = 2019;
    BulkEditService service(m_fx.db());
    Result<BulkEditOutcome> outcome = service.apply(stamps(m_ids), edit);
    QVERIFY(outcome.ok());
    QCOMPARE(m_fx.byId(m_ids.first()).yearSource, YearSource::Explicit);
    // Undo moves Retired back to In use, which the transition table forbids for people: undo is not a move.
    const Status undone = service.undo(outcome.value());
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    for (int i = 0; i < m_ids.size(); ++i)
        QVERIFY(DeviceRepository::differences(m_fx.byId(m_ids.at(i)), before.at(i)).isEmpty());
}

void TestBulkEdit::largeSelectionInOneTransaction()
{
    QList<qint64> ids = m_ids;
    for (int i = 0; i < 1500; ++i)
        ids.append(m_fx.add(m_fx.inUse(QStringLiteral("BULK%1").arg(i))));
    BulkEdit edit;
    edit.networkId = 0;
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(ids), edit);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->changedDevices, ids.size());
    Result<QSqlQuery> left =
        runQuery(m_fx.db(), QStringLiteral("SELECT COUNT(*) FROM device WHERE network_id IS NOT NULL"));
    QVERIFY(left.ok() && left.value().next());
    QCOMPARE(left.value().value(0).toInt(), 0);
}

void TestBulkEdit::impliedFieldsAreAuditedByName()
{
    // A new municipality clears location and department; a typed year makes its source explicit. Each changed
    // field gets one audit row, reference fields by name, as the repository writes them.
    BulkEdit edit;
    edit.municipalityId = m_fx.aukra;
    edit.productionYear = 2019;
    const qint64 auditBefore = m_fx.auditCount();
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids.mid(0, 2)), edit);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->changedDevices, 2);
    QCOMPARE(outcome->changedFields, 10); // municipality, location, department, year, year source; two devices
    QCOMPARE(m_fx.auditCount(), auditBefore + 10);
    QMap<QString, QPair<QString, QString>> logged;
    const QList<AuditEntry> history = AuditLog::forDevice(m_fx.db(), m_ids.first()).value();
    for (const AuditEntry& entry : history) {
        if (entry.reason == QLatin1String("bulk_edit"))
            logged.insert(entry.field, {entry.oldValue, entry.newValue});
    }
    using Change = QPair<QString, QString>;
    QCOMPARE(logged.value(QStringLiteral("municipality")), Change(QStringLiteral("Molde"), QStringLiteral("Aukra")));
    QCOMPARE(logged.value(QStringLiteral("location")), Change(QStringLiteral("Molde rådhus"), QString()));
    QCOMPARE(logged.value(QStringLiteral("department")), Change(QStringLiteral("Helse"), QString()));
    QCOMPARE(logged.value(QStringLiteral("production_year")), Change(QStringLiteral("2017"), QStringLiteral("2019")));
    QCOMPARE(logged.value(QStringLiteral("year_source")),
             Change(yearSourceKey(YearSource::PurchaseDate), yearSourceKey(YearSource::Explicit)));
    QCOMPARE(logged.size(), 5);
    const Device d = m_fx.byId(m_ids.first());
    QCOMPARE(d.version, 2);
    QCOMPARE(d.yearSource, YearSource::Explicit);
    QCOMPARE(m_fx.byId(m_ids.at(2)).municipalityId, m_fx.molde); // not selected
}

void TestBulkEdit::devicesAlreadyEditedAreLeftAlone()
{
    BulkEdit edit;
    edit.primaryUser = QStringLiteral("Ola Hansen");
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps(m_ids.mid(0, 2)), edit).ok());
    const qint64 auditBefore = m_fx.auditCount();
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids), edit);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->changedDevices, 3);
    QCOMPARE(outcome->ids, m_ids.mid(2));
    QCOMPARE(m_fx.auditCount(), auditBefore + 3);
    QCOMPARE(m_fx.byId(m_ids.first()).version, 2); // written once, by the first edit only
}

void TestBulkEdit::outcomeHoldsOnlyTheChangedFields()
{
    // Undo keeps the id, the version after and the old values of the written fields: not whole devices.
    BulkEdit edit;
    edit.notes = QStringLiteral("collected");
    edit.keep = true;
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(m_ids), edit);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->fields, (QList<DeviceField>{DeviceField::Keep, DeviceField::Notes}));
    QCOMPARE(outcome->ids, m_ids);
    QCOMPARE(outcome->versionsAfter, QList<int>(m_ids.size(), 2));
    QCOMPARE(outcome->oldValues.size(), m_ids.size() * 2);
    QCOMPARE(outcome->oldValue(1, 0).number, 0); // keep was off
    QVERIFY(outcome->oldValue(1, 1).text.isEmpty());
}

void TestBulkEdit::undoRefusesAfterSomeoneElseSaved()
{
    BulkEdit edit;
    edit.primaryUser = QStringLiteral("Ola Hansen");
    BulkEditService service(m_fx.db());
    Result<BulkEditOutcome> outcome = service.apply(stamps(m_ids), edit);
    QVERIFY(outcome.ok());
    BulkEdit other;
    other.notes = QStringLiteral("theirs");
    QVERIFY(service.apply(stamps({m_ids.at(3)}), other).ok());

    const qint64 auditBefore = m_fx.auditCount();
    const Status undone = service.undo(outcome.value());
    QVERIFY(!undone.ok());
    QCOMPARE(undone.error().code(), Error::Code::Conflict);
    QVERIFY2(undone.errorMessage().contains(QStringLiteral("PC3")), qPrintable(undone.errorMessage()));
    QCOMPARE(m_fx.auditCount(), auditBefore); // all or nothing
    for (qint64 id : m_ids)
        QCOMPARE(m_fx.byId(id).primaryUser, QStringLiteral("Ola Hansen"));
}

void TestBulkEdit::undoOfAnOverwriteRestoresTheOtherSave()
{
    // After "overwrite their changes", undo puts back what the other person had saved (the row as it was read
    // inside the edit's transaction), not what this person first read.
    const QList<DeviceStamp> read = stamps(m_ids);
    BulkEdit other;
    other.notes = QStringLiteral("theirs");
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps({m_ids.at(1)}), other).ok());
    BulkEdit mine;
    mine.notes = QStringLiteral("mine");
    BulkEditService service(m_fx.db());
    Result<BulkEditOutcome> outcome = service.apply(read, mine, BulkEditService::ConflictPolicy::Overwrite);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->versionsAfter.at(1), 3);
    const Status undone = service.undo(outcome.value());
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    QCOMPARE(m_fx.byId(m_ids.at(1)).notes, QStringLiteral("theirs"));
    QVERIFY(m_fx.byId(m_ids.at(0)).notes.isEmpty());
    const QList<AuditEntry> history = AuditLog::forDevice(m_fx.db(), m_ids.at(1)).value();
    QCOMPARE(history.constLast().reason, QStringLiteral("undo"));
    QCOMPARE(history.constLast().oldValue, QStringLiteral("mine"));
    QCOMPARE(history.constLast().newValue, QStringLiteral("theirs"));
}

void TestBulkEdit::refusalStopsWritingButNamesEveryDevice()
{
    // Two retired devices far apart in a large selection: both are named, and none of the devices between them
    // (already checked and written in the same transaction) keeps the change.
    QList<qint64> ids = m_ids;
    for (int i = 0; i < 300; ++i)
        ids.append(m_fx.add(m_fx.inUse(QStringLiteral("R%1").arg(i))));
    BulkEdit retire;
    retire.state = LifecycleState::Retired;
    QVERIFY(BulkEditService(m_fx.db()).apply(stamps({ids.at(100), ids.at(250)}), retire).ok());
    const qint64 auditBefore = m_fx.auditCount();
    BulkEdit edit;
    edit.state = LifecycleState::InStock;
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(stamps(ids), edit);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code(), Error::Code::Refused);
    QVERIFY2(outcome.errorMessage().contains(QStringLiteral("R95")), qPrintable(outcome.errorMessage()));
    QVERIFY2(outcome.errorMessage().contains(QStringLiteral("R245")), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.auditCount(), auditBefore);
    QCOMPARE(m_fx.byId(ids.at(0)).state, LifecycleState::InUse);
    QCOMPARE(m_fx.byId(ids.at(99)).state, LifecycleState::InUse);
}

void TestBulkEdit::deviceSelectedTwiceIsEditedOnce()
{
    // Overlapping selection ranges give the same device twice.
    QList<DeviceStamp> selection = stamps(m_ids);
    selection += stamps(m_ids.mid(1, 2));
    BulkEdit edit;
    edit.notes = QStringLiteral("once");
    const qint64 auditBefore = m_fx.auditCount();
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(selection, edit);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->changedDevices, m_ids.size());
    QCOMPARE(m_fx.auditCount(), auditBefore + m_ids.size());
    QCOMPARE(m_fx.byId(m_ids.at(1)).version, 2);
}

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "test_bulk_edit.moc"
