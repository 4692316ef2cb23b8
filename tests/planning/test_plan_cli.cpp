// The command-line contract of issue 5: "rullering-cli plan" (flags, JSON shape) and
// "rullering-cli export procurement", run as a user's script would run them.

#include "../cli/CliRunner.h"
#include "planning/PlanCounter.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rullering;

class TestPlanCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planJsonShape();
    void planFlagsChangeThePlan();
    void savedPlanIsUsed();
    void rowOrderOfTheImportDoesNotChangeThePlan();
    void phonesAndServersAreLeftOutUnlessIncluded();
    void exportProcurement_data();
    void exportProcurement();
    void usageErrors_data();
    void usageErrors();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QJsonObject planJson(const QStringList& extra);

    QTemporaryDir m_dir;
};

void TestPlanCli::initTestCase()
{
    const CliRun generated = runCli({QStringLiteral("--db"), db(), QStringLiteral("generate"),
                                     QStringLiteral("--devices"), QStringLiteral("2500"), QStringLiteral("--seed"),
                                     QStringLiteral("5"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QCOMPARE(generated.exitCode, 0);
}

QJsonObject TestPlanCli::planJson(const QStringList& extra)
{
    const CliRun run =
        runCli(QStringList{QStringLiteral("--db"), db(), QStringLiteral("plan"), QStringLiteral("--as-of"),
                           QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("json")} +
               extra);
    if (run.exitCode != 0)
        qWarning("plan failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestPlanCli::planJsonShape()
{
    const QJsonObject json = planJson({});
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 5 * 5); // five municipalities, five years (the default horizon)
    const QJsonObject first = rows.first().toObject();
    for (const char* key : {"municipality", "year", "straight", "levelled", "overdue"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("municipality")).toString(), QStringLiteral("Aukra"));
    QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2026);
    QVERIFY(json.value(QStringLiteral("collect")).toInteger() > 0);
    QVERIFY(json.value(QStringLiteral("needsData")).toInteger() > 0);

    // The same figures as the core computes.
    Result<std::unique_ptr<Database>> database = Database::open(db(), Database::OpenMode::MustExist);
    QVERIFY(database.ok());
    Result<PlanSummary> summary = PlanCounter::summarise(*database.value(), PlanPolicy::defaults(QDate(2026, 11, 23)));
    QVERIFY(summary.ok());
    QCOMPARE(json.value(QStringLiteral("collect")).toInteger(), summary->collect);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        QCOMPARE(row.value(QStringLiteral("municipality")).toString(), summary->rows[i].municipality);
        QCOMPARE(row.value(QStringLiteral("straight")).toInteger(), summary->rows[i].straight);
        QCOMPARE(row.value(QStringLiteral("levelled")).toInteger(), summary->rows[i].levelled);
        QCOMPARE(row.value(QStringLiteral("overdue")).toInteger(), summary->rows[i].overdue);
    }
}

void TestPlanCli::planFlagsChangeThePlan()
{
    const QJsonObject base = planJson(
        {QStringLiteral("--first-year"), QStringLiteral("2027"), QStringLiteral("--years"), QStringLiteral("3")});
    const QJsonArray rows = base.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 5 * 3);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("year")).toInt(), 2027);

    auto total = [](const QJsonObject& json, const char* key, int year) {
        qint64 sum = 0;
        for (const QJsonValue& row : json.value(QStringLiteral("rows")).toArray()) {
            if (row.toObject().value(QStringLiteral("year")).toInt() == year)
                sum += row.toObject().value(QLatin1String(key)).toInteger();
        }
        return sum;
    };
    const QJsonObject shorter = planJson({QStringLiteral("--lifetime"), QStringLiteral("laptop=4"),
                                          QStringLiteral("--lifetime"), QStringLiteral("desktop=4")});
    const QJsonObject standard = planJson({});
    QVERIFY(total(shorter, "straight", 2026) > total(standard, "straight", 2026)); // more is due at once

    const QJsonObject wideWindow = planJson({QStringLiteral("--activity-days"), QStringLiteral("3000")});
    QVERIFY(wideWindow.value(QStringLiteral("collect")).toInteger() <
            standard.value(QStringLiteral("collect")).toInteger());

    const QJsonObject capped =
        planJson({QStringLiteral("--capacity"), QStringLiteral("Molde=10"), QStringLiteral("--levelled")});
    QCOMPARE(capped.value(QStringLiteral("plan")).toString(), QStringLiteral("levelled"));
    QVERIFY(total(capped, "overdue", 2026) > 0);
    // Molde (rows 10-14: the third municipality) takes only 10 in 2026; the others are unchanged.
    const QJsonObject molde2026 = standard.value(QStringLiteral("rows")).toArray()[10].toObject();
    QCOMPARE(molde2026.value(QStringLiteral("municipality")).toString(), QStringLiteral("Molde"));
    const qint64 moldeLevelled = molde2026.value(QStringLiteral("levelled")).toInteger();
    QVERIFY(moldeLevelled > 10);
    QCOMPARE(total(capped, "levelled", 2026), total(standard, "levelled", 2026) - moldeLevelled + 10);
}

// Issue 21: "excludedType" counts the devices in use of a type the plan leaves out (phones and servers by default);
// --include-type and --exclude-type change the list.
void TestPlanCli::phonesAndServersAreLeftOutUnlessIncluded()
{
    auto demand = [](const QJsonObject& json) {
        qint64 sum = 0;
        for (const QJsonValue& row : json.value(QStringLiteral("rows")).toArray())
            sum += row.toObject().value(QStringLiteral("straight")).toInteger();
        return sum;
    };
    const QJsonObject standard = planJson({});
    const qint64 leftOut = standard.value(QStringLiteral("excludedType")).toInteger();
    QVERIFY(leftOut > 10);
    const QJsonObject withPhones = planJson({QStringLiteral("--include-type"), QStringLiteral("phone")});
    const qint64 serversOnly = withPhones.value(QStringLiteral("excludedType")).toInteger();
    QVERIFY(serversOnly > 0 && serversOnly < leftOut);
    QVERIFY(demand(withPhones) > demand(standard));
    const QJsonObject noPrinters = planJson({QStringLiteral("--exclude-type"), QStringLiteral("printer")});
    QVERIFY(noPrinters.value(QStringLiteral("excludedType")).toInteger() > leftOut);
    QVERIFY(demand(noPrinters) < demand(standard));
    const CliRun table = runCli({QStringLiteral("--db"), db(), QStringLiteral("plan"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-23")});
    QVERIFY2(table.out.contains(QStringLiteral("Types not planned (phone, server): %1").arg(leftOut)),
             qPrintable(table.out));
}

void TestPlanCli::savedPlanIsUsed()
{
    const CliRun saved = runCli({QStringLiteral("--db"), db(), QStringLiteral("plan"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-23"), QStringLiteral("--levelled"), QStringLiteral("--years"),
                                 QStringLiteral("4"), QStringLiteral("--save"), QStringLiteral("Jevn 4 år")});
    QCOMPARE(saved.exitCode, 0);
    QVERIFY(saved.err.contains(QStringLiteral("Jevn 4 år")));
    const QJsonObject json = planJson({QStringLiteral("--plan"), QStringLiteral("Jevn 4 år")});
    QCOMPARE(json.value(QStringLiteral("plan")).toString(), QStringLiteral("levelled"));
    QCOMPARE(json.value(QStringLiteral("years")).toInt(), 4);
}

// Issue 19, point 1: the same spreadsheet with its rows in another order gives the same plan, byte for byte. The
// rows before the first blank production year say "OptiPlex 7070 -> 2022"; the whole file says 2017, and the blank
// rows' year (their model's usual year) decides whether they are overdue.
void TestPlanCli::rowOrderOfTheImportDoesNotChangeThePlan()
{
    QList<QByteArray> rows;
    int serial = 0;
    auto add = [&](const char* municipality, const char* type, const char* model, int year, int count) {
        for (int i = 0; i < count; ++i, ++serial)
            rows.append("P" + QByteArray::number(5000 + serial) + ";PC" + QByteArray::number(serial) + ";" +
                        municipality + ";" + type + ";" + model + ";" +
                        (year > 0 ? QByteArray::number(year) : QByteArray()) + ";2026-11-20\n");
    };
    add("Molde", "desktop", "OptiPlex 7070", 2022, 20);
    add("Molde", "desktop", "OptiPlex 7070", 0, 3);
    add("Aukra", "desktop", "OptiPlex 7070", 2017, 60);
    add("Aukra", "laptop", "Latitude 5400", 2019, 50);
    add("Molde", "desktop", "OptiPlex 7070", 0, 2);
    add("Aukra", "laptop", "Latitude 5400", 0, 1);

    QStringList plans;
    for (const quint32 seed : {0u, 7u, 11u}) {
        QList<QByteArray> order = rows;
        if (seed != 0)
            std::shuffle(order.begin(), order.end(), QRandomGenerator(seed));
        QByteArray csv("Serienummer;Maskinnavn;Kommune;Type;Modell;Produksjonsår;Sist sett\n");
        for (const QByteArray& row : std::as_const(order))
            csv += row;
        const QString path = m_dir.filePath(QStringLiteral("order%1.csv").arg(seed));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();
        const QString registerPath = m_dir.filePath(QStringLiteral("order%1.sqlite").arg(seed));
        const CliRun imported = runCli({QStringLiteral("--db"), registerPath, QStringLiteral("import"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const CliRun plan =
            runCli({QStringLiteral("--db"), registerPath, QStringLiteral("plan"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        plans.append(plan.out);
    }
    QVERIFY(plans[0].contains(QStringLiteral("Molde")));
    QCOMPARE(plans[1], plans[0]);
    QCOMPARE(plans[2], plans[0]);
}

void TestPlanCli::exportProcurement_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("to xlsx by extension") << QStringLiteral("bestilling.xlsx");
    QTest::newRow("to csv by extension") << QStringLiteral("bestilling.csv");
}

void TestPlanCli::exportProcurement()
{
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    const CliRun run = runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("procurement"),
                               QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-11-23"), QStringLiteral("--price"), QStringLiteral("laptop=11500"),
                               QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("devices to buy")), qPrintable(run.err));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray start = written.read(3);
    QCOMPARE(start, file.endsWith(QLatin1String(".csv")) ? QByteArray("\xEF\xBB\xBF") : QByteArray("PK\x03", 3));
}

void TestPlanCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("plan: unknown format")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("xml")} << 2
        << QStringLiteral("xml");
    QTest::newRow("plan: lifetime of an unknown type")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--lifetime"), QStringLiteral("toaster=3")} << 2
        << QStringLiteral("toaster");
    QTest::newRow("plan: including an unknown type")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--include-type"), QStringLiteral("toaster")} << 2
        << QStringLiteral("toaster");
    QTest::newRow("plan: capacity for an unknown municipality")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--capacity"), QStringLiteral("Oslo=5")} << 2
        << QStringLiteral("Oslo");
    QTest::newRow("plan: a saved plan that does not exist")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--plan"), QStringLiteral("Finnes ikke")} << 1
        << QStringLiteral("Finnes ikke");
    QTest::newRow("export: the year is required")
        << QStringList{QStringLiteral("export"), QStringLiteral("procurement"), QStringLiteral("-o"),
                       QStringLiteral("x.csv")}
        << 2 << QStringLiteral("--year");
    QTest::newRow("export: the extension decides the format")
        << QStringList{QStringLiteral("export"), QStringLiteral("procurement"), QStringLiteral("--year"),
                       QStringLiteral("2027"),   QStringLiteral("-o"),          QStringLiteral("x.txt")}
        << 2 << QStringLiteral("x.txt");
}

void TestPlanCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), db()} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestPlanCli)
#include "test_plan_cli.moc"
