// What each team role may do (issue 18), as the application reads it to disable what the server would refuse, and
// the words it uses to say which role is needed.
#include "domain/TeamAccess.h"

#include <QRegularExpression>
#include <QTest>

using namespace rullering;

Q_DECLARE_METATYPE(Capability)

class TestTeamAccess : public QObject
{
    Q_OBJECT

private slots:
    void rolesAllowWhatTheIssueLists_data();
    void rolesAllowWhatTheIssueLists();
    void namesRoundTrip();
    void roleTextNamesOnlyRolesThatAddSomething();
    void refusalNamesUserRoleAndRoleNeeded();
    void fileAllowsEverything();
};

void TestTeamAccess::rolesAllowWhatTheIssueLists_data()
{
    QTest::addColumn<Capability>("capability");
    QTest::addColumn<QString>("allowedTo"); // c t p r
    QTest::newRow("import") << Capability::Import << "c---";
    QTest::newRow("edit devices") << Capability::EditDevices << "c---";
    QTest::newRow("notes") << Capability::EditNotes << "ct--";
    QTest::newRow("swap") << Capability::Swap << "ct--";
    QTest::newRow("plans") << Capability::EditPlans << "c---";
    QTest::newRow("snapshot") << Capability::TakeSnapshot << "c---";
    QTest::newRow("views") << Capability::SaveViews << "c---";
    QTest::newRow("export") << Capability::Export << "ctpr";
    QTest::newRow("access") << Capability::ManageAccess << "c---";
}

void TestTeamAccess::rolesAllowWhatTheIssueLists()
{
    QFETCH(Capability, capability);
    QFETCH(QString, allowedTo);
    QString got;
    for (TeamRole role : TeamRoles::all()) {
        const bool may = TeamAccess::onServer(QStringLiteral("kari"), QString(), QString(), {role}).may(capability);
        got.append(may ? TeamRoles::key(role).at(0) : u'-');
    }
    QCOMPARE(got, allowedTo);
    const TeamRole needed = TeamRoles::neededFor(capability);
    QVERIFY(TeamRoles::allows(needed, capability));
    QCOMPARE(TeamRoles::key(needed).at(0),
             allowedTo.at(allowedTo.lastIndexOf(QRegularExpression(QStringLiteral("[a-z]")))));
}

void TestTeamAccess::namesRoundTrip()
{
    for (TeamRole role : TeamRoles::all()) {
        QVERIFY(TeamRoles::fromKey(TeamRoles::key(role)) == role);
        QVERIFY(TeamRoles::fromServerRole(TeamRoles::serverRole(role)) == role);
    }
    QCOMPARE(TeamRoles::serverRole(TeamRole::Procurement), QStringLiteral("rullering_procurement"));
    QVERIFY(!TeamRoles::fromKey(QStringLiteral("Coordinator")));
    QVERIFY(!TeamRoles::fromServerRole(QStringLiteral("coordinator")));
}

void TestTeamAccess::roleTextNamesOnlyRolesThatAddSomething()
{
    auto text = [](QList<TeamRole> roles) {
        return TeamAccess::onServer({}, {}, {}, roles).roleText();
    };
    QCOMPARE(text(TeamRoles::all()), QStringLiteral("coordinator"));
    QCOMPARE(text({TeamRole::Reader, TeamRole::Technician}), QStringLiteral("technician"));
    QCOMPARE(text({TeamRole::Procurement, TeamRole::Technician}), QStringLiteral("technician, procurement"));
    QCOMPARE(text({TeamRole::Reader}), QStringLiteral("reader"));
    QCOMPARE(text({}), QStringLiteral("no role"));
    QVERIFY(!TeamAccess::onServer({}, {}, {}, {}).may(Capability::Export));
}

void TestTeamAccess::refusalNamesUserRoleAndRoleNeeded()
{
    const TeamAccess technician = TeamAccess::onServer(QStringLiteral("ola"), QStringLiteral("db"),
                                                       QStringLiteral("rullering"), {TeamRole::Technician});
    QCOMPARE(technician.refusal(Capability::Import),
             QStringLiteral("Importing needs the coordinator role; ola has technician."));
    QCOMPARE(technician.neededText(Capability::EditPlans), QStringLiteral("Needs the coordinator role."));
    QCOMPARE(technician.neededText(Capability::Swap), QString());
    const TeamAccess reader = TeamAccess::onServer(QStringLiteral("per"), {}, {}, {TeamRole::Reader});
    QCOMPARE(reader.neededText(Capability::Swap), QStringLiteral("Needs the technician role."));
}

void TestTeamAccess::fileAllowsEverything()
{
    const TeamAccess file = TeamAccess::everything(QStringLiteral("kari"));
    QVERIFY(!file.isServer());
    for (Capability capability :
         {Capability::Import, Capability::EditDevices, Capability::EditNotes, Capability::Swap, Capability::EditPlans,
          Capability::TakeSnapshot, Capability::SaveViews, Capability::Export, Capability::ManageAccess})
        QVERIFY(file.may(capability));
}

QTEST_GUILESS_MAIN(TestTeamAccess)
#include "test_team_access.moc"
