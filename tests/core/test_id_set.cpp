// storage/IdSetFunction: the id sets a statement tests rows against with rullering_in_set(slot, id) — installed on
// every connection Database::open makes, absent from other connections, each set held while its object lives.

#include "storage/Database.h"
#include "storage/IdSetFunction.h"
#include "storage/Sql.h"

#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace rullering;

class TestIdSet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answersMembership_data();
    void answersMembership();
    void setsLiveInTheirOwnSlots();
    void slotsRunOutAndComeBack();
    void plainConnectionHasNoSets();
    void worksWhileAnotherStatementIsOpen();

private:
    // rullering_in_set(slot, value) as the connection answers it; nullopt when the query fails.
    static std::optional<int> ask(const QSqlDatabase& db, const QString& expression, const QVariant& value)
    {
        Result<QSqlQuery> q = runQuery(db, QStringLiteral("SELECT ") + expression, {value});
        if (!q || !q.value().next())
            return std::nullopt;
        return q.value().value(0).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestIdSet::init()
{
    QVERIFY(m_dir.isValid());
    m_db.reset();
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("sets.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
}

void TestIdSet::answersMembership_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    // Ids a few apart are held as a bitmap; ids far apart (a span over 2^26) as a sorted list.
    QTest::newRow("dense, unsorted, repeated") << QList<qint64>{7, 3, 64, 65, 3, 127, 128, 1000};
    QTest::newRow("sparse") << QList<qint64>{7, 3, 64, 65, 127, 128, 1000, qint64(1) << 40};
    QTest::newRow("one id") << QList<qint64>{64};
    QTest::newRow("empty") << QList<qint64>{};
}

void TestIdSet::answersMembership()
{
    QFETCH(QList<qint64>, ids);
    const IdSet set(m_db->connection(), std::vector<qint64>(ids.begin(), ids.end()));
    QVERIFY(set.isValid());
    QCOMPARE(set.size(), QSet<qint64>(ids.begin(), ids.end()).size());
    const QString expression = set.sql(QStringLiteral("?"));
    for (qint64 probe : {qint64(-1), qint64(0), qint64(2), qint64(3), qint64(4), qint64(7), qint64(63), qint64(64),
                         qint64(65), qint64(66), qint64(127), qint64(128), qint64(129), qint64(999), qint64(1000),
                         qint64(1001), qint64(1) << 40, (qint64(1) << 40) + 1}) {
        const std::optional<int> answer = ask(m_db->connection(), expression, probe);
        QVERIFY(answer.has_value());
        QVERIFY2(*answer == (ids.contains(probe) ? 1 : 0), qPrintable(QString::number(probe)));
    }
    // A NULL id is in no set.
    QCOMPARE(ask(m_db->connection(), expression, QVariant(QMetaType::fromType<qint64>())), std::optional<int>(0));
}

void TestIdSet::setsLiveInTheirOwnSlots()
{
    const QSqlDatabase db = m_db->connection();
    QString firstSql;
    {
        const IdSet first(db, {1, 2, 3});
        const IdSet second(db, {3, 4});
        QVERIFY(first.isValid() && second.isValid());
        firstSql = first.sql(QStringLiteral("?"));
        QVERIFY(firstSql != second.sql(QStringLiteral("?")));
        QCOMPARE(ask(db, firstSql, 2), std::optional<int>(1));
        QCOMPARE(ask(db, second.sql(QStringLiteral("?")), 2), std::optional<int>(0));
        QCOMPARE(ask(db, second.sql(QStringLiteral("?")), 4), std::optional<int>(1));
    }
    // Gone with its object: the slot answers 0 for everything.
    QCOMPARE(ask(db, firstSql, 2), std::optional<int>(0));
}

void TestIdSet::slotsRunOutAndComeBack()
{
    const QSqlDatabase db = m_db->connection();
    std::vector<std::unique_ptr<IdSet>> held;
    for (int i = 0; i < IdSet::Slots; ++i) {
        held.push_back(std::make_unique<IdSet>(db, std::vector<qint64>{i}));
        QVERIFY(held.back()->isValid());
    }
    const IdSet overflow(db, {42});
    QVERIFY(!overflow.isValid());
    QVERIFY(overflow.sql(QStringLiteral("?")).isEmpty());
    held.pop_back();
    const IdSet again(db, {42});
    QVERIFY(again.isValid());
    QCOMPARE(ask(db, again.sql(QStringLiteral("?")), 42), std::optional<int>(1));
}

void TestIdSet::plainConnectionHasNoSets()
{
    const QString name = QStringLiteral("plain-id-set");
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        plain.setDatabaseName(m_dir.filePath(QStringLiteral("sets.sqlite")));
        QVERIFY(plain.open());
        const IdSet set(plain, {1});
        QVERIFY(!set.isValid());
        QVERIFY(!ask(plain, QStringLiteral("rullering_in_set(0, ?)"), 1).has_value());
        plain.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// SQLite refuses to add or remove a function while a statement runs; sets are only filled and emptied, so a
// half-read query elsewhere on the connection (a list model fetching on demand) does not stop them.
void TestIdSet::worksWhileAnotherStatementIsOpen()
{
    const QSqlDatabase db = m_db->connection();
    Result<QSqlQuery> open = runQuery(db, QStringLiteral("SELECT name FROM sqlite_master"));
    QVERIFY(open.ok() && open.value().next()); // stays active: more rows follow
    const IdSet set(db, {5});
    QVERIFY(set.isValid());
    QCOMPARE(ask(db, set.sql(QStringLiteral("?")), 5), std::optional<int>(1));
}

QTEST_GUILESS_MAIN(TestIdSet)
#include "test_id_set.moc"
