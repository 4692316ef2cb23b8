// Filters in the device table's header (municipality, type, state, year), as a spreadsheet's auto-filter: a
// button on the section opens the column's values; what is chosen there and in the side panel is one filter.

#include "WindowWalk.h"
#include "register/FilterHeaderView.h"

#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QSet>
#include <QSpinBox>
#include <QTableView>

using namespace rullering;
using namespace rullering::test;

namespace {

QAction* action(QMenu* menu, const QString& text)
{
    for (QAction* a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

bool isChecked(const QListWidget* list, const QString& text)
{
    const QList<QListWidgetItem*> items = list->findItems(text, Qt::MatchExactly);
    return !items.isEmpty() && items.constFirst()->checkState() == Qt::Checked;
}

} // namespace

class TestHeaderFilters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_registers.make());
        useLanguage(QStringLiteral("en"));
    }
    void headerAndPanelAreOneFilter();
    void buttonOpensTheMenuWithoutSorting();

private:
    WalkRegisters m_registers;
};

void TestHeaderFilters::headerAndPanelAreOneFilter()
{
    OpenWindow open;
    QVERIFY(open.open(m_registers.demo));
    open.show(QStringLiteral("devices"));
    auto* header = open.window.findChild<FilterHeaderView*>(QStringLiteral("deviceTableHeader"));
    QVERIFY(header);
    auto* table = open.window.findChild<QTableView*>(QStringLiteral("deviceTable"));
    QCOMPARE(table->horizontalHeader(), header);
    auto* types = open.window.findChild<QListWidget*>(QStringLiteral("typeFilter"));
    QVERIFY(types);
    const QString laptop = deviceTypeName(DeviceType::Laptop);

    // From the header: the filter, the table and the side panel follow.
    std::unique_ptr<QMenu> menu(header->filterMenu(DeviceColumn::Type));
    QAction* laptops = action(menu.get(), laptop);
    QVERIFY(laptops && !laptops->isChecked());
    laptops->trigger();
    QCOMPARE(open.session.currentFilter().types, QList<DeviceType>{DeviceType::Laptop});
    QVERIFY(header->isFiltered(DeviceColumn::Type));
    QVERIFY(isChecked(types, laptop));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < qMin(20, table->model()->rowCount()); ++row)
        QCOMPARE(table->model()->index(row, int(DeviceColumn::Type)).data().toString(), laptop);

    // A year from the header shows in the panel's range.
    menu.reset(header->filterMenu(DeviceColumn::ProductionYear));
    const int year = QDate::currentDate().year() - 3;
    action(menu.get(), QString::number(year))->trigger();
    QCOMPARE(open.window.findChild<QSpinBox*>(QStringLiteral("yearFromFilter"))->value(), year);
    QVERIFY(header->isFiltered(DeviceColumn::ProductionYear));

    // From the side panel: the header's menu shows it.
    types->findItems(laptop, Qt::MatchExactly).constFirst()->setCheckState(Qt::Unchecked);
    QVERIFY(open.session.currentFilter().types.isEmpty());
    QVERIFY(!header->isFiltered(DeviceColumn::Type));
    types->findItems(deviceTypeName(DeviceType::Desktop), Qt::MatchExactly).constFirst()->setCheckState(Qt::Checked);
    menu.reset(header->filterMenu(DeviceColumn::Type));
    QVERIFY(action(menu.get(), deviceTypeName(DeviceType::Desktop))->isChecked());
    QVERIFY(!action(menu.get(), laptop)->isChecked());
    // "All" clears the column's filter and leaves the others.
    action(menu.get(), FilterHeaderView::tr("All"))->trigger();
    QVERIFY(open.session.currentFilter().types.isEmpty());
    QCOMPARE(open.session.currentFilter().productionYearFrom, year);
    if (qEnvironmentVariableIsSet("RULLERING_SCREENSHOT_DIR"))
        open.window.grab().save(qEnvironmentVariable("RULLERING_SCREENSHOT_DIR") +
                                QStringLiteral("/header-filters.png"));
}

void TestHeaderFilters::buttonOpensTheMenuWithoutSorting()
{
    OpenWindow open;
    QVERIFY(open.open(m_registers.demo));
    open.show(QStringLiteral("devices"));
    auto* header = open.window.findChild<FilterHeaderView*>(QStringLiteral("deviceTableHeader"));
    const int column = int(DeviceColumn::Type); // on screen in the window's width
    const QRect button = header->buttonRect(column);
    QVERIFY(!button.isEmpty());
    QVERIFY(header->buttonRect(int(DeviceColumn::Serial)).isEmpty()); // not every column
    // The button is drawn: the arrow's pixels differ from the section's background.
    const QImage image = header->viewport()->grab().toImage();
    const QRect inside = button.adjusted(3, 3, -3, -3);
    QSet<QRgb> colours;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 1, "no arrow drawn");
    const int sortedBy = header->sortIndicatorSection();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, button.center());
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QCOMPARE(menu->objectName(), QStringLiteral("headerFilterMenu"));
    QVERIFY(menu->actions().size() > 2); // "All" and the types
    menu->close();
    QCOMPARE(header->sortIndicatorSection(), sortedBy);
    // Elsewhere on the section it sorts, as before.
    const QRect section(header->sectionViewportPosition(column), 0, header->sectionSize(column), header->height());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(section.left() + 8, section.center().y()));
    QCOMPARE(header->sortIndicatorSection(), column);
}

QTEST_MAIN(TestHeaderFilters)
#include "test_header_filters.moc"
