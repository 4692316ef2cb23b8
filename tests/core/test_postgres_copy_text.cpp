// COPY's text format as both PostgreSQL writers send it (PostgresCopyText): a value holding a backslash, tab, newline
// or carriage return must reach the server as the same value, not as a new column or row.
#include "storage/PostgresCopyText.h"

#include <QTest>

using namespace rullering;

class TestPostgresCopyText : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
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
}

void TestPostgresCopyText::escapes()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, sent);
    QByteArray out("prefix|");
    appendCopyText(out, value.constData(), value.size());
    QCOMPARE(out, QByteArray("prefix|") + sent);
}

QTEST_GUILESS_MAIN(TestPostgresCopyText)
#include "test_postgres_copy_text.moc"
