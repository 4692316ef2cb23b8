// File > Export devices: the register written as the CSV the import reads back, in a worker thread, with the
// result said plainly; cancelled, it leaves no file.
#include "export/DeviceCsvExport.h"
#include "generate/FleetGenerator.h"
#include "import/DeviceExport.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestDeviceExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesTheRegisterAndSaysSo();
    void cancelledLeavesNoFile();
    void inTheFileMenuWithAShortcut();

private:
    QByteArray readAll(const QString& path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
};

void TestDeviceExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(m_dir->filePath(QStringLiteral("register.sqlite"))).ok());
    GenerateOptions generate;
    generate.devices = 6000;
    generate.seed = 3;
    generate.asOf = QDate(2026, 11, 23);
    QVERIFY(FleetGenerator::generate(*m_session->database(), generate).ok());
}

void TestDeviceExport::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestDeviceExport::writesTheRegisterAndSaysSo()
{
    MainWindow window(*m_session);
    window.show();
    const QString path = m_dir->filePath(QStringLiteral("enheter.csv"));
    exportDevices(&window, *m_session, path);
    QMessageBox* message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((message = window.findChild<QMessageBox*>(QStringLiteral("deviceExportResult"))), 20000);
    QVERIFY2(message->text().startsWith(QLocale().toString(6000) + QStringLiteral(" devices were written to")),
             qPrintable(message->text()));
    QCOMPARE(message->icon(), QMessageBox::Information);
    message->accept();

    // The same bytes the export writes when asked directly (the file the import reads back whole).
    const QString direct = m_dir->filePath(QStringLiteral("direct.csv"));
    QVERIFY(DeviceCsvExport::write(*m_session->database(), direct, {}).ok());
    const QByteArray written = readAll(path);
    QVERIFY(written.size() > 100000);
    QCOMPARE(written, readAll(direct));
}

void TestDeviceExport::cancelledLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    DeviceExportRunner runner;
    QSignalSpy finished(&runner, &DeviceExportRunner::finished);
    runner.start(m_session->databasePath(), path);
    runner.cancel(); // seen at the first progress step, 4096 rows in
    QVERIFY(finished.wait(20000));
    QVERIFY(runner.result().has_value());
    QVERIFY(!runner.result()->ok());
    QVERIFY2(runner.result()->errorMessage().contains(QStringLiteral("cancelled")),
             qPrintable(runner.result()->errorMessage()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());

    // A folder that does not exist: said, and nothing written.
    MainWindow window(*m_session);
    window.show();
    exportDevices(&window, *m_session, m_dir->filePath(QStringLiteral("no/such/folder/x.csv")));
    QMessageBox* message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((message = window.findChild<QMessageBox*>(QStringLiteral("deviceExportResult"))), 20000);
    QCOMPARE(message->icon(), QMessageBox::Warning);
    QVERIFY2(message->text().startsWith(QStringLiteral("Nothing was written to")), qPrintable(message->text()));
    message->accept();
}

void TestDeviceExport::inTheFileMenuWithAShortcut()
{
    MainWindow window(*m_session);
    auto* action = window.findChild<QAction*>(QStringLiteral("exportDevicesAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(window.menu(MainWindow::FileMenu)->actions().contains(action));
    QVERIFY(action->isEnabled());
    m_session->closeDatabase();
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestDeviceExport)
#include "test_device_export.moc"
