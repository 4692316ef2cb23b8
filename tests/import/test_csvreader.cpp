#include "import/CsvReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QStringDecoder>
#include <QTest>

using namespace rullering;

namespace {

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8);
        const char lo = char(u & 0xFF);
        bytes.append(bigEndian ? hi : lo);
        bytes.append(bigEndian ? lo : hi);
    }
    return bytes;
}

// Rows as "a|b|c" for compact expectations (no test value holds '|' except the pipe-delimited case's fields).
QStringList readAll(CsvReader& reader, QList<CsvError>& errors)
{
    QStringList rows;
    while (reader.readRecord()) {
        rows.append(reader.fields().join(u'|'));
        if (reader.recordError())
            errors.append(*reader.recordError());
    }
    return rows;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void emptyFileFailsWithPosition();
    void chunkBoundariesDoNotMatter_data();
    void chunkBoundariesDoNotMatter();
    void overlongLineIsCutAndReadingGoesOn();
    void hashCoversEveryByte();
    void hashFromStartCoversWhatOpenRead();
    void estimatesRecordsFromWhatOpenRead();
    void encodingDecidedPastTheFirstMegabyte_data();
    void encodingDecidedPastTheFirstMegabyte();
    void invalidBytesAreReportedInTheirOwnRows();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArrayList>("rows");
    QTest::addColumn<int>("errorLine"); // 0: no error
    QTest::addColumn<int>("errorColumn");
    QTest::addColumn<QByteArray>("errorText");

    const QByteArray u8("UTF-8");
    QTest::newRow("comma and LF") << QByteArray("a,b\n1,2\n3,4\n") << u8 << QByteArray(",") << QByteArray("a|b")
                                  << QByteArrayList{QByteArray("1|2"), QByteArray("3|4")} << 0 << 0 << QByteArray();
    QTest::newRow("semicolon and CRLF") << QByteArray("a;b\r\n1,5;2\r\n") << u8 << QByteArray(";") << QByteArray("a|b")
                                        << QByteArrayList{QByteArray("1,5|2")} << 0 << 0 << QByteArray();
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << u8 << QByteArray("tab") << QByteArray("a|b")
                         << QByteArrayList{QByteArray("1|2")} << 0 << 0 << QByteArray();
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << u8 << QByteArray("|") << QByteArray("a|b|c")
                          << QByteArrayList{QByteArray("1|2|3")} << 0 << 0 << QByteArray();
    QTest::newRow("lone CR line ends") << QByteArray("a,b\r1,2\r3,4\r") << u8 << QByteArray(",") << QByteArray("a|b")
                                       << QByteArrayList{QByteArray("1|2"), QByteArray("3|4")} << 0 << 0
                                       << QByteArray();
    QTest::newRow("quoted delimiter, doubled quote, line break inside quotes")
        << QByteArray("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",z\n") << u8 << QByteArray(",")
        << QByteArray("a|b") << QByteArrayList{QByteArray("x,y|say \"hi\""), QByteArray("two\r\nlines|z")} << 0 << 0
        << QByteArray();
    QTest::newRow("line breaks inside quotes kept as written")
        << QByteArray("a,b\r\n\"Once upon \r\na time\",\"lone\rCR\"\r\n\"unix\nLF\",z\r\n") << u8 << QByteArray(",")
        << QByteArray("a|b") << QByteArrayList{QByteArray("Once upon \r\na time|lone\rCR"), QByteArray("unix\nLF|z")}
        << 0 << 0 << QByteArray();
    QTest::newRow("empty fields and empty quoted field")
        << QByteArray("a,b,c\n,,\n\"\",x,\n") << u8 << QByteArray(",") << QByteArray("a|b|c")
        << QByteArrayList{QByteArray("||"), QByteArray("|x|")} << 0 << 0 << QByteArray();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFKommune;Bygg\nSm\xC3\xB8la;R\xC3\xA5"
                                                  "dhuset\n")
                                    << QByteArray("UTF-8 BOM") << QByteArray(";") << QByteArray("Kommune|Bygg")
                                    << QByteArrayList{QByteArray("Smøla|Rådhuset")} << 0 << 0 << QByteArray();
    QTest::newRow("UTF-16 LE with BOM") << utf16(QStringLiteral("Navn,År\r\nÆrø,2019\r\n"), false)
                                        << QByteArray("UTF-16LE") << QByteArray(",") << QByteArray("Navn|År")
                                        << QByteArrayList{QByteArray("Ærø|2019")} << 0 << 0 << QByteArray();
    QTest::newRow("UTF-16 BE with BOM") << utf16(QStringLiteral("Navn;År\nØya;2020\n"), true) << QByteArray("UTF-16BE")
                                        << QByteArray(";") << QByteArray("Navn|År")
                                        << QByteArrayList{QByteArray("Øya|2020")} << 0 << 0 << QByteArray();
    QTest::newRow("Windows-1252 when not valid UTF-8")
        << QByteArray("Kommune;Avdeling\r\nSm\xF8la;Skole \x96 oppvekst\r\n") << QByteArray("Windows-1252")
        << QByteArray(";") << QByteArray("Kommune|Avdeling") << QByteArrayList{QByteArray("Smøla|Skole – oppvekst")}
        << 0 << 0 << QByteArray();
    QTest::newRow("Excel sep= line names the delimiter")
        << QByteArray("sep=,\r\na;b,c\r\n1;2,3\r\n") << u8 << QByteArray(",") << QByteArray("a;b|c")
        << QByteArrayList{QByteArray("1;2|3")} << 0 << 0 << QByteArray();
    QTest::newRow("PowerShell #TYPE line is skipped")
        << QByteArray("#TYPE Microsoft.ActiveDirectory.Management.ADComputer\r\n\"Name\",\"OS\"\r\n\"PC1\",\"W11\"\r\n")
        << u8 << QByteArray(",") << QByteArray("Name|OS") << QByteArrayList{QByteArray("PC1|W11")} << 0 << 0
        << QByteArray();
    QTest::newRow("blank lines are skipped")
        << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n\n") << u8 << QByteArray(",") << QByteArray("a|b")
        << QByteArrayList{QByteArray("1|2"), QByteArray("3|4")} << 0 << 0 << QByteArray();
    QTest::newRow("last line without line end") << QByteArray("a,b\n1,2") << u8 << QByteArray(",") << QByteArray("a|b")
                                                << QByteArrayList{QByteArray("1|2")} << 0 << 0 << QByteArray();
    QTest::newRow("header only") << QByteArray("a,b\r\n") << u8 << QByteArray(",") << QByteArray("a|b")
                                 << QByteArrayList{} << 0 << 0 << QByteArray();
    QTest::newRow("unterminated quote names the opening quote")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << u8 << QByteArray(",") << QByteArray("a|b")
        << QByteArrayList{QByteArray("1|2"), QByteArray("3|never closed\n4,5\n")} << 3 << 3
        << QByteArray("never closed");
    QTest::newRow("stray quote inside an unquoted field")
        << QByteArray("a,b\n1,2\nab\"c,d\n") << u8 << QByteArray(",") << QByteArray("a|b")
        << QByteArrayList{QByteArray("1|2"), QByteArray("ab\"c|d")} << 3 << 3 << QByteArray("quote inside a field");
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b\n\"x\"y,z\n") << u8 << QByteArray(",") << QByteArray("a|b")
        << QByteArrayList{QByteArray("xy|z")} << 2 << 4 << QByteArray("after the closing quote");
    QTest::newRow("ragged row with too many fields")
        << QByteArray("a,b\n1,2\n3,4,5\n6,7\n") << u8 << QByteArray(",") << QByteArray("a|b")
        << QByteArrayList{QByteArray("1|2"), QByteArray("3|4|5"), QByteArray("6|7")} << 3 << 5
        << QByteArray("3 fields");
    QTest::newRow("ragged row with too few fields")
        << QByteArray("a,b,c\n1,2,3\n4,5\n") << u8 << QByteArray(",") << QByteArray("a|b|c")
        << QByteArrayList{QByteArray("1|2|3"), QByteArray("4|5")} << 3 << 4 << QByteArray("2 fields");
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\n3,x\0y\n", 14) << u8 << QByteArray(",") << QByteArray("a|b")
                              << QByteArrayList{QByteArray("1|2"), QByteArray("3|xy")} << 3 << 4 << QByteArray("NUL");
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, delimiter);
    QFETCH(QByteArray, header);
    QFETCH(QByteArrayList, rows);
    QFETCH(int, errorLine);
    QFETCH(int, errorColumn);
    QFETCH(QByteArray, errorText);
    QStringList expectedRows;
    for (const QByteArray& row : rows)
        expectedRows.append(QString::fromUtf8(row));

    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    const Status opened = reader.open(&buffer);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE(CsvReader::encodingName(reader.encoding()), QString::fromUtf8(encoding));
    QCOMPARE(CsvReader::delimiterName(reader.delimiter()), QString::fromUtf8(delimiter));
    QCOMPARE(reader.header().join(u'|'), QString::fromUtf8(header));
    QList<CsvError> errors;
    QCOMPARE(readAll(reader, errors), expectedRows);
    if (errorLine == 0) {
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.constFirst().message));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().line, errorLine);
    QCOMPARE(errors.constFirst().column, errorColumn);
    QVERIFY2(errors.constFirst().message.contains(QString::fromUtf8(errorText)),
             qPrintable(errors.constFirst().message));
}

void TestCsvReader::emptyFileFailsWithPosition()
{
    for (const QByteArray& input : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\r\n")}) {
        QByteArray copy = input;
        QBuffer buffer(&copy);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader;
        QVERIFY(!reader.open(&buffer).ok());
        QVERIFY(reader.openError().has_value());
        QVERIFY(reader.openError()->line >= 1);
        QCOMPARE(reader.openError()->column, 1);
    }
}

void TestCsvReader::chunkBoundariesDoNotMatter_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 2, 3, 5, 7, 64})
        QTest::newRow(qPrintable(QStringLiteral("%1-byte chunks").arg(chunk))) << chunk;
}

void TestCsvReader::chunkBoundariesDoNotMatter()
{
    QFETCH(int, chunk);
    // CRLF, multi-byte UTF-8 and a doubled quote all fall across chunk edges at some size; a quoted CRLF stays CRLF
    // (RFC 4180) wherever the chunk ends.
    QByteArray input("Kommune;Navn\r\nSm\xC3\xB8la;\"A \"\"b\"\";c\"\r\n\xC3\x86rfugl;\"x\r\ny\"\r\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.chunkBytes = chunk;
    CsvReader reader;
    QVERIFY(reader.open(&buffer, options).ok());
    QList<CsvError> errors;
    QCOMPARE(readAll(reader, errors),
             (QStringList{QStringLiteral("Smøla|A \"b\";c"), QStringLiteral("Ærfugl|x\r\ny")}));
    QVERIFY(errors.isEmpty());
}

void TestCsvReader::overlongLineIsCutAndReadingGoesOn()
{
    QByteArray input("a,b\n1,");
    input.append(QByteArray(10 * 1024 * 1024, 'x'));
    input.append("\n2,3\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer).ok());
    QVERIFY(reader.readRecord());
    QVERIFY(reader.recordError().has_value());
    QCOMPARE(reader.recordError()->line, 2);
    QVERIFY(reader.recordError()->message.contains(QStringLiteral("longer than")));
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fields(), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(reader.recordLine(), 3);
    QVERIFY(!reader.recordError());
    QVERIFY(!reader.readRecord());
}

void TestCsvReader::hashCoversEveryByte()
{
    QByteArray input("a,b\n");
    for (int i = 0; i < 20000; ++i)
        input.append(QByteArray::number(i) + ",x\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Sha256 hash;
    CsvReader::Options options;
    options.hash = &hash;
    options.chunkBytes = 4096;
    CsvReader reader;
    QVERIFY(reader.open(&buffer, options).ok());
    int rows = 0;
    while (reader.readRecord())
        ++rows;
    QCOMPARE(rows, 20000);
    QCOMPARE(hash.result(), QCryptographicHash::hash(input, QCryptographicHash::Sha256));
}

void TestCsvReader::hashFromStartCoversWhatOpenRead()
{
    QByteArray input("\xEF\xBB\xBF"
                     "a;b\n");       // the byte-order mark is hashed too
    for (int i = 0; i < 200000; ++i) // ~2 MB: beyond what open() reads
        input.append(QByteArray::number(i) + ";x\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer, {}).ok());
    QVERIFY(reader.readRecord()); // still within the first megabyte
    Sha256 hash;
    QVERIFY(reader.hashFromStart(&hash));
    Sha256 another;
    QVERIFY(!reader.hashFromStart(&another)); // one hash at a time
    int rows = 1;
    while (reader.readRecord())
        ++rows;
    QCOMPARE(rows, 200000);
    QCOMPARE(hash.result(), QCryptographicHash::hash(input, QCryptographicHash::Sha256));

    // Once the reader has read on past what open() read, the start is gone: no hash.
    QBuffer again(&input);
    QVERIFY(again.open(QIODevice::ReadOnly));
    CsvReader late;
    QVERIFY(late.open(&again, {}).ok());
    for (int i = 0; i < 150000; ++i)
        QVERIFY(late.readRecord());
    Sha256 tooLate;
    QVERIFY(!late.hashFromStart(&tooLate));
}

namespace {

// A reader open on bytes it holds with it.
struct ReaderOn
{
    explicit ReaderOn(QByteArray input)
        : bytes(std::move(input))
        , buffer(&bytes)
    {
        opened = buffer.open(QIODevice::ReadOnly) && reader.open(&buffer, {}).ok();
    }
    QByteArray bytes;
    QBuffer buffer;
    CsvReader reader;
    bool opened = false;
};

} // namespace

void TestCsvReader::estimatesRecordsFromWhatOpenRead()
{
    // A file open() reads whole: its line breaks after the header, the last row without one counted too.
    ReaderOn whole("a;b\n1;x\n2;y\n3;z");
    QVERIFY(whole.opened);
    QCOMPARE(whole.reader.estimatedRecords(), std::optional<qint64>(3));
    ReaderOn empty("a;b\n");
    QVERIFY(empty.opened);
    QCOMPARE(empty.reader.estimatedRecords(), std::optional<qint64>(0));

    // ~4 MB of equal rows: the first megabyte's rows scaled to the file's size.
    QByteArray big("serial;name\n");
    const int rows = 200000;
    for (int i = 0; i < rows; ++i)
        big.append(QByteArray::number(1000000 + i) + ";PC-" + QByteArray::number(1000000 + i) + "\n");
    ReaderOn file(big);
    QVERIFY(file.opened);
    const std::optional<qint64> estimate = file.reader.estimatedRecords();
    QVERIFY(estimate);
    QVERIFY2(qAbs(*estimate - rows) < rows / 100, qPrintable(QString::number(*estimate)));

    // Once the reader has read on past what open() read, it no longer tells.
    for (int i = 0; i < 150000; ++i)
        QVERIFY(file.reader.readRecord());
    QVERIFY(!file.reader.estimatedRecords());

    // A file that open() reads whole but decodes only in part (its first 256 KB: the rest is decoded as the rows are
    // read): scaled by the bytes decoded, not by those read.
    const QByteArray within = big.left(700 * 1024);
    const qint64 withinRows = within.count('\n') - 1;
    ReaderOn partly(within);
    QVERIFY(partly.opened);
    const std::optional<qint64> partEstimate = partly.reader.estimatedRecords();
    QVERIFY(partEstimate);
    QVERIFY2(qAbs(*partEstimate - withinRows) < withinRows / 100,
             qPrintable(QStringLiteral("%1 for %2").arg(*partEstimate).arg(withinRows)));
    qint64 read = 0;
    while (partly.reader.readRecord())
        ++read;
    QCOMPARE(read, withinRows + 1); // the last row, cut off without its line break, is read too
}

namespace {

// Enough plain ASCII rows to fill the first megabyte the encoding is detected from.
QByteArray asciiRows(int rows)
{
    QByteArray bytes("Serienummer;Maskinnavn;Kommune\r\n");
    for (int i = 0; i < rows; ++i)
        bytes += "S" + QByteArray::number(i) + ";PC-" + QByteArray::number(i) + ";Molde\r\n";
    return bytes;
}

} // namespace

void TestCsvReader::encodingDecidedPastTheFirstMegabyte_data()
{
    QTest::addColumn<QByteArray>("lastRow");
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("Windows-1252") << QByteArray("SX1;PC-X1;B\xE6rum\r\n") << QByteArray("Windows-1252");
    QTest::newRow("UTF-8") << QByteArray("SX1;PC-X1;B\xC3\xA6rum\r\n") << QByteArray("UTF-8");
}

void TestCsvReader::encodingDecidedPastTheFirstMegabyte()
{
    QFETCH(QByteArray, lastRow);
    QFETCH(QByteArray, encoding);
    QByteArray bytes = asciiRows(60000);
    QVERIFY(bytes.size() > 1200 * 1024);
    bytes += lastRow;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer).ok());
    QList<CsvError> errors;
    const QStringList rows = readAll(reader, errors);
    QCOMPARE(rows.size(), 60001);
    QCOMPARE(rows.constLast(), QStringLiteral("SX1|PC-X1|B\u00e6rum"));
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.constFirst().message));
    QCOMPARE(CsvReader::encodingName(reader.encoding()).toLatin1(), encoding);
}

void TestCsvReader::invalidBytesAreReportedInTheirOwnRows()
{
    // UTF-8 from the start (valid æ in the first megabyte); two later rows hold Windows-1252 bytes.
    QByteArray bytes = "Serienummer;Maskinnavn;Kommune\r\nS;PC;\xC3\x86lesund\r\n" + asciiRows(60000).mid(32);
    bytes += "SX1;PC-X1;B\xE6rum\r\nSX2;PC-X2;Molde\r\nSX3;T\xF8nsberg-1;T\xF8nsberg\r\n";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer).ok());
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf8);
    QList<CsvError> errors;
    const QStringList rows = readAll(reader, errors);
    QCOMPARE(rows.size(), 60004);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].line, 60003);
    QCOMPARE(errors[0].column, 12); // "SX1;PC-X1;B" then the bad byte
    QVERIFY2(errors[0].message.contains(QStringLiteral("not valid UTF-8")), qPrintable(errors[0].message));
    QCOMPARE(errors[1].line, 60005);
    QCOMPARE(errors[1].column, 6);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
