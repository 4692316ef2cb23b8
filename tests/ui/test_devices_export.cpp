// What is on the Devices page goes out as it is shown: the table to a file, the selected rows to the clipboard.

#include "WindowWalk.h"
#include "register/DeviceTableModel.h"
#include "register/DevicesPage.h"
#include "shell/ExportFolder.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace rullering;
using namespace rullering::test;

class TestDevicesExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheTableAsShown();
    void ctrlCCopiesSelectedRowsWithHeader();
    void exportDialogsStartInTheLastExportFolder();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<OpenWindow> m_w;
    DevicesPage* m_page = nullptr;
    QTableView* m_table = nullptr;
};

void TestDevicesExport::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("rullering-test"));
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(makeRegister(m_path, 300));
}

void TestDevicesExport::init()
{
    m_w = std::make_unique<OpenWindow>();
    QVERIFY(m_w->open(m_path));
    m_w->show(QStringLiteral("devices"));
    m_page = qobject_cast<DevicesPage*>(m_w->window.page(QStringLiteral("devices")));
    QVERIFY(m_page);
    m_table = m_page->tableView();
    // The view a person made: laptops only, newest serial first, three columns with the model moved first.
    DeviceFilter filter;
    filter.types = {DeviceType::Laptop};
    m_w->session.setCurrentFilter(filter);
    m_table->sortByColumn(int(DeviceColumn::Serial), Qt::DescendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < int(DeviceColumn::Count); ++column)
        header->setSectionHidden(column, column != int(DeviceColumn::Serial) && column != int(DeviceColumn::Model) &&
                                             column != int(DeviceColumn::Type));
    header->moveSection(header->visualIndex(int(DeviceColumn::Model)), 0);
    QTRY_VERIFY(!m_page->model()->isLoading());
}

void TestDevicesExport::cleanup()
{
    m_w.reset();
}

void TestDevicesExport::exportsTheTableAsShown()
{
    const QString file = m_dir.filePath(QStringLiteral("view.csv"));
    QTimer::singleShot(300, [] { // the confirmation says how many were written where
        if (QWidget* box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Enter);
    });
    m_page->exportView(file);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(csv.readAll()).remove(QChar(0xfeff)).split(QStringLiteral("\r\n"));
    lines.removeAll(QString());
    QCOMPARE(lines.constFirst(), QStringLiteral("Model;Serial number;Type"));
    QCOMPARE(lines.size() - 1, int(m_page->model()->totalCount()));
    QVERIFY(lines.size() > 20);
    for (int row = 0; row < 20; ++row) {
        const QStringList cells = lines.at(row + 1).split(u';');
        QCOMPARE(cells.at(1), m_page->model()->index(row, int(DeviceColumn::Serial)).data().toString());
        QCOMPARE(cells.at(2), deviceTypeName(DeviceType::Laptop));
    }
}

void TestDevicesExport::ctrlCCopiesSelectedRowsWithHeader()
{
    QGuiApplication::clipboard()->clear();
    m_table->setFocus();
    m_table->selectRow(2);
    m_table->selectionModel()->select(m_table->model()->index(3, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->selectionModel()->select(m_table->model()->index(6, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Model\tSerial number\tType"));
    const int rows[] = {2, 3, 6};
    for (int i = 0; i < 3; ++i) {
        const QStringList cells = lines.at(i + 1).split(u'\t');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(1), m_page->model()->index(rows[i], int(DeviceColumn::Serial)).data().toString());
        QCOMPARE(cells.at(0), m_page->model()->index(rows[i], int(DeviceColumn::Model)).data().toString());
    }
}

void TestDevicesExport::exportDialogsStartInTheLastExportFolder()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("reports"));
    const QString folder = m_dir.filePath(QStringLiteral("reports"));
    QTimer::singleShot(300, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Enter);
    });
    m_page->exportView(folder + QStringLiteral("/v.xlsx"));
    QVERIFY(QFile::exists(folder + QStringLiteral("/v.xlsx")));
    QCOMPARE(exportFolder(), folder);
    QCOMPARE(suggestedExportPath(QStringLiteral("x.csv")), folder + QStringLiteral("/x.csv"));
    // A remembered folder that is gone is not offered: an existing one is.
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(QFileInfo(exportFolder()).isDir());
}

QTEST_MAIN(TestDevicesExport)
#include "test_devices_export.moc"
