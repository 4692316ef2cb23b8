// The window as someone without a mouse uses it: every shortcut and mnemonic reaches one thing only, on every
// page, in both languages; Tab moves from the search to the table to the details, and leaves a table at once.

#include "WindowWalk.h"
#include "shell/ConnectServerDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace rullering;
using namespace rullering::test;

namespace {

QString describe(const QObject* owner, const QString& text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(owner->objectName().isEmpty() ? QString::fromLatin1(owner->metaObject()->className())
                                           : owner->objectName(),
             text);
}

// A widget's own mnemonic (Alt+letter from "&x" in its text), where Qt registers one for it.
QKeySequence widgetMnemonic(const QWidget* widget, QString* text)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
        *text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        *text = button->text();
    else if (const auto* box = qobject_cast<const QGroupBox*>(widget); box && box->isCheckable())
        *text = box->title();
    else
        return {};
    return QKeySequence::mnemonic(*text);
}

// The shortcuts an action answers to while the page is shown: it lives in a menu or on a visible widget.
bool actionIsLive(const QAction* action)
{
    if (!action->isVisible())
        return false;
    for (const QObject* object : action->associatedObjects()) {
        if (qobject_cast<const QMenu*>(object))
            return true;
        if (const auto* widget = qobject_cast<const QWidget*>(object); widget && widget->isVisible())
            return true;
    }
    return false;
}

// Every key that reaches something on the shown page, with what it reaches. More than one owner is a clash.
QMap<QString, QStringList> liveKeys(MainWindow& window)
{
    QMap<QString, QSet<const QObject*>> owners;
    QMap<QString, QStringList> names;
    auto add = [&](const QKeySequence& key, const QObject* owner, const QString& text) {
        if (key.isEmpty())
            return;
        const QString k = key.toString(QKeySequence::PortableText);
        if (owners[k].contains(owner))
            return;
        owners[k].insert(owner);
        names[k].append(describe(owner, text));
    };
    for (QAction* action : window.menuBar()->actions())
        add(QKeySequence::mnemonic(action->text()), action, action->text());
    for (QAction* action : window.findChildren<QAction*>()) {
        if (!actionIsLive(action))
            continue;
        for (const QKeySequence& key : action->shortcuts())
            add(key, action, action->text());
    }
    for (QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        const auto* owner = qobject_cast<const QWidget*>(shortcut->parent());
        if (shortcut->isEnabled() && owner && owner->isVisible())
            add(shortcut->key(), shortcut, shortcut->key().toString());
    }
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || qobject_cast<QMenu*>(widget) || qobject_cast<QMenuBar*>(widget))
            continue;
        QString text;
        const QKeySequence mnemonic = widgetMnemonic(widget, &text);
        // A label and its buddy button with the same letter are one control.
        const auto* label = qobject_cast<const QLabel*>(widget);
        add(mnemonic, label ? static_cast<const QObject*>(label->buddy()) : widget, text);
        if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(QKeySequence::mnemonic(tabs->tabText(i)), tabs, tabs->tabText(i));
        }
    }
    QMap<QString, QStringList> clashes;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.insert(it.key(), it.value());
    }
    return clashes;
}

QString report(const QMap<QString, QStringList>& clashes)
{
    QStringList lines;
    for (auto it = clashes.cbegin(); it != clashes.cend(); ++it)
        lines.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    return lines.join(QStringLiteral("; "));
}

// Within one open menu a letter chooses one item.
QStringList menuClashes(MainWindow& window)
{
    QStringList clashes;
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        emit menu->aboutToShow(); // menus filled when opened
        QMap<QString, QStringList> byKey;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (!key.isEmpty())
                byKey[key.toString(QKeySequence::PortableText)].append(action->text());
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                clashes.append(
                    QStringLiteral("%1 in %2: %3").arg(it.key(), menu->title(), it.value().join(QStringLiteral(", "))));
        }
    }
    return clashes;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyKeyReachesOneThing_data();
    void everyKeyReachesOneThing();
    void tabGoesSearchTableDetails();
    void oneTabLeavesEveryTable_data();
    void oneTabLeavesEveryTable();
    void viewMenuListsPagesInTabOrder();
    void connectServerDialogKeysReachOneThing_data();
    void connectServerDialogKeysReachOneThing();

private:
    WalkRegisters m_registers;
};

void TestKeyboard::initTestCase()
{
    QVERIFY(m_registers.make());
}

void TestKeyboard::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

void TestKeyboard::everyKeyReachesOneThing_data()
{
    addLanguageAndRegisterRows();
}

void TestKeyboard::everyKeyReachesOneThing()
{
    QFETCH(QString, language);
    QFETCH(bool, empty);
    useLanguage(language);
    OpenWindow w;
    QVERIFY(w.open(empty ? m_registers.empty : m_registers.demo));
    QStringList clashes;
    for (const QString& id : pageIds()) {
        w.show(id);
        if (const QMap<QString, QStringList> found = liveKeys(w.window); !found.isEmpty())
            clashes.append(id + QStringLiteral(" page: ") + report(found));
    }
    clashes.append(menuClashes(w.window));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboard::tabGoesSearchTableDetails()
{
    OpenWindow w;
    QVERIFY(w.open(m_registers.demo));
    w.show(QStringLiteral("devices"));
    auto* search = w.window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* table = w.window.findChild<QTableView*>(QStringLiteral("deviceTable"));
    auto* details = w.window.findChild<QWidget*>(QStringLiteral("detailsPane"));
    QVERIFY(search && table && details);
    w.window.activateWindow();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(details->isAncestorOf(QApplication::focusWidget()),
             QApplication::focusWidget()->metaObject()->className());
}

void TestKeyboard::oneTabLeavesEveryTable_data()
{
    QTest::addColumn<QString>("page");
    for (const QString& id : pageIds())
        QTest::newRow(id.toUtf8().constData()) << id;
}

void TestKeyboard::oneTabLeavesEveryTable()
{
    QFETCH(QString, page);
    OpenWindow w;
    QVERIFY(w.open(m_registers.demo));
    w.show(page);
    w.window.activateWindow();
    const QList<QAbstractItemView*> views = w.window.page(page)->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (!view->isVisible() || !(view->focusPolicy() & Qt::TabFocus))
            continue;
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        if (view->model() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY2(!view->hasFocus(), qPrintable(view->objectName()));
    }
}

void TestKeyboard::viewMenuListsPagesInTabOrder()
{
    OpenWindow w;
    QVERIFY(w.open(m_registers.demo));
    QStringList pages;
    for (QAction* action : w.window.menu(MainWindow::ViewMenu)->actions()) {
        if (action->objectName().endsWith(QLatin1String("PageAction")))
            pages.append(action->objectName().chopped(10));
    }
    QCOMPARE(pages, pageIds());
}

void TestKeyboard::connectServerDialogKeysReachOneThing_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nb") << QStringLiteral("nb");
}

// File › Connect to Server…: every field is reached by its own letter (a label's buddy, or the choice of the way
// to give the address, which moves on to its field), and no letter reaches two things.
void TestKeyboard::connectServerDialogKeysReachOneThing()
{
    QFETCH(QString, language);
    useLanguage(language);
    ConnectServerDialog dialog(nullptr);
    dialog.show();
    QMap<QString, QStringList> byKey;
    QSet<const QWidget*> reached;
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        QString text;
        const QKeySequence key = widgetMnemonic(widget, &text);
        if (key.isEmpty() || !widget->isVisible())
            continue;
        byKey[key.toString(QKeySequence::PortableText)].append(describe(widget, text));
        const auto* label = qobject_cast<const QLabel*>(widget);
        reached.insert(label ? label->buddy() : widget);
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    for (const char* field : {"hostEdit", "portEdit", "databaseEdit", "userEdit", "sslModeCombo", "partsChoice",
                              "uriChoice", "connectButton"}) {
        QVERIFY2(reached.contains(dialog.findChild<QWidget*>(QString::fromLatin1(field))), field);
    }
    // The pasted address is reached through its choice.
    auto* uriChoice = dialog.findChild<QAbstractButton*>(QStringLiteral("uriChoice"));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keySequence(&dialog, QKeySequence::mnemonic(uriChoice->text()));
    QTRY_COMPARE(QApplication::focusWidget(), dialog.findChild<QWidget*>(QStringLiteral("uriEdit")));
}

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
