// COPY's text format as both PostgreSQL writers send it (PostgresCopyText): a value holding a backslash, tab, newline
// or carriage return must reach the server as the same value, not as a new column or row.
#include "storage/PostgresCopyText.h"

#include <QTest>

#include <string>

using namespace rullering;

class TestPostgresCopyText : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void escapesAtEveryPlace();
};

void TestPostgresCopyText::escapes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("plain") << QByteArray("MOL-L1234") << QByteArray("MOL-L1234");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("Norwegian letters pass as UTF-8") << QByteArray("Ålesund rådhus") << QByteArray("Ålesund rådhus");
    QTest::newRow("backslash (a domain user)") << QByteArray("KOMMUNE\\kari") << QByteArray("KOMMUNE\\\\kari");
    QTest::newRow("tab would split a column") << QByteArray("a\tb") << QByteArray("a\\tb");
    QTest::newRow("newline would end the row") << QByteArray("line 1\nline 2") << QByteArray("line 1\\nline 2");
    QTest::newRow("carriage return") << QByteArray("x\r\n") << QByteArray("x\\r\\n");
    QTest::newRow("all at the ends") << QByteArray("\\\t\n\r") << QByteArray("\\\\\\t\\n\\r");
    QTest::newRow("looks like NULL") << QByteArray("\\N") << QByteArray("\\\\N");
    // The writer looks at eight bytes at a time: a character to escape at every place of a long value.
    QTest::newRow("tab in the first word") << QByteArray("abcdefg\thijklmnopq") << QByteArray("abcdefg\\thijklmnopq");
    QTest::newRow("newline in the second word")
        << QByteArray("abcdefgh\nijklmnopq") << QByteArray("abcdefgh\\nijklmnopq");
    QTest::newRow("backslash in the tail") << QByteArray("abcdefghijklmnop\\") << QByteArray("abcdefghijklmnop\\\\");
    QTest::newRow("other control characters pass")
        << QByteArray("abcdefgh\x1b[0m ijklmnop\x01") << QByteArray("abcdefgh\x1b[0m ijklmnop\x01");
    QTest::newRow("UTF-8 words beside a return")
        << QByteArray("Ålesund rådhus \r\nTromsø") << QByteArray("Ålesund rådhus \\r\\nTromsø");
    QTest::newRow("bytes next to the escaped ones")
        << QByteArray("[\\]^_`\x1f !\x7f\x80\t\x5b\x5d") << QByteArray("[\\\\]^_`\x1f !\x7f\x80\\t\x5b\x5d");
}

void TestPostgresCopyText::escapes()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, sent);
    QByteArray out("prefix|");
    appendCopyText(out, value.constData(), value.size());
    QCOMPARE(out, QByteArray("prefix|") + sent);
}

void TestPostgresCopyText::escapesAtEveryPlace()
{
    // Each escaped character at each offset of values up to three words long, against the byte-by-byte rule.
    for (const char special : {'\\', '\t', '\n', '\r'}) {
        for (int length = 1; length <= 24; ++length) {
            for (int at = 0; at < length; ++at) {
                QByteArray value(length, 'x');
                value[at] = special;
                QByteArray expected = value.left(at) + '\\' +
                                      (special == '\\'   ? '\\'
                                       : special == '\t' ? 't'
                                       : special == '\n' ? 'n'
                                                         : 'r') +
                                      value.mid(at + 1);
                std::string out;
                appendCopyText(out, value.constData(), value.size());
                QCOMPARE(QByteArray::fromStdString(out), expected);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestPostgresCopyText)
#include "test_postgres_copy_text.moc"
