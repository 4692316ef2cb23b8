#include "TestRegister.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace rullering;

// BulkInsert on both engines. On a server the rows stream through one open COPY across insert() calls, and every
// other statement on the connection ends that stream first (BulkStream): these are the cases a feature meets.
class TestBulkInsert : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statementsBetweenRowsSeeEveryRowSent();
    void aRefusedRowFailsTheChangeAndKeepsNothing();
    void aTableHeldAloneNumbersItsRowsInOrder();

private:
    qint64 count(const QString& table);
    // Enough text that the rows go in several chunks (a chunk is 256 KB).
    static QString name(int i) { return QStringLiteral("Nett %1 ").arg(i, 6, 10, QChar(u'0')) + QString(200, u'x'); }

    std::unique_ptr<test::TestRegister> m_register;
    std::unique_ptr<Database> m_db;
};

void TestBulkInsert::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_register = std::make_unique<test::TestRegister>();
    QVERIFY2(m_register->isValid(), qPrintable(m_register->error()));
    Result<std::unique_ptr<Database>> db = Database::open(m_register->path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
}

void TestBulkInsert::cleanup()
{
    m_db.reset();
    m_register.reset();
}

qint64 TestBulkInsert::count(const QString& table)
{
    Result<QSqlQuery> query = runQuery(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toLongLong();
}

void TestBulkInsert::statementsBetweenRowsSeeEveryRowSent()
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    QVERIFY(tx.begin());
    Result<std::unique_ptr<BulkInsert>> opened =
        BulkInsert::open(db, QStringLiteral("network"), {QStringLiteral("name")});
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    BulkInsert& rows = *opened.value();
    QSet<qint64> ids;
    constexpr int Rows = 6000;
    for (int i = 0; i < Rows; ++i) {
        rows.text(1, name(i));
        const qint64 id = rows.insert();
        QVERIFY2(id > 0, qPrintable(rows.errorText()));
        ids.insert(id);
        if (i % 1500 == 1499) {
            // Through each path that runs a statement: a helper, a prepared Statement, and a plain query.
            const qint64 seen = count(QStringLiteral("network"));
            QVERIFY2(seen >= 0 && seen <= i + 1, qPrintable(QString::number(seen)));
            Statement statement(db, "SELECT COUNT(*) FROM network WHERE name < ?");
            statement.text(1, name(i));
            QVERIFY2(statement.step(), qPrintable(statement.errorText()));
            QVERIFY(statement.columnInt(0) <= i);
            statement.reset();
        }
    }
    QCOMPARE(ids.size(), Rows);
    QVERIFY2(rows.finish(), qPrintable(rows.errorText()));
    QCOMPARE(count(QStringLiteral("network")), qint64(Rows));
    QVERIFY(tx.commit());
    Result<QSqlQuery> stored = runQuery(db, QStringLiteral("SELECT id, name FROM network ORDER BY id"));
    QVERIFY(stored);
    int i = 0;
    while (stored.value().next()) {
        QVERIFY(ids.contains(stored.value().value(0).toLongLong()));
        QCOMPARE(stored.value().value(1).toString(), name(i++));
    }
    QCOMPARE(i, Rows);
}

void TestBulkInsert::aRefusedRowFailsTheChangeAndKeepsNothing()
{
    QSqlDatabase db = m_db->connection();
    {
        Transaction tx(db);
        QVERIFY(tx.begin());
        Result<std::unique_ptr<BulkInsert>> opened =
            BulkInsert::open(db, QStringLiteral("network"), {QStringLiteral("name")});
        QVERIFY(opened);
        BulkInsert& rows = *opened.value();
        bool refused = false;
        for (int i = 0; i < 4000 && !refused; ++i) {
            rows.text(1, name(i == 3000 ? 10 : i)); // row 3000 repeats row 10's unique name
            refused = rows.insert() == 0 || (rows.violatedUniqueKey());
        }
        Status finished = refused ? Status(Error(rows.errorText())) : rows.finish();
        if (finished) // a stream ended by the commit reports the refusal there
            finished = tx.commit();
        QVERIFY(!finished);
        QVERIFY2(finished.errorMessage().contains(QLatin1String("network")) ||
                     finished.errorMessage().contains(QLatin1String("unique"), Qt::CaseInsensitive) ||
                     finished.errorMessage().contains(QLatin1String("UNIQUE")),
                 qPrintable(finished.errorMessage()));
    }
    QCOMPARE(count(QStringLiteral("network")), qint64(0));
    // The connection is usable again.
    Transaction again(db);
    QVERIFY(again.begin());
    QVERIFY(runStatement(db, QStringLiteral("INSERT INTO network (name) VALUES ('Skole')")));
    QVERIFY(again.commit());
    QCOMPARE(count(QStringLiteral("network")), qint64(1));
}

void TestBulkInsert::aTableHeldAloneNumbersItsRowsInOrder()
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    QVERIFY(tx.begin());
    // As a first load holds the device table: nobody else can add rows, so the ids are taken a block at a time by
    // moving the sequence (PostgresCopy::reserveIds); an overlap between blocks would fail the primary key.
    if (!Engine::of(db).setsIndexesAsideForBulkLoads())
        QVERIFY(execStatements(db, {QStringLiteral("LOCK TABLE network IN ACCESS EXCLUSIVE MODE")}));
    Result<std::unique_ptr<BulkInsert>> opened =
        BulkInsert::open(db, QStringLiteral("network"), {QStringLiteral("name")});
    QVERIFY(opened);
    BulkInsert& rows = *opened.value();
    qint64 first = 0;
    qint64 last = 0;
    for (int i = 0; i < 3000; ++i) {
        rows.text(1, name(i));
        last = rows.insert();
        QVERIFY2(last > 0, qPrintable(rows.errorText()));
        if (i == 0)
            first = last;
    }
    QCOMPARE(last - first, qint64(2999)); // one run of numbers
    // A row added the ordinary way between the rows takes the next number, and the rows after it the ones after
    // (on a server the ids are counted by the client while the COPY is open: the sequence must catch up first).
    Result<qint64> between =
        insertReturningId(db, QStringLiteral("INSERT INTO network (name) VALUES (?)"), {QStringLiteral("Midt")});
    QVERIFY2(between, qPrintable(between.errorMessage()));
    QCOMPARE(between.value(), last + 1);
    for (int i = 3000; i < 4000; ++i) {
        rows.text(1, name(i));
        last = rows.insert();
        QVERIFY2(last > between.value(), qPrintable(rows.errorText()));
    }
    QVERIFY2(rows.finish(), qPrintable(rows.errorText()));
    // A row added the ordinary way afterwards gets a number after the block.
    Result<qint64> next =
        insertReturningId(db, QStringLiteral("INSERT INTO network (name) VALUES (?)"), {QStringLiteral("Ny")});
    QVERIFY2(next, qPrintable(next.errorMessage()));
    QVERIFY2(next.value() > last, qPrintable(QStringLiteral("%1 after %2").arg(next.value()).arg(last)));
    QVERIFY(tx.commit());
    QCOMPARE(count(QStringLiteral("network")), qint64(4002));
}

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "test_bulk_insert.moc"
