// The interface language decides the numbers and dates too: English text never carries "35,9 %".

#include "Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace rullering;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void englishGetsEnglishNumbersOnANorwegianSystem();
    void bokmalGetsNorwegianNumbers();
};

void TestLanguage::cleanup()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestLanguage::englishGetsEnglishNumbersOnANorwegianSystem()
{
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); // as a Norwegian machine starts
    QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QLocale().toString(35.9, 'f', 1), QStringLiteral("35.9"));
    QCOMPARE(QLocale().toString(20000), QStringLiteral("20,000"));
    QCOMPARE(QLocale().toString(QDate(2026, 12, 5), QLocale::ShortFormat), QStringLiteral("05/12/2026"));
    // English plural forms come from Rullering's English file.
    QCOMPARE(QCoreApplication::translate("rullering::MainWindow", "%Ln device(s)", nullptr, 1),
             QStringLiteral("1 device"));
}

void TestLanguage::bokmalGetsNorwegianNumbers()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(installTranslations(*qApp, QStringLiteral("nb")), QStringLiteral("nb"));
    QCOMPARE(QLocale().toString(35.9, 'f', 1), QStringLiteral("35,9"));
    QCOMPARE(QLocale().toString(QDate(2026, 12, 5), QLocale::ShortFormat), QStringLiteral("05.12.2026"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "test_language.moc"
