// What an import stores as text (issue 19, points 7 and 13): control characters and over-long values are refused
// with the line and the column, and a quoted field's line breaks are kept as the file wrote them.
#include "ImportScratch.h"
#include "export/DeviceCsvExport.h"
#include "import/CsvReader.h"
#include "import/ImportApplier.h"

#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestImportText : public QObject, private ImportScratch
{
    Q_OBJECT

private slots:
    void init()
    {
        RULLERING_REQUIRE_TEST_ENGINE();
        QVERIFY2(create(), qPrintable(error()));
    }
    void cleanup() { clear(); }
    void controlCharactersAndOverlongTextAreRejected_data();
    void controlCharactersAndOverlongTextAreRejected();
    void notesKeepTheirLineBreaksThroughExportAndImport();
    void serialsWithQuotesBracesAndCommasAreFoundAgain();
};

void TestImportText::controlCharactersAndOverlongTextAreRejected_data()
{
    QTest::addColumn<QByteArray>("badRow");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("ESC in a device name") << QByteArray("S2;PC-\x1b[2J;OptiPlex;x") << s("Device name (column 2)");
    QTest::newRow("ESC named") << QByteArray("S2;PC-\x1b[2J;OptiPlex;x") << s("(ESC, U+001B) at character 4");
    QTest::newRow("tab in a quoted model") << QByteArray("S2;PC-2;\"Opti\tPlex\";x") << s("Model (column 3)");
    QTest::newRow("line break in a quoted serial") << QByteArray("\"S\r\n2\";PC-2;OptiPlex;x") << s("(CR, U+000D)");
    QTest::newRow("5,000-character serial")
        << (QByteArray("S") + QByteArray(4999, '7') + ";PC-2;OptiPlex;x") << s("5000 characters long; at most 64");
    QTest::newRow("300-character model") << (QByteArray("S2;PC-2;") + QByteArray(300, 'm') + ";x")
                                         << s("Model (column 3)");
    QTest::newRow("ESC in notes") << QByteArray("S2;PC-2;OptiPlex;\"red\x1b[31m\"") << s("Notes (column 4)");
}

void TestImportText::controlCharactersAndOverlongTextAreRejected()
{
    QFETCH(QByteArray, badRow);
    QFETCH(QString, reasonPart);
    const QString path =
        write(s("bad.csv"), "Serial number;Device name;Model;Notes\r\nS1;PC-1;OptiPlex;fine\r\n" + badRow + "\r\n");
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(!report->applied);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.constFirst().line, 3);
    const QString reason = report->rejected.constFirst().reason;
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    for (const QChar c : reason) // the reason is shown on a terminal and in one-line cells
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(reason));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), 0);
}

void TestImportText::notesKeepTheirLineBreaksThroughExportAndImport()
{
    const QString path = write(s("notes.csv"), "Serial number;Device name;Notes\r\n"
                                               "S1;PC-1;\"Once upon \r\na time\"\r\n"
                                               "S2;PC-2;\"unix\nline\tand tab\"\r\n");
    Result<ImportReport> first = ImportApplier::run(db(), path, {});
    QVERIFY2(first.ok() && first->applied, qPrintable(first.errorMessage()));
    QCOMPARE(first->created, 2);
    QCOMPARE(text(db(), "SELECT notes FROM device WHERE serial = 'S1'"), s("Once upon \r\na time"));
    QCOMPARE(text(db(), "SELECT notes FROM device WHERE serial = 'S2'"), s("unix\nline\tand tab"));

    // Rullering's own export reads back unchanged, line breaks and all.
    const QString exported = filePath(s("export.csv"));
    QVERIFY(DeviceCsvExport::write(db(), exported, {}).ok());
    Result<ImportReport> again = ImportApplier::run(db(), exported, {});
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QVERIFY2(again->rejected.isEmpty(), again->rejected.isEmpty() ? "" : qPrintable(again->rejected[0].reason));
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(again->updated, 0);
    QCOMPARE(text(db(), "SELECT notes FROM device WHERE serial = 'S1'"), s("Once upon \r\na time"));
}

// A second import finds each device by its serial, whatever characters it holds (on a server the serials of a batch
// of rows are looked up at once, as one array value: quotes, backslashes, commas and braces are text).
void TestImportText::serialsWithQuotesBracesAndCommasAreFoundAgain()
{
    const QByteArray rows = "\"A\"\"1\";PC-1\r\nB\\2;PC-2\r\n\"C,3\";PC-3\r\n{D4};PC-4\r\nNULL5;PC-5\r\n'E5';PC-6\r\n";
    const QString first = write(s("first.csv"), "Serial number;Device name\r\n" + rows);
    Result<ImportReport> created = ImportApplier::run(db(), first, {});
    QVERIFY2(created.ok() && created->applied, qPrintable(created.errorMessage()));
    QCOMPARE(created->created, 6);
    QCOMPARE(text(db(), "SELECT hostname FROM device WHERE serial = 'A\"1'"), s("PC-1"));
    QCOMPARE(text(db(), "SELECT hostname FROM device WHERE serial = 'B\\2'"), s("PC-2"));

    const QString second =
        write(s("second.csv"), "Serial number;Device name\r\n" + QByteArray(rows).replace("PC-", "NEW-"));
    Result<ImportReport> updated = ImportApplier::run(db(), second, {});
    QVERIFY2(updated.ok() && updated->applied, qPrintable(updated.errorMessage()));
    QCOMPARE(updated->created, 0);
    QCOMPARE(updated->updated, 6);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE hostname LIKE 'NEW-%'"), 6);
}

QTEST_GUILESS_MAIN(TestImportText)
#include "test_import_text.moc"
