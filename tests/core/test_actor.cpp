#include "storage/AuditLog.h"

#include <QProcess>
#include <QTest>

using namespace rullering;
using namespace Qt::StringLiterals;

// Who the audit log names: the name the application was given, else the environment, else the operating-system
// account, so a scheduled import run without USER or LOGNAME (systemd, some cron setups) is not "unknown".
class TestActor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void configuredNameComesFirst();
    void environmentInOrder_data();
    void environmentInOrder();
    void withoutEnvironmentTheAccountName();

private:
    static constexpr const char* variables[] = {"RULLERING_USER", "USER", "USERNAME", "LOGNAME"};
    QHash<QByteArray, QByteArray> saved;
};

void TestActor::init()
{
    saved.clear();
    for (const char* variable : variables) {
        if (qEnvironmentVariableIsSet(variable))
            saved.insert(variable, qgetenv(variable));
        qunsetenv(variable);
    }
    setConfiguredActor(QString());
}

void TestActor::cleanup()
{
    for (const char* variable : variables) {
        if (saved.contains(variable))
            qputenv(variable, saved.value(variable));
        else
            qunsetenv(variable);
    }
    setConfiguredActor(QString());
}

void TestActor::configuredNameComesFirst()
{
    qputenv("RULLERING_USER", "from-environment");
    setConfiguredActor(QStringLiteral("kari.nordmann"));
    QCOMPARE(currentActor(), QStringLiteral("kari.nordmann"));
    setConfiguredActor(QString());
    QCOMPARE(currentActor(), QStringLiteral("from-environment"));
}

void TestActor::environmentInOrder_data()
{
    QTest::addColumn<QStringList>("set"); // VARIABLE=value, in the order they are set
    QTest::addColumn<QString>("expected");
    QTest::newRow("RULLERING_USER before USER")
        << QStringList{u"USER=ola"_s, u"RULLERING_USER=tekniker"_s, u"LOGNAME=ola"_s} << u"tekniker"_s;
    QTest::newRow("USER before USERNAME")
        << QStringList{u"USERNAME=win"_s, u"USER=ola"_s, u"LOGNAME=log"_s} << u"ola"_s;
    QTest::newRow("USERNAME before LOGNAME") << QStringList{u"LOGNAME=log"_s, u"USERNAME=win"_s} << u"win"_s;
    QTest::newRow("LOGNAME alone") << QStringList{u"LOGNAME=log"_s} << u"log"_s;
    QTest::newRow("empty values are skipped")
        << QStringList{u"RULLERING_USER="_s, u"USER="_s, u"LOGNAME=log"_s} << u"log"_s;
}

void TestActor::environmentInOrder()
{
    QFETCH(QStringList, set);
    QFETCH(QString, expected);
    for (const QString& assignment : set) {
        const qsizetype equals = assignment.indexOf(u'=');
        qputenv(assignment.left(equals).toLatin1().constData(), assignment.mid(equals + 1).toUtf8());
    }
    QCOMPARE(currentActor(), expected);
}

void TestActor::withoutEnvironmentTheAccountName()
{
#ifdef Q_OS_UNIX
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    QVERIFY(id.waitForFinished(10000));
    QCOMPARE(id.exitCode(), 0);
    const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    QVERIFY(!account.isEmpty());
    QCOMPARE(currentActor(), account);
#else
    QSKIP("The account fallback is for Unix; Windows always sets USERNAME.");
#endif
}

QTEST_GUILESS_MAIN(TestActor)
#include "test_actor.moc"
