// Every page on a technician's 1024×768 laptop and on a 1440×900 screen, in both languages: the window fits, no
// button is cut, the status bar's texts stay apart, and it says "1 enhet" for one device. With
// RULLERING_SCREENSHOTS=dir each page is saved there to be looked at.

#include "WindowWalk.h"

#include <QAbstractButton>
#include <QLabel>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace rullering;
using namespace rullering::test;

class TestSmallScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyPageFits_data();
    void everyPageFits();
    void statusBarCountsOneDeviceInTheSingular();
    void viewCountOnlyBesideTheDevicesPage();
    void firstWindowIsNoLargerThanTheScreen();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestSmallScreens::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("rullering-test"));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(makeRegister(m_demo, 400));
}

void TestSmallScreens::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

void TestSmallScreens::everyPageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const char* language : {"nb", "en"}) {
        QTest::addRow("%s, 1024x768", language) << QString::fromLatin1(language) << QSize(1024, 768);
        QTest::addRow("%s, 1440x900", language) << QString::fromLatin1(language) << QSize(1440, 900);
    }
}

void TestSmallScreens::everyPageFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    useLanguage(language);
    OpenWindow w;
    // The window as a maximised one on that screen, less a desktop panel.
    QVERIFY(w.open(m_demo, screen - QSize(0, 40)));
    const QString shots = qEnvironmentVariable("RULLERING_SCREENSHOTS");
    QStringList problems;
    for (const QString& id : pageIds()) {
        w.show(id);
        w.window.resize(screen - QSize(0, 40));
        QTest::qWait(50);
        if (w.window.width() > screen.width() || w.window.height() > screen.height())
            problems.append(
                QStringLiteral("%1: the window needs %2×%3").arg(id).arg(w.window.width()).arg(w.window.height()));
        const QRect inside = w.window.rect();
        for (QAbstractButton* button : w.window.page(id)->findChildren<QAbstractButton*>()) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            const QRect at(button->mapTo(&w.window, QPoint(0, 0)), button->size());
            // Cut by a pane too narrow for its row counts too: inside every widget it sits in.
            bool clipped = false;
            for (QWidget* up = button->parentWidget(); up && up != &w.window && !clipped; up = up->parentWidget())
                clipped = !up->rect().contains(QRect(button->mapTo(up, QPoint(0, 0)), button->size()));
            if (button->width() < button->minimumSizeHint().width() || !inside.contains(at) || clipped)
                problems.append(QStringLiteral("%1: \"%2\" is cut (%3 of %4 px)")
                                    .arg(id, button->text())
                                    .arg(button->width())
                                    .arg(button->minimumSizeHint().width()));
        }
        // The status bar's texts side by side, never over each other.
        QList<QLabel*> labels;
        for (QLabel* label : w.window.statusBar()->findChildren<QLabel*>()) {
            if (label->isVisible() && !label->text().isEmpty())
                labels.append(label);
        }
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j) {
                if (labels[i]->geometry().intersects(labels[j]->geometry()))
                    problems.append(QStringLiteral("%1: status bar \"%2\" overlaps \"%3\"")
                                        .arg(id, labels[i]->text(), labels[j]->text()));
            }
        }
        if (!shots.isEmpty())
            w.window.grab().save(
                QStringLiteral("%1/%2-%3-%4x%5.png").arg(shots, id, language).arg(screen.width()).arg(screen.height()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSmallScreens::statusBarCountsOneDeviceInTheSingular()
{
    const QString one = m_dir.filePath(QStringLiteral("one.sqlite"));
    QVERIFY(makeRegister(one, 1));
    useLanguage(QStringLiteral("nb"));
    OpenWindow w;
    QVERIFY(w.open(one));
    auto* counts = w.window.findChild<QLabel*>(QStringLiteral("countsLabel"));
    auto* view = w.window.findChild<QLabel*>(QStringLiteral("viewSummaryLabel"));
    QTRY_VERIFY(counts->text().startsWith(QStringLiteral("1 enhet ")) || counts->text() == QStringLiteral("1 enhet"));
    QTRY_COMPARE(view->text(), QStringLiteral("1 enhet i denne visningen"));
}

void TestSmallScreens::viewCountOnlyBesideTheDevicesPage()
{
    OpenWindow w;
    QVERIFY(w.open(m_demo));
    auto* view = w.window.findChild<QLabel*>(QStringLiteral("viewSummaryLabel"));
    w.show(QStringLiteral("devices"));
    QTRY_VERIFY(view->isVisible());
    for (const char* page : {"swap", "plan", "status"}) {
        w.show(QString::fromLatin1(page));
        QVERIFY2(!view->isVisible(), page);
    }
}

void TestSmallScreens::firstWindowIsNoLargerThanTheScreen()
{
    QSettings().clear(); // no size remembered: a first start
    AppSession session;
    MainWindow window(session);
    const QSize screen = window.screen()->availableSize();
    if (screen.width() >= 1280 && screen.height() >= 800)
        QSKIP("the screen is large enough for the default size");
    QVERIFY2(window.width() <= qMax(screen.width(), window.minimumSizeHint().width()) &&
                 window.height() <= qMax(screen.height(), window.minimumSizeHint().height()),
             qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(screen.width())
                            .arg(screen.height())));
}

QTEST_MAIN(TestSmallScreens)
#include "test_small_screens.moc"
