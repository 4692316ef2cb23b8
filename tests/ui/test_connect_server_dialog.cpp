// File › Connect to server… (issue 17, point 1): the address built from the fields as libpq documents URIs, a pasted
// address used as it is and shown without its password, a refused connection told in one line in Bokmål with the
// dialog left open, and the window opening the register on the server as --db would, remembering it without the
// password.

#include "Language.h"
#include "PostgresTestServer.h"
#include "shell/AppSession.h"
#include "shell/ConnectServerDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageArea.h"
#include "shell/RecentFiles.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace rullering;

namespace {

void useLanguage(const QString& code)
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(*qApp, code);
}

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

} // namespace

class TestConnectServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fieldsBuildTheAddress_data();
    void fieldsBuildTheAddress();
    void pastedAddressIsUsedAndShownWithoutPassword();
    void textThatIsNoAddressIsRefusedBeforeConnecting();
    void refusedConnectionIsToldInBokmaal();
    void windowOpensTheServerAndRemembersItWithoutPassword();

private:
    QTemporaryDir m_dir;
};

void TestConnectServerDialog::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("rullering-test"));
}

void TestConnectServerDialog::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

void TestConnectServerDialog::fieldsBuildTheAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("sslIndex");
    QTest::addColumn<QString>("address");
    QTest::newRow("every part, verify-full")
        << "db.molde.kommune.no"
        << "5433"
        << "rullering"
        << "kari" << 1 << "postgresql://kari@db.molde.kommune.no:5433/rullering?sslmode=verify-full";
    QTest::newRow("host and database only: the rest from libpq")
        << "db.molde.kommune.no"
        << ""
        << "rullering"
        << "" << 0 << "postgresql://db.molde.kommune.no/rullering";
    QTest::newRow("nothing: all from PG* variables") << ""
                                                     << ""
                                                     << ""
                                                     << "" << 0 << "postgresql://";
    QTest::newRow("a socket folder travels as host=")
        << "/run/postgresql"
        << "5432"
        << "rullering"
        << "" << 6 << "postgresql:///rullering?host=%2Frun%2Fpostgresql&port=5432&sslmode=disable";
    QTest::newRow("an IPv6 address in brackets") << "::1"
                                                 << ""
                                                 << "r"
                                                 << "" << 3 << "postgresql://[::1]/r?sslmode=require";
    QTest::newRow("characters a URI reserves are escaped")
        << "db"
        << ""
        << "lager og drift"
        << "ola@kommune.no" << 0 << "postgresql://ola%40kommune.no@db/lager%20og%20drift";
}

void TestConnectServerDialog::fieldsBuildTheAddress()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(int, sslIndex);
    QFETCH(QString, address);
    ConnectServerDialog dialog(nullptr);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), host);
    QTest::keyClicks(child<QLineEdit>(dialog, "portEdit"), port);
    QTest::keyClicks(child<QLineEdit>(dialog, "databaseEdit"), database);
    QTest::keyClicks(child<QLineEdit>(dialog, "userEdit"), user);
    child<QComboBox>(dialog, "sslModeCombo")->setCurrentIndex(sslIndex);
    QCOMPARE(dialog.address(), address);
    QCOMPARE(child<QLabel>(dialog, "addressLabel")->text(), QStringLiteral("Address: ") + address);
    // libpq reads it back as the parts typed.
    const Result<ServerAddress> parsed = ServerAddress::parse(address);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->host, host);
    QCOMPARE(parsed->database, database);
    QCOMPARE(parsed->user, user);
}

void TestConnectServerDialog::pastedAddressIsUsedAndShownWithoutPassword()
{
    ConnectServerDialog dialog(nullptr);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("ignored"));
    auto* uri = child<QLineEdit>(dialog, "uriEdit");
    QTest::keyClicks(uri,
                     QStringLiteral("postgresql://kari:hemmelig@db.molde.kommune.no/rullering?sslmode=verify-full"));
    QVERIFY(child<QRadioButton>(dialog, "uriChoice")->isChecked());
    QVERIFY(!child<QLineEdit>(dialog, "hostEdit")->isEnabled());
    QCOMPARE(dialog.address(),
             QStringLiteral("postgresql://kari:hemmelig@db.molde.kommune.no/rullering?sslmode=verify-full"));
    const QString shown = child<QLabel>(dialog, "addressLabel")->text();
    QVERIFY2(!shown.contains(QStringLiteral("hemmelig")) && shown.contains(QStringLiteral("kari@db.molde")),
             qPrintable(shown));
}

void TestConnectServerDialog::textThatIsNoAddressIsRefusedBeforeConnecting()
{
    int attempts = 0;
    ConnectServerDialog dialog([&](const QString&) {
        ++attempts;
        return Status();
    });
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "uriEdit"), QStringLiteral("/home/kari/rullering.sqlite"));
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(attempts, 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(child<MessageArea>(dialog, "connectMessage")->text().contains(QStringLiteral("postgresql://")),
             qPrintable(child<MessageArea>(dialog, "connectMessage")->text()));
}

// A socket folder where no server listens: the core's one-line reason, in Bokmål, and the dialog stays to be
// corrected.
void TestConnectServerDialog::refusedConnectionIsToldInBokmaal()
{
    useLanguage(QStringLiteral("nb"));
    QTemporaryDir nowhere;
    AppSession session;
    ConnectServerDialog dialog(
        [&](const QString& address) { return session.openDatabase(address, Database::OpenMode::MustExist); });
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), nowhere.path());
    QTest::keyClicks(child<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("rullering"));
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    const QString message = child<MessageArea>(dialog, "connectMessage")->text();
    QVERIFY2(
        message.startsWith(QStringLiteral("Får ikke kontakt med databaseserveren for postgresql:///rullering?host=")),
        qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY(dialog.isVisible());
    // The dialog grew for the message; the fields kept their height.
    auto* host = child<QLineEdit>(dialog, "hostEdit");
    QTRY_VERIFY2(host->height() >= host->sizeHint().height(), qPrintable(QString::number(host->height())));
    QVERIFY(!session.isOpen());
}

void TestConnectServerDialog::windowOpensTheServerAndRemembersItWithoutPassword()
{
    RULLERING_REQUIRE_TEST_SERVER();
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    {
        Result<std::unique_ptr<Database>> made = Database::open(server.address());
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    }
    RecentFiles::clear();
    // A password written into the address (the test server trusts local users, so any is accepted).
    const QString withPassword =
        server.address().replace(QStringLiteral("postgresql://"), QStringLiteral("postgresql://:hemmelig@"));
    AppSession session;
    MainWindow window(session);
    window.show();
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ConnectServerDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        child<QRadioButton>(*dialog, "uriChoice")->click();
        QTest::keyClicks(child<QLineEdit>(*dialog, "uriEdit"), withPassword);
        QTest::mouseClick(child<QPushButton>(*dialog, "connectButton"), Qt::LeftButton);
    });
    window.findChild<QAction*>(QStringLiteral("connectServerAction"))->trigger();
    QVERIFY(session.isOpen());
    QVERIFY(session.database()->isServer());
    const QStringList recent = RecentFiles::list();
    QCOMPARE(recent.size(), 1);
    QVERIFY2(!recent.constFirst().contains(QStringLiteral("hemmelig")), qPrintable(recent.constFirst()));
    QCOMPARE(recent.constFirst(), session.database()->displayPath());
    for (const QString& key : QSettings().allKeys()) {
        const QString stored = QSettings().value(key).toStringList().join(u' ') + QSettings().value(key).toString();
        QVERIFY2(!stored.contains(QStringLiteral("hemmelig")), qPrintable(key));
    }
}

QTEST_MAIN(TestConnectServerDialog)
#include "test_connect_server_dialog.moc"
