// The first-start dialog's demo size reads as a number in the window's language (issue 20: "20000 enheter").

#include "shell/WelcomeDialog.h"

#include <QLocale>
#include <QSpinBox>
#include <QTest>

using namespace rullering;

class TestWelcomeDialog : public QObject
{
    Q_OBJECT

private slots:
    void demoSizeIsGroupedInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Bokmål") << QStringLiteral("nb_NO") << QStringLiteral("20\u00a0000");
        QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("20,000");
    }

    void demoSizeIsGroupedInTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        WelcomeDialog dialog(QStringLiteral("/tmp/none.sqlite"));
        auto* devices = dialog.findChild<QSpinBox*>(QStringLiteral("demoDeviceCount"));
        QVERIFY(devices);
        QVERIFY2(devices->text().startsWith(shown), qPrintable(devices->text()));
        QCOMPARE(dialog.demoDeviceCount(), 20000);
        QLocale::setDefault(before);
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "test_welcome_dialog.moc"
