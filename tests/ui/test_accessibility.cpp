// What a screen reader says: every control a person can Tab to on every page has a name, in both languages, on a
// demo register and on a new empty one.

#include "WindowWalk.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QTemporaryDir>
#include <QToolBar>

using namespace rullering;
using namespace rullering::test;

namespace {

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// The part of a compound control (a spin box's or combo box's own line edit) is named by its owner.
bool isPartOfAnother(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return parent && (parent->focusProxy() == widget || qobject_cast<const QAbstractSpinBox*>(parent) ||
                      qobject_cast<const QComboBox*>(parent));
}

QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || isPartOfAnother(widget))
            continue;
        if (accessibleName(widget).isEmpty()) {
            QString where = widget->objectName();
            for (QWidget* up = widget->parentWidget(); where.isEmpty() && up; up = up->parentWidget())
                where = up->objectName().isEmpty() ? QString() : QStringLiteral("in ") + up->objectName();
            unnamed.append(
                QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()), where));
        }
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyControlHasAName_data();
    void everyControlHasAName();

private:
    WalkRegisters m_registers;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_registers.make());
}

void TestAccessibility::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

void TestAccessibility::everyControlHasAName_data()
{
    addLanguageAndRegisterRows();
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, language);
    QFETCH(bool, empty);
    useLanguage(language);
    OpenWindow w;
    QVERIFY(w.open(empty ? m_registers.empty : m_registers.demo));
    QStringList problems;
    for (const QString& id : pageIds()) {
        w.show(id);
        const QStringList unnamed = unnamedControls(w.window.page(id));
        if (!unnamed.isEmpty())
            problems.append(id + QStringLiteral(" page: ") + unnamed.join(QStringLiteral(", ")));
    }
    if (const QStringList unnamed = unnamedControls(w.window.toolBar()); !unnamed.isEmpty())
        problems.append(QStringLiteral("toolbar: ") + unnamed.join(QStringLiteral(", ")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
