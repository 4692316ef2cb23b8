// The write methods pages call: each opens, writes and commits its own transaction in core (issue 17, point 4),
// constructed from a Database as ui/ constructs them.
#include "import/ColumnMapping.h"
#include "planning/PlanRepository.h"
#include "reporting/StatusSnapshotStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestStorageServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<Database> open(Database::Access access = Database::Access::Auto)
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::OpenMode::CreateIfMissing, access);
        if (!db)
            qWarning() << db.errorMessage();
        return db ? std::move(db.value()) : nullptr;
    }

    static ColumnMapping mapping()
    {
        ColumnMapping mapping;
        mapping[ImportField::Serial] = QStringList{QStringLiteral("Serienummer")};
        mapping[ImportField::Hostname] = QStringList{QStringLiteral("Maskinnavn"), QStringLiteral("Navn")};
        mapping.defaultMunicipality = QStringLiteral("Molde");
        return mapping;
    }

    static PlanPolicy policy()
    {
        PlanPolicy policy = PlanPolicy::defaults(QDate(2026, 12, 5));
        policy.lifetimes[static_cast<int>(DeviceType::Laptop)] = 6;
        return policy;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("register-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    }

    void planSavedInItsOwnTransaction()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const Status saved = PlanRepository(*db).save(QStringLiteral("Seks år"), policy());
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        db.reset(); // committed: a new connection sees it
        db = open();
        Result<PlanPolicy> loaded = PlanRepository(*db).load(QStringLiteral("Seks år"));
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value(), policy());
    }

    void snapshotTakenInItsOwnTransaction()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const Status taken = StatusSnapshotStore(*db).take(QDate(2026, 12, 5), 90);
        QVERIFY2(taken, qPrintable(taken.errorMessage()));
        db.reset();
        db = open();
        Result<QList<StatusSnapshot>> totals = StatusSnapshotStore(*db).totals();
        QVERIFY2(totals, qPrintable(totals.errorMessage()));
        QCOMPARE(totals.value().size(), 1);
        QCOMPARE(totals.value().first().trigger, StatusSnapshotStore::ManualTrigger);
        QCOMPARE(totals.value().first().asOf, QDate(2026, 12, 5));
    }

    void mappingSavedInItsOwnTransaction()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const Status saved = MappingStore::save(*db, QStringLiteral("Visma"), mapping());
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        db.reset();
        db = open();
        QCOMPARE(MappingStore::names(*db).value(), QStringList{QStringLiteral("Visma")});
        Result<ColumnMapping> loaded = MappingStore::load(*db, QStringLiteral("Visma"));
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value(), mapping());
    }

    // Read-only: each write is refused with the reason, and nothing is stored.
    void writesRefusedOnAReadOnlyRegister()
    {
        QVERIFY(open()); // creates the register
        std::unique_ptr<Database> readOnly = open(Database::Access::ReadOnly);
        QVERIFY(readOnly);
        const Status plan = PlanRepository(*readOnly).save(QStringLiteral("Seks år"), policy());
        const Status snapshot = StatusSnapshotStore(*readOnly).take(QDate(2026, 12, 5), 90);
        const Status saved = MappingStore::save(*readOnly, QStringLiteral("Visma"), mapping());
        for (const Status& refused : {plan, snapshot, saved}) {
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), Error::Code::Refused);
        }
        readOnly.reset();
        std::unique_ptr<Database> db = open();
        QCOMPARE(PlanRepository(*db).names().value(), QStringList());
        QCOMPARE(StatusSnapshotStore(*db).totals().value().size(), 0);
        QCOMPARE(MappingStore::names(*db).value(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestStorageServices)
#include "test_storage_services.moc"
