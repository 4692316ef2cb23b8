#include "ReportingFixture.h"

#include "TestRegister.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace rullering::test {
namespace {

// The server databases the fixtures made, dropped when the application ends (while Qt still runs), after every test
// has let go of its register.
std::vector<std::unique_ptr<TestRegister>>& serverRegisters()
{
    static std::vector<std::unique_ptr<TestRegister>> registers;
    return registers;
}

void dropServerRegisters()
{
    serverRegisters().clear();
}

} // namespace

std::unique_ptr<Database> openFixtureDatabase()
{
    // SQLite: in memory, as always. The postgres run: a fresh database on the test server.
    QString path = QStringLiteral(":memory:");
    if (TestRegister::onServer()) {
        if (serverRegisters().empty())
            qAddPostRoutine(dropServerRegisters);
        serverRegisters().push_back(std::make_unique<TestRegister>());
        if (!serverRegisters().back()->isValid())
            qFatal("cannot make a register on the test server: %s", qPrintable(serverRegisters().back()->error()));
        path = serverRegisters().back()->path();
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        qFatal("cannot open a %s register: %s", qPrintable(TestRegister::engineName()), qPrintable(db.errorMessage()));
    return std::move(db.value());
}

qint64 municipalityId(Database& db, const QString& name)
{
    if (name.isEmpty())
        return 0;
    Result<QSqlQuery> found =
        runQuery(db.connection(), QStringLiteral("SELECT id FROM municipality WHERE name = ?"), {name});
    if (found && found.value().next())
        return found.value().value(0).toLongLong();
    if (!runStatement(db.connection(), QStringLiteral("INSERT INTO municipality (name) VALUES (?)"), {name}))
        return 0;
    return municipalityId(db, name);
}

qint64 addDevice(Database& db, const FixtureDevice& d)
{
    const qint64 municipality = municipalityId(db, d.municipality);
    Result<QSqlQuery> inserted = runQuery(
        db.connection(),
        QStringLiteral("INSERT INTO device (type, production_year, municipality_id, state, last_seen, replaced_on,"
                       " in_service_from, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"),
        {static_cast<int>(d.type), d.productionYear > 0 ? QVariant(d.productionYear) : QVariant(),
         nullIfZero(municipality), static_cast<int>(d.state), nullIfEmpty(d.lastSeen), nullIfEmpty(d.replacedOn),
         nullIfEmpty(d.inServiceFrom), QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("2020-01-01T00:00:00Z")});
    if (!inserted || !inserted.value().next()) {
        qWarning("cannot insert a fixture device: %s", qPrintable(inserted.errorMessage()));
        return 0;
    }
    const qint64 id = inserted.value().value(0).toLongLong();
    inserted.value().finish();
    for (const QString& seen : d.seenAt) {
        if (!runStatement(db.connection(), QStringLiteral("INSERT INTO device_seen (device_id, seen_at) VALUES (?, ?)"),
                          {id, seen}))
            return 0;
    }
    return id;
}

} // namespace rullering::test
