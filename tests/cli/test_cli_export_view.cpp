// export devices with the Devices page's filters and its table as shown: the added options select the same devices
// a person sees; without them the file is the round-trip export it always was.

#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliExportView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersKeepTheRoundTripFormat();
    void columnsAndSortWriteTheTableAsShown();
    void xlsxOutputIsAWorkbook();
    void badFilterIsAUsageError_data();
    void badFilterIsAUsageError();

private:
    QStringList lines(const QString& path) const;
    CliRun exportDevices(const QStringList& extra, const QString& file);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliExportView::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("r.sqlite"));
    const CliRun generated =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("generate"), QStringLiteral("--devices"),
                QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
}

QStringList TestCliExportView::lines(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList all = QString::fromUtf8(file.readAll()).remove(QChar(0xfeff)).split(QStringLiteral("\r\n"));
    all.removeAll(QString());
    return all;
}

CliRun TestCliExportView::exportDevices(const QStringList& extra, const QString& file)
{
    return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("devices"),
                              QStringLiteral("-o"), m_dir.filePath(file)} +
                  extra);
}

void TestCliExportView::filtersKeepTheRoundTripFormat()
{
    const CliRun all = exportDevices({}, QStringLiteral("all.csv"));
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const CliRun some = exportDevices(
        {QStringLiteral("--municipality"), QStringLiteral("molde"), QStringLiteral("--type"), QStringLiteral("laptop")},
        QStringLiteral("some.csv"));
    QVERIFY2(some.exitCode == 0, qPrintable(some.err));
    const QStringList allLines = lines(m_dir.filePath(QStringLiteral("all.csv")));
    const QStringList someLines = lines(m_dir.filePath(QStringLiteral("some.csv")));
    QCOMPARE(someLines.constFirst(), allLines.constFirst()); // the same header
    const QStringList header = allLines.constFirst().split(u';');
    const int type = int(header.indexOf(QStringLiteral("Type")));
    const int municipality = int(header.indexOf(QStringLiteral("Municipality")));
    // Exactly the Molde laptops of the whole export, in the same order.
    QStringList expected;
    for (const QString& line : allLines.mid(1)) {
        const QStringList cells = line.split(u';');
        if (cells.value(type) == QLatin1String("laptop") && cells.value(municipality) == QLatin1String("Molde"))
            expected.append(line);
    }
    QVERIFY(expected.size() > 5);
    QCOMPARE(someLines.mid(1), expected);
}

void TestCliExportView::columnsAndSortWriteTheTableAsShown()
{
    const CliRun run =
        exportDevices({QStringLiteral("--columns"), QStringLiteral("serial,production_year"), QStringLiteral("--sort"),
                       QStringLiteral("production_year:desc"), QStringLiteral("--state"), QStringLiteral("in_use")},
                      QStringLiteral("view.csv"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList view = lines(m_dir.filePath(QStringLiteral("view.csv")));
    QCOMPARE(view.constFirst(), QStringLiteral("Serial number;Production year"));
    QVERIFY(view.size() > 10);
    int previous = 9999;
    for (const QString& line : view.mid(1)) {
        const QStringList cells = line.split(u';');
        QCOMPARE(cells.size(), 2);
        const int year = cells.at(1).isEmpty() ? 0 : cells.at(1).toInt();
        QVERIFY2(year <= previous, qPrintable(line));
        previous = year;
    }
}

void TestCliExportView::xlsxOutputIsAWorkbook()
{
    const CliRun run = exportDevices({QStringLiteral("--search"), QStringLiteral("a")}, QStringLiteral("v.xlsx"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(m_dir.filePath(QStringLiteral("v.xlsx")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));
}

void TestCliExportView::badFilterIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown municipality") << QStringList{QStringLiteral("--municipality"), QStringLiteral("Oslo")}
                                          << QStringLiteral("--municipality \"Oslo\"");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("--type"), QStringLiteral("scanner")}
                                  << QStringLiteral("--type \"scanner\"");
    QTest::newRow("year not a year") << QStringList{QStringLiteral("--year-from"), QStringLiteral("old")}
                                     << QStringLiteral("--year-from \"old\"");
    QTest::newRow("unknown column") << QStringList{QStringLiteral("--columns"), QStringLiteral("serial,colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("bad sort") << QStringList{QStringLiteral("--sort"), QStringLiteral("serial:sideways")}
                              << QStringLiteral("--sort");
}

void TestCliExportView::badFilterIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = exportDevices(arguments, QStringLiteral("bad.csv"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.csv"))));
}

QTEST_GUILESS_MAIN(TestCliExportView)
#include "test_cli_export_view.moc"
