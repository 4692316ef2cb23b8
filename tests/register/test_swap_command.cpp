// rullering-cli swap OLD NEW [--technician NAME] [--date YYYY-MM-DD]: the flags and exit codes are a contract.
#include "CliCommand.h"
#include "CliContext.h"
#include "RegisterFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestSwapCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsTheSwap();
    void secondSwapOfOneDeviceSaysWhoReplacedIt();
    void exitCodes_data();
    void exitCodes();

private:
    int run(const QStringList& arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    RegisterFixture m_fx;
    QString m_out, m_err;
};

void TestSwapCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_fx.open(m_dir->filePath(QStringLiteral("cli.rullering"))));
    QVERIFY(m_fx.add(m_fx.inUse(QStringLiteral("OLD1"))) > 0);
    m_out.clear();
    m_err.clear();
}

void TestSwapCommand::cleanup()
{
    m_fx = RegisterFixture();
    m_dir.reset();
}

int TestSwapCommand::run(const QStringList& arguments)
{
    QTextStream out(&m_out), err(&m_err);
    cli::CliContext context(m_fx.database->path(), out, err);
    for (const cli::CliCommand& command : cli::cliCommands()) {
        if (command.name == QLatin1String("swap"))
            return command.run(arguments, context);
    }
    return -1;
}

void TestSwapCommand::recordsTheSwap()
{
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QCOMPARE(run({QStringLiteral("OLD1"), QStringLiteral("NEW1"), QStringLiteral("--technician"), QStringLiteral("Per"),
                  QStringLiteral("--date"), yesterday}),
             int(cli::ExitOk));
    QVERIFY2(m_out.contains(QStringLiteral("OLD1 replaced by NEW1")), qPrintable(m_out));
    const Device old = m_fx.bySerial(QStringLiteral("OLD1"));
    QCOMPARE(old.state, LifecycleState::Replaced);
    QCOMPARE(old.replacedByTechnician, QStringLiteral("Per"));
    QCOMPARE(old.replacedOn.toString(Qt::ISODate), yesterday);
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEW1")).inServiceFrom.toString(Qt::ISODate), yesterday);
}

void TestSwapCommand::secondSwapOfOneDeviceSaysWhoReplacedIt()
{
    // Issue 18: the technician who scans a device another has just swapped is told by whom, and the CLI exits 1.
    QCOMPARE(
        run({QStringLiteral("OLD1"), QStringLiteral("NEW1"), QStringLiteral("--technician"), QStringLiteral("Per")}),
        int(cli::ExitOk));
    m_err.clear();
    QCOMPARE(
        run({QStringLiteral("OLD1"), QStringLiteral("NEW2"), QStringLiteral("--technician"), QStringLiteral("Kari")}),
        int(cli::ExitFailed));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY2(m_err.contains(QStringLiteral("OLD1 (MOL-OLD1) was already replaced by NEW1 at ") + today),
             qPrintable(m_err));
    QVERIFY2(m_err.trimmed().endsWith(QStringLiteral(" by Per.")), qPrintable(m_err));
    QCOMPARE(m_err.count(u'\n'), 1);
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEW2")).id, qint64(0));
}

void TestSwapCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    const auto args = [](const char* text) {
        return QString::fromLatin1(text).split(u' ');
    };
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QTest::newRow("one serial is a usage error") << args("OLD1") << 2 << QStringLiteral("OLD NEW");
    QTest::newRow("malformed date is a usage error")
        << args("OLD1 NEW1 --date 23.11.2026") << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown flag is a usage error") << args("OLD1 NEW1 --tech x") << 2 << QStringLiteral("tech");
    QTest::newRow("unknown old serial is refused") << args("NOPE NEW1") << 1 << QStringLiteral("No device with serial");
    QTest::newRow("same serial twice is refused") << args("OLD1 OLD1") << 1 << QStringLiteral("same as the old one");
    QTest::newRow("future date is refused") << (args("OLD1 NEW1 --date") << tomorrow) << 1 << QStringLiteral("future");
    // Issue 19: what swap stores must import back (6, 7), and its date must be possible (8).
    QTest::newRow("placeholder 0 is refused") << args("OLD1 0") << 1 << QStringLiteral("placeholder");
    QTest::newRow("Default string is refused")
        << QStringList{QStringLiteral("OLD1"), QStringLiteral("Default string")} << 1 << QStringLiteral("placeholder");
    QTest::newRow("embedded newline is refused on one line")
        << QStringList{QStringLiteral("OLD1"), QStringLiteral("NEW\n1")} << 1
        << QStringLiteral("\"NEW\\n1\" contains a control character (LF");
    QTest::newRow("5,000-character serial is refused")
        << QStringList{QStringLiteral("OLD1"), QString(5000, u'N')} << 1 << QStringLiteral("5000 characters long");
    QTest::newRow("date in 1900 is refused")
        << args("OLD1 NEW1 --date 1900-01-01") << 1 << QStringLiteral("before 1980-01-01");
    QTest::newRow("date before production is refused")
        << args("OLD1 NEW1 --date 2016-06-01") << 1 << QStringLiteral("was produced (2017)");
}

void TestSwapCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    QCOMPARE(run(arguments), exitCode);
    QVERIFY2(m_err.contains(stderrPart), qPrintable(m_err));
    QCOMPARE(m_err.count(u'\n'), 1); // one line, for scripts
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse);
}

QTEST_GUILESS_MAIN(TestSwapCommand)
#include "test_swap_command.moc"
