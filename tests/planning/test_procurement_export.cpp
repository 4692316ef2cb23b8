// The procurement list as CSV and XLSX: BOM, delimiters, formula neutralisation, æøå, numbers as numbers.

#include "export/ProcurementExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

ProcurementList sampleList()
{
    ProcurementList list;
    list.year = 2024;
    auto line = [](qint64 municipalityId, const QString& municipality, const QString& department, DeviceType type,
                   const QString& model, qint64 needed, qint64 fromSupply, double price) {
        ProcurementLine l;
        l.municipalityId = municipalityId;
        l.municipality = municipality;
        l.department = department;
        l.type = type;
        l.model = model;
        l.needed = needed;
        l.fromSupply = fromSupply;
        l.quantity = needed - fromSupply;
        l.unitPrice = price;
        l.total = double(l.quantity) * price;
        return l;
    };
    list.lines = {
        line(1, QStringLiteral("Hå"), QString(), DeviceType::Laptop, QStringLiteral("Bærbar «standard» 14\""), 10, 3,
             11500),
        line(1, QStringLiteral("Hå"), QString(), DeviceType::Desktop, QStringLiteral("=HYPERLINK(\"http://x\")"), 2, 0,
             9800.5),
        line(2, QStringLiteral("Ærøy"), QStringLiteral("-Økonomi; lønn"), DeviceType::Tablet,
             QStringLiteral("@SUM(A1)"), 4, 0, 5000),
        line(2, QStringLiteral("Ærøy"), QStringLiteral("+47 skole"), DeviceType::Printer, QStringLiteral("\tSkriver"),
             1, 0, 7000),
    };
    list.subtotals = {{1, QStringLiteral("Hå"), 9, 7 * 11500 + 2 * 9800.5}, {2, QStringLiteral("Ærøy"), 5, 27000}};
    list.totalQuantity = 14;
    list.totalAmount = list.subtotals[0].total + list.subtotals[1].total;
    return list;
}

QStringList readLines(const QString& path, QByteArray* bom = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bom)
        *bom = bytes.left(3);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestProcurementExport : public QObject
{
    Q_OBJECT

private slots:
    void csvSemicolon();
    void csvComma();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void xlsxReadBack();
    void refusesUnknownExtension();
    void reportsAMissingFolder();

private:
    QTemporaryDir m_dir;
};

void TestProcurementExport::csvSemicolon()
{
    const QString path = m_dir.filePath(QStringLiteral("bestilling.csv"));
    QVERIFY(ProcurementExport::write(sampleList(), path).ok());
    QByteArray bom;
    const QStringList lines = readLines(path, &bom);
    QCOMPARE(bom, QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(lines.size(), 1 + 4 + 2 + 1); // header, each municipality's lines and sum, total
    QCOMPARE(lines[0], ProcurementExport::headers().join(u';'));
    QCOMPARE(lines[1], QStringLiteral("Hå;;Laptop;\"Bærbar «standard» 14\"\"\";10;3;7;11500,00;80500,00"));
    QCOMPARE(lines[3], QStringLiteral("Sum Hå;;;;;;9;;100101,00"));
    QCOMPARE(lines[7], QStringLiteral("Total;;;;;;14;;127101,00"));
}

void TestProcurementExport::csvComma()
{
    const QString path = m_dir.filePath(QStringLiteral("bestilling-komma.csv"));
    QVERIFY(ProcurementExport::write(sampleList(), path, u',').ok());
    const QStringList lines = readLines(path);
    QCOMPARE(lines[2], QStringLiteral("Hå,,Desktop,\"'=HYPERLINK(\"\"http://x\"\")\",2,0,2,9800.50,19601.00"));
    QCOMPARE(lines[4].section(u',', 0, 0), QStringLiteral("Ærøy"));
}

void TestProcurementExport::csvNeutralisesFormulas_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a model starting with = is text")
        << 2 << QStringLiteral("Hå;;Desktop;\"'=HYPERLINK(\"\"http://x\"\")\";2;0;2;9800,50;19601,00");
    QTest::newRow("a department starting with - and a model with @")
        << 4
        << QStringLiteral("Ærøy;\"'-Økonomi; lønn\";Tablet;"
                          "'@SUM(A1);4;0;4;5000,00;20000,00");
    QTest::newRow("a department starting with + and a model with a tab") << 5
                                                                         << QStringLiteral("Ærøy;'+47 skole;Printer;'\t"
                                                                                           "Skriver;1;0;1;7000,00;"
                                                                                           "7000,00");
}

void TestProcurementExport::csvNeutralisesFormulas()
{
    QFETCH(int, line);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("formler.csv"));
    QVERIFY(ProcurementExport::writeCsv(sampleList(), path).ok());
    QCOMPARE(readLines(path).value(line), expected);
}

void TestProcurementExport::xlsxReadBack()
{
    const QString path = m_dir.filePath(QStringLiteral("bestilling æøå.xlsx"));
    const Status written = ProcurementExport::write(sampleList(), path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK"); // a zip container

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString script = QStringLiteral(
        "import json, sys\n"
        "try:\n"
        "    import openpyxl\n"
        "except ImportError:\n"
        "    print('NO-OPENPYXL'); sys.exit(0)\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "ws = wb.active\n"
        "rows = [[{'v': c.value, 't': c.data_type, 'b': bool(c.font.b)} for c in r] for r in ws.iter_rows()]\n"
        "print(json.dumps({'title': ws.title, 'rows': rows, 'widthD': ws.column_dimensions['D'].width}))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAllStandardOutput();
    if (output.startsWith("NO-OPENPYXL"))
        QSKIP("python3-openpyxl is not installed");
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Procurement 2024"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 8);
    auto cell = [&](int row, int column) {
        return rows[row].toArray()[column].toObject();
    };
    QCOMPARE(cell(0, 0).value(QStringLiteral("v")).toString(), ProcurementExport::headers().constFirst());
    QVERIFY(cell(0, 0).value(QStringLiteral("b")).toBool());  // bold header
    QVERIFY(!cell(1, 0).value(QStringLiteral("b")).toBool()); // plain lines
    QCOMPARE(cell(1, 0).value(QStringLiteral("v")).toString(), QStringLiteral("Hå"));
    QCOMPARE(cell(1, 3).value(QStringLiteral("v")).toString(), QStringLiteral("Bærbar «standard» 14\""));
    QCOMPARE(cell(4, 1).value(QStringLiteral("v")).toString(), QStringLiteral("-Økonomi; lønn"));
    // A formula-looking text is a string cell, not a formula.
    QCOMPARE(cell(2, 3).value(QStringLiteral("t")).toString(), QStringLiteral("s"));
    QCOMPARE(cell(2, 3).value(QStringLiteral("v")).toString(), QStringLiteral("=HYPERLINK(\"http://x\")"));
    // Quantities and amounts are numbers.
    for (int column : {4, 5, 6, 7, 8})
        QCOMPARE(cell(1, column).value(QStringLiteral("t")).toString(), QStringLiteral("n"));
    QCOMPARE(cell(1, 6).value(QStringLiteral("v")).toDouble(), 7.0);
    QCOMPARE(cell(2, 7).value(QStringLiteral("v")).toDouble(), 9800.5);
    QCOMPARE(cell(7, 0).value(QStringLiteral("v")).toString(), QStringLiteral("Total"));
    QVERIFY(cell(7, 0).value(QStringLiteral("b")).toBool()); // bold sum row
    QCOMPARE(cell(7, 6).value(QStringLiteral("v")).toDouble(), 14.0);
    QCOMPARE(cell(7, 8).value(QStringLiteral("v")).toDouble(), 127101.0);
    QVERIFY(json.value(QStringLiteral("widthD")).toDouble() > 20); // sized to the model names
}

void TestProcurementExport::refusesUnknownExtension()
{
    const QString path = m_dir.filePath(QStringLiteral("bestilling.txt"));
    const Status status = ProcurementExport::write(sampleList(), path);
    QCOMPARE(status.error().code(), Error::Code::Invalid);
    QVERIFY(status.errorMessage().contains(QStringLiteral("bestilling.txt")));
    QVERIFY(!QFile::exists(path));
}

void TestProcurementExport::reportsAMissingFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("finnes-ikke/bestilling.xlsx"));
    const Status status = ProcurementExport::write(sampleList(), path);
    QVERIFY(!status.ok());
    QVERIFY(status.errorMessage().contains(QStringLiteral("finnes-ikke")));
}

QTEST_GUILESS_MAIN(TestProcurementExport)
#include "test_procurement_export.moc"
