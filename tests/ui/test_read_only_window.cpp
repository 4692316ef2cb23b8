// A register opened for reading only (issue 19, point 11): the window says so where the eye goes, and a change
// is refused on the page in words that say why, not in SQLite's.
#include "generate/FleetGenerator.h"
#include "register/DeviceTableModel.h"
#include "register/DevicesPage.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "shell/MessageArea.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rullering;

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysReadOnlyAndRefusesEdits();
    void pathGivenAtStartIsNotCreated();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestReadOnlyWindow::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(m_path);
    QVERIFY(db.ok());
    GenerateOptions options;
    options.devices = 300;
    options.seed = 11;
    QVERIFY(FleetGenerator::generate(*db.value(), options).ok());
}

void TestReadOnlyWindow::saysReadOnlyAndRefusesEdits()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();

    AppSession session;
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // What the permission check picks for a 0444 file or a read-only folder; root passes that check, so the test
    // asks for it directly (test_cli_files runs the real check as an unprivileged user).
    const Status opened = session.openDatabase(m_path, Database::OpenMode::MustExist, Database::Access::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY2(window.windowTitle().contains(QLatin1String("read-only")), qPrintable(window.windowTitle()));
    auto* notice = window.findChild<QLabel*>(QStringLiteral("readOnlyLabel"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("Read-only")));

    auto* table = window.findChild<QTableView*>(QStringLiteral("deviceTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 300); // reading works
    auto* page = window.findChild<DevicesPage*>();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible()); // the start panel gives way once the register is counted
    const QModelIndex user = page->model()->index(0, static_cast<int>(DeviceColumn::PrimaryUser));
    page->model()->setData(user, QStringLiteral("Ola Nordmann"));
    auto* message = page->findChild<MessageArea*>(QStringLiteral("registerMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("read-only (file or folder permissions)")),
             qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QLatin1String("attempt to write")), qPrintable(message->text()));

    const QString shot = qEnvironmentVariable("RULLERING_SCREENSHOT");
    if (!shot.isEmpty())
        window.grab().save(shot);

    session.closeDatabase();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
}

// Only "New Database" creates a file: a path given at start that does not exist is reported, not made.
void TestReadOnlyWindow::pathGivenAtStartIsNotCreated()
{
    AppSession session;
    MainWindow window(session);
    window.show();
    const QString missing = m_dir.filePath(QStringLiteral("typo/registre.sqlite"));
    QString shown;
    QTimer::singleShot(200, [&shown] {
        if (QWidget* box = QApplication::activeModalWidget()) {
            if (auto* label = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label")))
                shown = label->text();
            QTest::keyClick(box, Qt::Key_Enter);
        }
    });
    window.openInitialDatabase(missing);
    QVERIFY2(shown.contains(QLatin1String("does not exist")), qPrintable(shown));
    QVERIFY(!session.isOpen());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("typo"))));
}

QTEST_MAIN(TestReadOnlyWindow)
#include "test_read_only_window.moc"
