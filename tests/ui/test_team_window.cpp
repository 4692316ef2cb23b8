// A team on one register (issue 18): the window signed in to a server as a technician, a reader and a coordinator
// disables what the role may not do, with a tooltip naming the role needed, and says in the status bar which server,
// database, user and role it works as; Tools › Access lists who holds which role. Against the throwaway server;
// skipped without $RULLERING_TEST_PG.
#include "PostgresTestServer.h"
#include "generate/FleetGenerator.h"
#include "register/BulkEditDialog.h"
#include "register/BulkEditService.h"
#include "shell/AccessDialog.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rullering;

namespace {

class Login
{
public:
    Login()
        : m_name(QStringLiteral("rw_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)))
    {
        PostgresTestServer::Connection admin(PostgresTestServer::address());
        admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_name));
    }
    ~Login()
    {
        PostgresTestServer::Connection admin(PostgresTestServer::address());
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
    }
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

class TestTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleDecidesWhatIsEnabled_data();
    void roleDecidesWhatIsEnabled();
    void technicianEditsNotesOnly();
    void accessDialogListsTheRoles();
    void fileAllowsEverything();

private:
    QTemporaryDir m_dir;
};

void TestTeamWindow::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestTeamWindow::roleDecidesWhatIsEnabled_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("mayImport");
    QTest::addColumn<bool>("maySwap");
    QTest::addColumn<QString>("shownRole");
    QTest::newRow("technician") << "technician" << false << true << "technician";
    QTest::newRow("reader") << "reader" << false << false << "reader";
    QTest::newRow("coordinator") << "coordinator" << true << true << "coordinator";
}

void TestTeamWindow::roleDecidesWhatIsEnabled()
{
    RULLERING_REQUIRE_TEST_SERVER();
    QFETCH(QString, role);
    QFETCH(bool, mayImport);
    QFETCH(bool, maySwap);
    QFETCH(QString, shownRole);
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    {
        Result<std::unique_ptr<Database>> owner = Database::open(server.address());
        QVERIFY2(owner.ok(), qPrintable(owner.errorMessage()));
        ServerAccess access(*owner.value());
        QVERIFY(access.prepareTeam().ok());
    }
    Login login;
    {
        Result<std::unique_ptr<Database>> owner = Database::open(server.address());
        QVERIFY(owner.ok());
        QVERIFY(ServerAccess(*owner.value()).grant(login.name(), role).ok());
    }

    AppSession session;
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Status opened =
        session.openDatabase(server.address() + QStringLiteral("&user=") + login.name(), Database::OpenMode::MustExist);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));

    auto* import = window.findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(import);
    QCOMPARE(import->isEnabled(), mayImport);
    QCOMPARE(import->toolTip() == QLatin1String("Needs the coordinator role."), !mayImport);
    auto* bulkEdit = window.findChild<QAction*>(QStringLiteral("bulkEditAction"));
    QVERIFY(bulkEdit);
    // Bulk edit is open to a technician for the notes (below); a reader is told the role it takes.
    if (!maySwap) {
        QCOMPARE(bulkEdit->isEnabled(), false);
        QCOMPARE(bulkEdit->toolTip(), QStringLiteral("Needs the technician role."));
    }
    auto* access = window.findChild<QAction*>(QStringLiteral("accessAction"));
    QVERIFY(access);
    QCOMPARE(access->isEnabled(), mayImport);
    auto* confirm = window.findChild<QPushButton*>(QStringLiteral("confirmSwapButton"));
    QVERIFY(confirm);
    // The page enables its button when both serials are in; a role without swaps keeps it off whatever the page does.
    confirm->setEnabled(true);
    QCOMPARE(confirm->isEnabled(), maySwap);
    QCOMPARE(confirm->toolTip() == QLatin1String("Needs the technician role."), !maySwap);

    auto* label = window.findChild<QLabel*>(QStringLiteral("accessLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Server %1 · database %2 · %3 (%4)")
                                .arg(teamAccess(session).serverName(), server.name(), login.name(), shownRole));
    // The access label names the register on a server; the address (which may hold a password) is not shown too.
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("databasePathLabel"))->isVisible());
    QVERIFY2(window.windowTitle().startsWith(server.name() + QStringLiteral(" on ")), qPrintable(window.windowTitle()));
    // Who swaps is the signed-in user: the swap form starts with their name, not the computer's user.
    QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("technicianEdit"))->text(), login.name());

    // Closing gives the controls back to their own rules; a file allows everything again.
    const QString file = m_dir.filePath(QStringLiteral("after.sqlite"));
    QVERIFY(session.openDatabase(file).ok());
    QVERIFY(import->isEnabled());
    QVERIFY(import->toolTip() != QLatin1String("Needs the coordinator role."));
    QVERIFY(!label->isVisible());
    session.closeDatabase();
}

// A technician's bulk edit offers the notes only (the other fields name the role they need), and a notes edit
// through the same service the page uses is stored, while a change of type is refused by the server itself.
void TestTeamWindow::technicianEditsNotesOnly()
{
    RULLERING_REQUIRE_TEST_SERVER();
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    Login tech;
    {
        Result<std::unique_ptr<Database>> owner = Database::open(server.address());
        QVERIFY(owner.ok());
        ServerAccess access(*owner.value());
        QVERIFY(access.prepareTeam().ok());
        QVERIFY(access.grant(tech.name(), QStringLiteral("technician")).ok());
        GenerateOptions options;
        options.devices = 30;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(FleetGenerator::generate(*owner.value(), options).ok());
    }
    AppSession session;
    QVERIFY(session.openDatabase(server.address() + QStringLiteral("&user=") + tech.name()).ok());
    BulkEditDialog dialog(session, 1);
    auto* notes = dialog.findChild<QCheckBox*>(QStringLiteral("notesCheck"));
    auto* type = dialog.findChild<QCheckBox*>(QStringLiteral("typeCheck"));
    QVERIFY(notes && type);
    QVERIFY(notes->isEnabled());
    QVERIFY(!type->isEnabled());
    QCOMPARE(type->toolTip(), QStringLiteral("Needs the coordinator role."));

    PostgresTestServer::Connection owner(server.address());
    const QStringList device =
        owner.rows(QStringLiteral("SELECT id, version FROM rullering.device ORDER BY id LIMIT 1"));
    QCOMPARE(device.size(), 1);
    const DeviceStamp stamp{device[0].section(u'|', 0, 0).toLongLong(), device[0].section(u'|', 1, 1).toInt()};
    BulkEditService service(session.database()->connection());
    BulkEdit onlyNotes;
    onlyNotes.notes = QStringLiteral("Skjerm sprukket");
    const Result<BulkEditOutcome> noted = service.apply({stamp}, onlyNotes);
    QVERIFY2(noted.ok(), qPrintable(noted.errorMessage()));
    BulkEdit retype;
    retype.type = DeviceType::Server;
    QVERIFY(!service.apply({{stamp.id, noted.value().versionsAfter.value(0)}}, retype).ok());
    QCOMPARE(owner.rows(QStringLiteral("SELECT notes FROM rullering.device WHERE id = %1").arg(stamp.id)),
             QStringList{QStringLiteral("Skjerm sprukket")});
}

void TestTeamWindow::accessDialogListsTheRoles()
{
    RULLERING_REQUIRE_TEST_SERVER();
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    Login boss, tech;
    {
        Result<std::unique_ptr<Database>> owner = Database::open(server.address());
        QVERIFY(owner.ok());
        ServerAccess access(*owner.value());
        QVERIFY(access.prepareTeam().ok());
        QVERIFY(access.grant(boss.name(), QStringLiteral("coordinator")).ok());
        QVERIFY(access.grant(tech.name(), QStringLiteral("technician")).ok());
    }
    AppSession session;
    QVERIFY(session.openDatabase(server.address() + QStringLiteral("&user=") + boss.name()).ok());
    QCOMPARE(teamAccess(session).user(), boss.name());
    QVERIFY(teamAccess(session).may(Capability::ManageAccess));
    AccessDialog dialog(session);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("accessTable"));
    QVERIFY(table);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString user = table->item(row, 0)->text();
        if (user == boss.name() || user == tech.name())
            rows.append(user + u'|' + table->item(row, 1)->text());
    }
    QStringList expected = {boss.name() + QStringLiteral("|coordinator"), tech.name() + QStringLiteral("|technician")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(rows, expected);
}

void TestTeamWindow::fileAllowsEverything()
{
    AppSession session;
    MainWindow window(session);
    QVERIFY(session.openDatabase(m_dir.filePath(QStringLiteral("alone.sqlite"))).ok());
    QVERIFY(!teamAccess(session).isServer());
    for (Capability capability : {Capability::Import, Capability::EditDevices, Capability::Swap, Capability::EditPlans,
                                  Capability::ManageAccess})
        QVERIFY(teamAccess(session).may(capability));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("accessLabel"))->isVisible());
}

QTEST_MAIN(TestTeamWindow)
#include "test_team_window.moc"
