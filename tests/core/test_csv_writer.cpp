#include "export/CsvWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void encodesCells_data();
    void encodesCells();
    void writesBomCrlfAndNumbers();
    void commaDelimiterUsesDecimalPoint();
    void unwritableFolderIsReported();
};

void TestCsvWriter::encodesCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain text unchanged") << QStringLiteral("Molde") << QStringLiteral("Molde");
    QTest::newRow("æøå unchanged") << QStringLiteral("Sølvi Ålesund") << QStringLiteral("Sølvi Ålesund");
    QTest::newRow("delimiter is quoted") << QStringLiteral("A;B") << QStringLiteral("\"A;B\"");
    QTest::newRow("quote doubled") << QStringLiteral("14\" skjerm") << QStringLiteral("\"14\"\" skjerm\"");
    QTest::newRow("line break quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula = neutralised") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
    QTest::newRow("formula + neutralised") << QStringLiteral("+47 999") << QStringLiteral("'+47 999");
    QTest::newRow("formula - neutralised") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("formula @ neutralised") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("leading tab neutralised") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR neutralised and quoted") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula with delimiter neutralised then quoted")
        << QStringLiteral("=HYPERLINK(\"x\";\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"");
}

void TestCsvWriter::encodesCells()
{
    QFETCH(QString, text);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeText(text, CsvWriter::Options()), encoded);
}

void TestCsvWriter::writesBomCrlfAndNumbers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvWriter writer(path);
    QVERIFY(writer.open().ok());
    writer.writeRow({QStringLiteral("Kommune"), QStringLiteral("Antall"), QStringLiteral("Sum")});
    writer.addText(QStringLiteral("Ålesund"));
    writer.addNumber(qint64(-12));
    writer.addNumber(12345.5, 2);
    writer.endRow();
    QVERIFY(!QFile::exists(path)); // nothing in place until commit
    QVERIFY(writer.commit().ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFKommune;Antall;Sum\r\n\xC3\x85lesund;-12;12345,50\r\n"));
}

void TestCsvWriter::commaDelimiterUsesDecimalPoint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvWriter writer(path, CsvWriter::Options{u',', false, true});
    QVERIFY(writer.open().ok());
    writer.addText(QStringLiteral("a,b"));
    writer.addNumber(1.25, 2);
    writer.endRow();
    QVERIFY(writer.commit().ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\"a,b\",1.25\r\n"));
}

void TestCsvWriter::unwritableFolderIsReported()
{
    CsvWriter writer(QStringLiteral("/nonexistent-folder/out.csv"));
    const Status opened = writer.open();
    QVERIFY(!opened.ok());
    QVERIFY(opened.errorMessage().contains(QLatin1String("/nonexistent-folder/out.csv")));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
