// A team on one register (issue 18, points 1 and 2): the four roles the server enforces, through rullering-cli and
// through direct SQL as each login, and the audit's "who" as the server's word. Against the throwaway server
// (pg_hba trust: a test signs in as any login it creates with user= in the address); skipped without
// $RULLERING_TEST_PG. Roles are the cluster's: each test makes logins with names of its own and drops them again,
// and the four team roles may exist already from another test.

#include "CliRunner.h"
#include "PostgresTestServer.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rullering;

namespace {

// A server login for one test, dropped again afterwards.
class Login
{
public:
    Login()
        : m_name(QStringLiteral("rt_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)))
    {
        PostgresTestServer::Connection admin(PostgresTestServer::address());
        m_error = admin.isOpen() ? admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_name)) : admin.error();
    }
    ~Login()
    {
        PostgresTestServer::Connection admin(PostgresTestServer::address());
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
    }
    const QString& name() const { return m_name; }
    const QString& error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

QString as(const PostgresTestServer::Database& server, const QString& login)
{
    return server.address() + QStringLiteral("&user=") + login;
}

CliRun cli(const QString& address, QStringList arguments)
{
    arguments.prepend(address);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

// A register with the team's roles and three devices in use, made by the server's superuser (its owner).
bool prepareRegister(const PostgresTestServer::Database& server)
{
    if (cli(server.address(), {QStringLiteral("server"), QStringLiteral("init")}).exitCode != 0)
        return false;
    PostgresTestServer::Connection owner(server.address());
    return owner
        .exec(QStringLiteral("INSERT INTO rullering.device (serial, type, state, model, created_at, updated_at) VALUES"
                             " ('A1', 0, 2, 'Latitude 5400', 'x', 'x'), ('A2', 0, 2, 'Latitude 5400', 'x', 'x'),"
                             " ('A3', 1, 2, 'EliteBook', 'x', 'x')"))
        .isEmpty();
}

bool grant(const PostgresTestServer::Database& server, const QString& login, const QString& role)
{
    return cli(server.address(), {QStringLiteral("server"), QStringLiteral("grant"), login, role}).exitCode == 0;
}

// What the server answers when login runs sql directly: empty when it was allowed.
QString directSql(const PostgresTestServer::Database& server, const QString& login, const QString& sql)
{
    PostgresTestServer::Connection connection(as(server, login));
    if (!connection.isOpen())
        return connection.error();
    connection.exec(QStringLiteral("SET search_path TO rullering"));
    return connection.exec(sql);
}

QString csvFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("devices.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("Serienummer;Enhetsnavn;Produksjons\xc3\xa5r;Kommune\nX1;PC-X1;2018;Molde\n");
    return path;
}

} // namespace

class TestCliServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initMakesRolesAndRightsIdempotently();
    void grantRevokeAndAccessKeepTheirContract();
    void unknownLoginOrRoleIsRefusedInOneLine_data();
    void unknownLoginOrRoleIsRefusedInOneLine();
    void technicianSwapsButCannotChangeModelsOrImport();
    void technicianUndoesOnlyOwnSwaps();
    void readerAndProcurementOnlyRead_data();
    void readerAndProcurementOnlyRead();
    void coordinatorChangesAnythingButTheAuditLog();
    void auditWhoIsTheServerUserUnderAForgedName();
};

void TestCliServerRoles::init()
{
    RULLERING_REQUIRE_TEST_SERVER();
}

void TestCliServerRoles::initMakesRolesAndRightsIdempotently()
{
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    for (int i = 0; i < 2; ++i) {
        const CliRun run = cli(server.address(), {QStringLiteral("server"), QStringLiteral("init")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Team roles: rullering_coordinator, rullering_technician, "
                                                "rullering_procurement, rullering_reader.")),
                 qPrintable(run.out));
    }
    PostgresTestServer::Connection owner(server.address());
    // The four group roles (other tests running on the same server may hold logins of their own meanwhile).
    QCOMPARE(owner.rows(QStringLiteral("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN"
                                       " ('rullering_coordinator', 'rullering_technician', 'rullering_procurement',"
                                       " 'rullering_reader') ORDER BY rolname")),
             QStringList({QStringLiteral("rullering_coordinator|false"), QStringLiteral("rullering_procurement|false"),
                          QStringLiteral("rullering_reader|false"), QStringLiteral("rullering_technician|false")}));
    // The rights as the server holds them, per role, on the device table and on the audit log.
    const QString rights = QStringLiteral(
        "SELECT r, has_table_privilege(r, 'rullering.device', 'SELECT'), has_table_privilege(r, 'rullering.device',"
        " 'UPDATE'), has_column_privilege(r, 'rullering.device', 'model', 'UPDATE'),"
        " has_table_privilege(r, 'rullering.audit', 'INSERT'), has_table_privilege(r, 'rullering.audit', 'DELETE'),"
        " has_table_privilege(r, 'rullering.named_item', 'INSERT')"
        " FROM unnest(ARRAY['rullering_coordinator', 'rullering_technician', 'rullering_procurement',"
        " 'rullering_reader']) AS r");
    QCOMPARE(owner.rows(rights),
             QStringList({QStringLiteral("rullering_coordinator|true|true|true|true|false|true"),
                          // The model column is writable by privilege; the row rule (device_guard) refuses it.
                          QStringLiteral("rullering_technician|true|true|true|true|false|false"),
                          QStringLiteral("rullering_procurement|true|false|false|false|false|false"),
                          QStringLiteral("rullering_reader|true|false|false|false|false|false")}));
    // A table a later step adds is covered by the next init (and by default privileges meanwhile).
    QVERIFY(owner.exec(QStringLiteral("CREATE TABLE rullering.later_table (id INTEGER)")).isEmpty());
    QCOMPARE(owner.rows(QStringLiteral("SELECT has_table_privilege('rullering_reader', 'rullering.later_table',"
                                       " 'SELECT'), has_table_privilege('rullering_reader', 'rullering.later_table',"
                                       " 'INSERT')")),
             QStringList{QStringLiteral("true|false")});
    QCOMPARE(cli(server.address(), {QStringLiteral("server"), QStringLiteral("init")}).exitCode, 0);
}

void TestCliServerRoles::grantRevokeAndAccessKeepTheirContract()
{
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(prepareRegister(server));
    Login kari, ola;
    QVERIFY2(kari.error().isEmpty() && ola.error().isEmpty(), qPrintable(kari.error() + ola.error()));
    const QStringList server_ = {QStringLiteral("server")};

    CliRun run = cli(server.address(),
                     server_ + QStringList{QStringLiteral("grant"), kari.name(), QStringLiteral("technician")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1 now has the technician role.\n").arg(kari.name()));
    run = cli(server.address(),
              server_ + QStringList{QStringLiteral("grant"), kari.name(), QStringLiteral("technician")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1 already had the technician role.\n").arg(kari.name()));
    QVERIFY(grant(server, ola.name(), QStringLiteral("reader")));
    QVERIFY(grant(server, ola.name(), QStringLiteral("procurement")));

    // Other tests' logins may hold roles meanwhile (the cluster's): only ours are compared.
    auto ours = [&](const QString& format) {
        const CliRun listed =
            cli(server.address(), server_ + QStringList{QStringLiteral("access"), QStringLiteral("--format"), format});
        return listed;
    };
    run = ours(QStringLiteral("json"));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.keys(), QStringList{QStringLiteral("users")});
    QStringList pairs;
    for (const QJsonValue& value : root.value(QStringLiteral("users")).toArray()) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.keys(), QStringList({QStringLiteral("role"), QStringLiteral("user")}));
        const QString user = entry.value(QStringLiteral("user")).toString();
        if (user == kari.name() || user == ola.name())
            pairs.append(user + u':' + entry.value(QStringLiteral("role")).toString());
    }
    QStringList expected = {kari.name() + QStringLiteral(":technician"), ola.name() + QStringLiteral(":procurement"),
                            ola.name() + QStringLiteral(":reader")};
    if (ola.name() < kari.name())
        expected = QStringList{expected.at(1), expected.at(2), expected.at(0)};
    QCOMPARE(pairs, expected);
    run = ours(QStringLiteral("table"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("User")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QRegularExpression(kari.name() + QStringLiteral(" +technician\n"))), qPrintable(run.out));

    run = cli(server.address(), server_ + QStringList{QStringLiteral("revoke"), ola.name(), QStringLiteral("reader")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1 no longer has the reader role.\n").arg(ola.name()));
    run = cli(server.address(), server_ + QStringList{QStringLiteral("revoke"), ola.name(), QStringLiteral("reader")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1 did not have the reader role.\n").arg(ola.name()));
    run = ours(QStringLiteral("json"));
    QVERIFY(!run.out.contains(QStringLiteral("\"user\": \"%1\",\n        \"role\": \"reader\"").arg(ola.name())));
    PostgresTestServer::Connection owner(server.address());
    QCOMPARE(owner.rows(QStringLiteral("SELECT pg_has_role('%1', 'rullering_reader', 'MEMBER'),"
                                       " pg_has_role('%1', 'rullering_procurement', 'MEMBER')")
                            .arg(ola.name())),
             QStringList{QStringLiteral("false|true")});
}

void TestCliServerRoles::unknownLoginOrRoleIsRefusedInOneLine_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("knownLogin");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("message");
    QTest::newRow("grant to an unknown login") << "grant" << false << "reader"
                                               << "There is no login";
    QTest::newRow("revoke from an unknown login") << "revoke" << false << "reader"
                                                  << "There is no login";
    QTest::newRow("grant an unknown role") << "grant" << true << "admin"
                                           << "Unknown role \"admin\"";
    QTest::newRow("revoke an unknown role") << "revoke" << true << "Coordinator"
                                            << "Unknown role \"Coordinator\"";
    QTest::newRow("grant to a team role") << "grant" << false << "reader"
                                          << "one of Rullering's own roles";
}

void TestCliServerRoles::unknownLoginOrRoleIsRefusedInOneLine()
{
    QFETCH(QString, action);
    QFETCH(bool, knownLogin);
    QFETCH(QString, role);
    QFETCH(QString, message);
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(prepareRegister(server));
    Login login;
    QString name = knownLogin ? login.name() : QStringLiteral("nobody_%1").arg(login.name());
    if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("team role")))
        name = QStringLiteral("rullering_technician");
    const CliRun run = cli(server.address(), {QStringLiteral("server"), action, name, role});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("rullering-cli server %1: ").arg(action)), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.isEmpty());
}

void TestCliServerRoles::technicianSwapsButCannotChangeModelsOrImport()
{
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(prepareRegister(server));
    Login tech;
    QVERIFY(grant(server, tech.name(), QStringLiteral("technician")));
    const QString address = as(server, tech.name());

    CliRun run = cli(address, {QStringLiteral("swap"), QStringLiteral("A1"), QStringLiteral("N1")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("A1 replaced by N1")), qPrintable(run.out + run.err));

    QTemporaryDir dir;
    run = cli(address, {QStringLiteral("import"), csvFile(dir)});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("rullering-cli import: Importing needs the coordinator role; %1 has technician.\n")
                          .arg(tech.name()));

    // Directly: the server itself refuses what the role does not allow.
    QString refused =
        directSql(server, tech.name(), QStringLiteral("UPDATE device SET model = 'X' WHERE serial = 'A2'"));
    QVERIFY2(refused.contains(QLatin1String("permission denied")) && refused.contains(QLatin1String("model")),
             qPrintable(refused));
    refused = directSql(server, tech.name(), QStringLiteral("DELETE FROM device WHERE serial = 'A2'"));
    QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(refused));
    refused = directSql(server, tech.name(), QStringLiteral("INSERT INTO pool (name) VALUES ('p')"));
    QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(refused));
    QCOMPARE(directSql(server, tech.name(),
                       QStringLiteral("UPDATE device SET notes = 'Skjerm sprukket' WHERE serial = 'A2'")),
             QString());
    PostgresTestServer::Connection owner(server.address());
    QCOMPARE(owner.rows(QStringLiteral("SELECT serial, model, state, coalesce(notes, '') FROM rullering.device"
                                       " WHERE serial IN ('A1', 'A2', 'N1') ORDER BY serial")),
             QStringList({QStringLiteral("A1|Latitude 5400|4|"), QStringLiteral("A2|Latitude 5400|2|Skjerm sprukket"),
                          QStringLiteral("N1||2|")}));
}

void TestCliServerRoles::technicianUndoesOnlyOwnSwaps()
{
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(prepareRegister(server));
    Login kari, ola;
    QVERIFY(grant(server, kari.name(), QStringLiteral("technician")));
    QVERIFY(grant(server, ola.name(), QStringLiteral("technician")));
    QCOMPARE(
        cli(as(server, kari.name()), {QStringLiteral("swap"), QStringLiteral("A1"), QStringLiteral("N1")}).exitCode, 0);
    const QString undo = QStringLiteral("UPDATE device SET state = 2, replaced_by_id = NULL, replaced_on = NULL,"
                                        " replaced_by_technician = NULL WHERE serial = 'A1'");
    const QString refused = directSql(server, ola.name(), undo);
    QVERIFY2(refused.contains(QStringLiteral("only %1 who recorded the swap").arg(kari.name())), qPrintable(refused));
    QCOMPARE(directSql(server, kari.name(), undo), QString());
}

void TestCliServerRoles::readerAndProcurementOnlyRead_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("reader") << "reader";
    QTest::newRow("procurement") << "procurement";
}

void TestCliServerRoles::readerAndProcurementOnlyRead()
{
    QFETCH(QString, role);
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(prepareRegister(server));
    Login login;
    QVERIFY(grant(server, login.name(), role));
    const QString address = as(server, login.name());

    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("devices.csv"));
    CliRun run = cli(address, {QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("-o"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(cli(address, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")}).exitCode, 0);
    run = cli(address, {QStringLiteral("swap"), QStringLiteral("A1"), QStringLiteral("N1")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("rullering-cli swap: Recording a swap needs the technician role; %1 has %2.\n")
                          .arg(login.name(), role));
    for (const QString& sql : {QStringLiteral("UPDATE device SET notes = 'x'"),
                               QStringLiteral("INSERT INTO audit (at, who, field, reason) VALUES ('x', 'x', 'x', 'x')"),
                               QStringLiteral("INSERT INTO named_item (kind, name, value, updated_at, updated_by)"
                                              " VALUES ('policy', 'p', '{}', 'x', 'x')")}) {
        const QString refused = directSql(server, login.name(), sql);
        QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(sql + refused));
    }
    QCOMPARE(directSql(server, login.name(), QStringLiteral("SELECT count(*) FROM device")), QString());
}

void TestCliServerRoles::coordinatorChangesAnythingButTheAuditLog()
{
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(prepareRegister(server));
    Login boss;
    QVERIFY(grant(server, boss.name(), QStringLiteral("coordinator")));
    QCOMPARE(directSql(server, boss.name(), QStringLiteral("UPDATE device SET model = 'X' WHERE serial = 'A2'")),
             QString());
    QCOMPARE(directSql(server, boss.name(), QStringLiteral("INSERT INTO pool (name) VALUES ('Lager')")), QString());
    const QString refused = directSql(server, boss.name(), QStringLiteral("DELETE FROM audit"));
    QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(refused));
    // A coordinator gives the other roles without CREATEROLE.
    Login tech;
    const CliRun run = cli(as(server, boss.name()), {QStringLiteral("server"), QStringLiteral("grant"), tech.name(),
                                                     QStringLiteral("technician")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Setting the rights up again is the owner's: said, rather than PostgreSQL's warnings passed over.
    const CliRun init = cli(as(server, boss.name()), {QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains(QLatin1String("Only the register's owner")), qPrintable(init.err));
}

void TestCliServerRoles::auditWhoIsTheServerUserUnderAForgedName()
{
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(prepareRegister(server));
    Login tech;
    QVERIFY(grant(server, tech.name(), QStringLiteral("technician")));
    QProcessEnvironment forged;
    forged.insert(QStringLiteral("RULLERING_USER"), QStringLiteral("mallory"));
    const CliRun run =
        runCli({QStringLiteral("--db"), as(server, tech.name()), QStringLiteral("--user"), QStringLiteral("mallory"),
                QStringLiteral("swap"), QStringLiteral("A1"), QStringLiteral("N1")},
               forged);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Direct SQL naming someone else, or no one, is recorded as the signed-in user too.
    QCOMPARE(
        directSql(server, tech.name(),
                  QStringLiteral("INSERT INTO audit (at, who, field, reason) VALUES ('x', 'mallory', 'f', 'edit')")),
        QString());
    QCOMPARE(directSql(server, tech.name(),
                       QStringLiteral("INSERT INTO audit (at, field, reason) VALUES ('x', 'g', 'edit')")),
             QString());
    PostgresTestServer::Connection owner(server.address());
    const QStringList who = owner.rows(QStringLiteral("SELECT DISTINCT who FROM rullering.audit"));
    QCOMPARE(who, QStringList{tech.name()});
    QCOMPARE(owner.rows(QStringLiteral("SELECT count(*) FROM rullering.audit WHERE reason = 'swap'")).value(0).toInt() >
                 0,
             true);
    // The owner's own writes are the owner's too, unless it is copying a whole register.
    QVERIFY(owner
                .exec(QStringLiteral("INSERT INTO rullering.import_run (file_name, sha256, profile, started_at, who)"
                                     " VALUES ('f', 's', 'p', 'x', 'mallory')"))
                .isEmpty());
    QCOMPARE(owner.rows(QStringLiteral("SELECT who = session_user FROM rullering.import_run")),
             QStringList{QStringLiteral("true")});
}

QTEST_GUILESS_MAIN(TestCliServerRoles)
#include "test_cli_server_roles.moc"
