// Dates and menus follow the interface language: a date field reads as the language writes dates (the Status page
// showed 05.12.2026 in English, the plan policy 2026-12-05 in Bokmål), English menus are in title case and Bokmål
// menus in sentence case, as each language's desktop conventions have it.

#include "WindowWalk.h"
#include "planning/PlanPolicyDialog.h"

#include <QDateEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

using namespace rullering;
using namespace rullering::test;

namespace {

// An action's words as shown: no mnemonic marker, no ellipsis, no shortcut.
QStringList words(const QAction* action)
{
    QString text = action->text().section(u'\t', 0, 0);
    text.remove(u'&').remove(QStringLiteral("…")).remove(QStringLiteral("..."));
    return text.split(QRegularExpression(QStringLiteral("[\\s/]+")), Qt::SkipEmptyParts);
}

// Names and abbreviations keep their capitals in a sentence-case menu.
bool isName(const QString& word)
{
    static const QStringList names = {QStringLiteral("Rullering"), QStringLiteral("Qt"), QStringLiteral("Excel"),
                                      QStringLiteral("Intune")};
    return names.contains(word) || (word.size() > 1 && word == word.toUpper());
}

bool isMinorWord(const QString& word)
{
    static const QStringList minor = {QStringLiteral("a"),   QStringLiteral("an"),   QStringLiteral("the"),
                                      QStringLiteral("and"), QStringLiteral("or"),   QStringLiteral("for"),
                                      QStringLiteral("to"),  QStringLiteral("of"),   QStringLiteral("in"),
                                      QStringLiteral("on"),  QStringLiteral("as"),   QStringLiteral("by"),
                                      QStringLiteral("at"),  QStringLiteral("from"), QStringLiteral("with")};
    return minor.contains(word);
}

// What is wrong with the capitals of one menu entry, or empty.
QString capitalisationProblem(const QString& language, const QAction* action)
{
    const QStringList all = words(action);
    for (int i = 0; i < all.size(); ++i) {
        const QString& word = all[i];
        if (!word.front().isLetter())
            continue;
        const bool upper = word.front().isUpper();
        if (i == 0                            ? !upper
            : language == QLatin1String("en") ? (!upper && !isMinorWord(word)) || (upper && isMinorWord(word))
                                              : upper && !isName(word))
            return action->text();
    }
    return QString();
}

void collect(const QMenu* menu, QList<const QAction*>& actions)
{
    if (menu->objectName() == QLatin1String("recentMenu"))
        return; // file names, not words
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        actions.append(action);
        if (action->menu())
            collect(action->menu(), actions);
    }
}

} // namespace

class TestDatesAndMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_registers.make()); }
    void cleanupTestCase() { useLanguage(QStringLiteral("en")); }
    void dateFieldsReadAsTheLanguageWritesDates_data();
    void dateFieldsReadAsTheLanguageWritesDates();
    void menusFollowTheLanguagesCapitalisation_data();
    void menusFollowTheLanguagesCapitalisation();

private:
    WalkRegisters m_registers;
};

void TestDatesAndMenus::dateFieldsReadAsTheLanguageWritesDates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("written"); // 5 December 2026 as the language writes it
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("05/12/2026");
    QTest::newRow("Bokmål") << QStringLiteral("nb") << QStringLiteral("05.12.2026");
}

void TestDatesAndMenus::dateFieldsReadAsTheLanguageWritesDates()
{
    QFETCH(QString, language);
    QFETCH(QString, written);
    useLanguage(language);
    OpenWindow open;
    QVERIFY(open.open(m_registers.demo));
    QList<QDateEdit*> edits;
    for (const QString& id : pageIds()) {
        open.show(id);
        for (QDateEdit* edit : open.window.findChildren<QDateEdit*>()) {
            if (!edits.contains(edit))
                edits.append(edit);
        }
    }
    PlanPolicyDialog policy(PlanPolicy{}, {});
    edits.append(policy.findChildren<QDateEdit*>());
    QVERIFY(edits.size() >= 3); // the status date, the swap date, the policy's status date
    for (QDateEdit* edit : edits) {
        edit->setDate(QDate(2026, 12, 5));
        QVERIFY2(edit->text() == written,
                 qPrintable(QStringLiteral("%1 in %2: %3").arg(edit->objectName(), language, edit->text())));
    }
}

void TestDatesAndMenus::menusFollowTheLanguagesCapitalisation_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English: title case") << QStringLiteral("en");
    QTest::newRow("Bokmål: sentence case") << QStringLiteral("nb");
}

void TestDatesAndMenus::menusFollowTheLanguagesCapitalisation()
{
    QFETCH(QString, language);
    useLanguage(language);
    OpenWindow open;
    QVERIFY(open.open(m_registers.demo));
    QList<const QAction*> actions;
    for (const QAction* top : open.window.menuBar()->actions()) {
        if (top->menu())
            collect(top->menu(), actions);
    }
    QVERIFY(actions.size() > 15);
    QStringList wrong;
    for (const QAction* action : actions) {
        if (const QString problem = capitalisationProblem(language, action); !problem.isEmpty())
            wrong.append(problem);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(" | "))));
}

QTEST_MAIN(TestDatesAndMenus)
#include "test_dates_and_menus.moc"
