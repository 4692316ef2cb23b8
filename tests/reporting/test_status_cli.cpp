#include "ReportingFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

// rullering-cli status: flags, exit codes and the JSON shape are a contract with users' scripts.
class TestStatusCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonShape();
    void csvAndTable();
    void pastDateSaysWhatRestsOnLaterSightings();
    void badInput_data();
    void badInput();

private:
    int run(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestStatusCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(m_db);
    QVERIFY(db.ok());
    FixtureDevice due;
    due.municipality = QStringLiteral("Smøla");
    due.lastSeen = QStringLiteral("2023-01-20T08:00:00Z");
    QVERIFY(addDevice(*db.value(), due) > 0);
    FixtureDevice stale = due;
    stale.lastSeen = QStringLiteral("2022-10-26T08:00:00Z"); // 91 days before 25.01.2023
    QVERIFY(addDevice(*db.value(), stale) > 0);
    FixtureDevice swapped = due;
    swapped.municipality = QStringLiteral("Aukra");
    swapped.state = LifecycleState::Replaced;
    swapped.replacedOn = QStringLiteral("2023-01-24");
    QVERIFY(addDevice(*db.value(), swapped) > 0);
}

int TestStatusCli::run(const QStringList& arguments, QByteArray* out, QByteArray* err)
{
    QProcess process;
    process.start(QStringLiteral(RULLERING_CLI), QStringList{QStringLiteral("--db"), m_db} + arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

void TestStatusCli::jsonShape()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--as-of"), QStringLiteral("2023-01-25"),
                  QStringLiteral("--format"), QStringLiteral("json")},
                 &out),
             0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("asOf")).toString(), QStringLiteral("2023-01-25"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject aukra = rows.at(0).toObject();
    QCOMPARE(aukra.value(QStringLiteral("municipality")).toString(), QStringLiteral("Aukra"));
    QCOMPARE(aukra.value(QStringLiteral("replaced")).toInteger(), 1);
    QCOMPARE(aukra.value(QStringLiteral("due")).toInteger(), 1);
    const QJsonObject smola = rows.at(1).toObject();
    QCOMPARE(smola.value(QStringLiteral("municipality")).toString(), QStringLiteral("Smøla"));
    QCOMPARE(smola.value(QStringLiteral("active")).toInteger(), 1);
    QCOMPARE(smola.value(QStringLiteral("inactive")).toInteger(), 1);
    QCOMPARE(smola.value(QStringLiteral("remaining")).toInteger(), 1);
    const QJsonObject total = root.value(QStringLiteral("total")).toObject();
    // The keys of issue 6, never renamed, and those added by issue 19 (what rests on seeing a device later).
    QCOMPARE(total.keys(), (QStringList{QStringLiteral("active"), QStringLiteral("activeInferred"),
                                        QStringLiteral("due"), QStringLiteral("inactive"), QStringLiteral("remaining"),
                                        QStringLiteral("remainingInferred"), QStringLiteral("replaced")}));
    QCOMPARE(total.value(QStringLiteral("activeInferred")).toInteger(), 0);
    QCOMPARE(total.value(QStringLiteral("due")).toInteger(), 2);

    // A wider window makes the stale device active.
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--as-of"), QStringLiteral("2023-01-25"),
                  QStringLiteral("--activity-days"), QStringLiteral("91"), QStringLiteral("--format"),
                  QStringLiteral("json")},
                 &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out)[QLatin1String("total")][QLatin1String("active")].toInteger(), 2);
}

void TestStatusCli::pastDateSaysWhatRestsOnLaterSightings()
{
    // Seen only after the status date (imported later): in use on the date, and counted as resting on that.
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_db);
        QVERIFY(db.ok());
        FixtureDevice later;
        later.municipality = QStringLiteral("Rauma");
        later.lastSeen = QStringLiteral("2023-02-10T08:00:00Z");
        QVERIFY(addDevice(*db.value(), later) > 0);
    }
    QByteArray out;
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--as-of"), QStringLiteral("2023-01-25"),
                  QStringLiteral("--format"), QStringLiteral("json")},
                 &out),
             0);
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    const QJsonObject total = root.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("active")).toInteger(), 2); // Smøla's seen device and Rauma's
    QCOMPARE(total.value(QStringLiteral("inactive")).toInteger(), 1);
    QCOMPARE(total.value(QStringLiteral("activeInferred")).toInteger(), 1);
    QCOMPARE(total.value(QStringLiteral("remainingInferred")).toInteger(), 1);
    const QJsonObject rauma = root.value(QStringLiteral("rows")).toArray().at(1).toObject();
    QCOMPARE(rauma.value(QStringLiteral("municipality")).toString(), QStringLiteral("Rauma"));
    QCOMPARE(rauma.value(QStringLiteral("activeInferred")).toInteger(), 1);

    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--as-of"), QStringLiteral("2023-01-25")}, &out), 0);
    QVERIFY2(out.contains("Counted as in use on 2023-01-25 only because they were seen after it, not in the window "
                          "before: 1 active, 1 of them remaining."),
             out.constData());
}

void TestStatusCli::csvAndTable()
{
    QByteArray out;
    QCOMPARE(
        run({QStringLiteral("status"), QStringLiteral("--as-of=2023-01-25"), QStringLiteral("--format=csv")}, &out), 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.value(0).trimmed(), QByteArray("municipality,active,inactive,due,replaced,remaining"));
    QCOMPARE(lines.value(2).trimmed(), QByteArray("Smøla,1,1,1,0,1"));
    QCOMPARE(lines.value(3).trimmed(), QByteArray("TOTAL,1,1,2,1,1"));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--as-of"), QStringLiteral("2023-01-25")}, &out), 0);
    QVERIFY(out.contains("50.0%"));
}

void TestStatusCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("date not in ISO form")
        << QStringList{QStringLiteral("--as-of"), QStringLiteral("25.01.2023")} << QByteArray("--as-of");
    QTest::newRow("window of zero days") << QStringList{QStringLiteral("--activity-days"), QStringLiteral("0")}
                                         << QByteArray("--activity-days");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QByteArray("--format");
}

void TestStatusCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QByteArray err;
    QCOMPARE(run(QStringList{QStringLiteral("status")} + arguments, nullptr, &err), 2);
    QVERIFY2(err.contains(message), err.constData());
}

QTEST_GUILESS_MAIN(TestStatusCli)
#include "test_status_cli.moc"
