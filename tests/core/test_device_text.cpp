// The one rule for what a serial number and a device's text may be (issue 19, points 6 and 7): the import, the swap,
// bulk edits and the GUI all ask domain/DeviceText.h.
#include "domain/DeviceText.h"
#include "import/ImportValues.h"

#include <QTest>

using namespace rullering;

class TestDeviceText : public QObject
{
    Q_OBJECT

private slots:
    void serialProblems_data();
    void serialProblems();
    void importAndRuleAgreeOnPlaceholders_data();
    void importAndRuleAgreeOnPlaceholders();
    void textProblems_data();
    void textProblems();
    void controlCharactersAreUnicodesOwn();
    void controlCharactersAreEscaped_data();
    void controlCharactersAreEscaped();
};

void TestDeviceText::serialProblems_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("problemPart"); // empty: a valid serial
    QTest::newRow("Dell service tag") << QStringLiteral("7XK2LM3") << QString();
    QTest::newRow("64 characters is the limit") << QString(64, u'A') << QString();
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("placeholder");
    QTest::newRow("all zeros") << QStringLiteral("0000-0000") << QStringLiteral("placeholder");
    QTest::newRow("Default string") << QStringLiteral("DEFAULT STRING") << QStringLiteral("placeholder");
    QTest::newRow("To be filled by O.E.M.")
        << QStringLiteral("TO BE FILLED BY O.E.M.") << QStringLiteral("placeholder");
    QTest::newRow("System Serial Number") << QStringLiteral("SYSTEM SERIAL NUMBER") << QStringLiteral("placeholder");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("embedded tab") << QStringLiteral("AB\tCD")
                                  << QStringLiteral("control character (TAB, U+0009) at character 3");
    QTest::newRow("embedded newline") << QStringLiteral("AB\nCD") << QStringLiteral("control character (LF, U+000A)");
    QTest::newRow("ESC") << QStringLiteral("AB\x1b[31m") << QStringLiteral("control character (ESC, U+001B)");
    QTest::newRow("C1 control") << QStringLiteral("AB\u0085") << QStringLiteral("U+0085");
    QTest::newRow("65 characters") << QString(65, u'A') << QStringLiteral("65 characters long; at most 64");
    QTest::newRow("5,000 characters") << QString(5000, u'X') << QStringLiteral("5000 characters long");
}

void TestDeviceText::serialProblems()
{
    QFETCH(QString, serial);
    QFETCH(QString, problemPart);
    const QString problem = Serial::problem(serial);
    if (problemPart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemPart), qPrintable(problem));
    // The message never carries the raw control character (it goes to a terminal or a one-line label).
    for (const QChar c : problem)
        QVERIFY(c.category() != QChar::Other_Control);
    QVERIFY(problem.size() < 300);
}

void TestDeviceText::importAndRuleAgreeOnPlaceholders_data()
{
    QTest::addColumn<QString>("raw");
    for (const char* raw : {"0", "default string", "To be filled by O.E.M.", "System Serial Number", "None", "N/A",
                            "000", " 0 ", "PF3XK2LM", "5CG1234XYZ"})
        QTest::newRow(raw) << QString::fromLatin1(raw);
}

void TestDeviceText::importAndRuleAgreeOnPlaceholders()
{
    QFETCH(QString, raw);
    const QString normalised = normaliseSerial(raw);
    QCOMPARE(normalised, Serial::normalise(raw));
    QCOMPARE(isJunkSerial(normalised), Serial::isPlaceholder(normalised));
    QCOMPARE(Serial::problem(normalised).contains(QStringLiteral("placeholder")), isJunkSerial(normalised));
}

void TestDeviceText::textProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("problemPart");
    const int name = int(TextKind::Name);
    const int notes = int(TextKind::Notes);
    QTest::newRow("plain name") << QStringLiteral("Rådhuset 2. etg") << name << QString();
    QTest::newRow("tab in a name") << QStringLiteral("Rådhuset\t2") << name << QStringLiteral("TAB");
    QTest::newRow("line separator in a name") << QStringLiteral("A\u2028B") << name << QStringLiteral("U+2028");
    QTest::newRow("DEL in a name") << QStringLiteral("A\x7f") << name << QStringLiteral("DEL");
    QTest::newRow("256 characters") << QString(256, u'n') << name << QString();
    QTest::newRow("257 characters") << QString(257, u'n') << name << QStringLiteral("257 characters long");
    QTest::newRow("line breaks and tabs in notes") << QStringLiteral("first\r\nsecond\n\tthird") << notes << QString();
    QTest::newRow("ESC in notes") << QStringLiteral("red \x1b[31m") << notes << QStringLiteral("ESC");
    QTest::newRow("10,000 characters of notes") << QString(10000, u'n') << notes << QString();
    QTest::newRow("10,001 characters of notes") << QString(10001, u'n') << notes << QStringLiteral("at most 10000");
}

void TestDeviceText::textProblems()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, problemPart);
    const QString problem = textProblem(text, TextKind(kind));
    if (problemPart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemPart), qPrintable(problem));
}

// The check answers ASCII and the C0/C1 ranges without Unicode's tables: every character of the Basic Multilingual
// Plane must get the verdict its Unicode category gives (a control character, or a line or paragraph separator).
void TestDeviceText::controlCharactersAreUnicodesOwn()
{
    for (char32_t u = 0; u <= 0xffff; ++u) {
        const QChar c{char16_t(u)};
        const QChar::Category category = QChar::category(u);
        const bool control = category == QChar::Other_Control || category == QChar::Separator_Line ||
                             category == QChar::Separator_Paragraph;
        const bool refused = !textProblem(QStringView(&c, 1), TextKind::Name).isEmpty();
        if (refused != control)
            QFAIL(qPrintable(
                QStringLiteral("U+%1: refused %2, control %3").arg(int(u), 4, 16).arg(refused).arg(control)));
    }
}

void TestDeviceText::controlCharactersAreEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain text is unchanged") << QStringLiteral("Smøla|PC-1") << QStringLiteral("Smøla|PC-1");
    QTest::newRow("ESC sequence") << QStringLiteral("\x1b[2J") << QStringLiteral("\\e[2J");
    QTest::newRow("CRLF and tab") << QStringLiteral("a\r\n\tb") << QStringLiteral("a\\r\\n\\tb");
    QTest::newRow("backslash is doubled") << QStringLiteral("C:\\x") << QStringLiteral("C:\\\\x");
    QTest::newRow("other C0 and C1") << QStringLiteral("\x07\u009b") << QStringLiteral("\\x07\\x9b");
}

void TestDeviceText::controlCharactersAreEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapeControlCharacters(text), shown);
}

QTEST_GUILESS_MAIN(TestDeviceText)
#include "test_device_text.moc"
