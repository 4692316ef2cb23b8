#pragma once

#include "domain/DeviceType.h"
#include "domain/Lifecycle.h"
#include "reporting/StatusReport.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QTest>

#include <memory>

namespace rullering::test {

// One hand-built device row; empty strings and zeros are stored as NULL.
struct FixtureDevice
{
    QString municipality = QStringLiteral("Molde");
    DeviceType type = DeviceType::Laptop;
    int productionYear = 2017;
    LifecycleState state = LifecycleState::InUse;
    QString lastSeen;      // "2023-01-20T08:00:00Z"
    QString replacedOn;    // "2023-01-26"
    QString inServiceFrom; // "2023-01-26"
    QStringList seenAt;    // device_seen rows
};

// A fresh register with the current schema: in memory on SQLite, a new database in the postgres run
// (tests/support/TestRegister.h).
std::unique_ptr<Database> openFixtureDatabase();
// Inserts the device (and its municipality when new); returns its id, 0 on failure (the test fails).
qint64 addDevice(Database& db, const FixtureDevice& device);
qint64 municipalityId(Database& db, const QString& name);

} // namespace rullering::test

namespace rullering {
// Readable QCOMPARE failures.
inline char* toString(const StatusCounts& c)
{
    return QTest::toString(QStringLiteral("active %1, inactive %2, remaining %3, replaced %4")
                               .arg(c.active)
                               .arg(c.inactive)
                               .arg(c.remaining)
                               .arg(c.replaced));
}
} // namespace rullering
