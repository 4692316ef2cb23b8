#pragma once

#include "TestRegister.h"
#include "domain/Device.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QTest>

#include <memory>

namespace rullering::test {

// A small register with two municipalities, for the register's service tests.
struct RegisterFixture
{
    std::unique_ptr<TestRegister> testRegister; // when open() was given no path
    std::unique_ptr<Database> database;
    qint64 molde = 0, aukra = 0;
    qint64 townHall = 0, skole = 0, aukraSenter = 0;
    qint64 helse = 0, oppvekst = 0;
    qint64 adminNet = 0;

    // Without a path: a register on the run's engine (TestRegister), a file or a database on the test server.
    bool open(const QString& path = QString())
    {
        database.reset();
        if (path.isEmpty()) {
            testRegister = std::make_unique<TestRegister>();
            if (!testRegister->isValid()) {
                qWarning() << testRegister->error();
                return false;
            }
        }
        Result<std::unique_ptr<Database>> opened = Database::open(path.isEmpty() ? testRegister->path() : path);
        if (!opened) {
            qWarning() << opened.errorMessage();
            return false;
        }
        database = std::move(opened).value();
        ReferenceRepository refs(database->connection());
        Transaction tx(database->connection());
        molde = refs.ensureMunicipality(tx, QStringLiteral("Molde")).value();
        aukra = refs.ensureMunicipality(tx, QStringLiteral("Aukra")).value();
        townHall = refs.ensureLocation(tx, molde, QStringLiteral("Molde rådhus")).value();
        skole = refs.ensureLocation(tx, molde, QStringLiteral("Kvam skole")).value();
        aukraSenter = refs.ensureLocation(tx, aukra, QStringLiteral("Aukra sentrum")).value();
        helse = refs.ensureDepartment(tx, molde, QStringLiteral("Helse")).value();
        oppvekst = refs.ensureDepartment(tx, molde, QStringLiteral("Oppvekst")).value();
        adminNet = refs.ensureNetwork(tx, QStringLiteral("Administrativt")).value();
        return tx.commit().ok();
    }

    QSqlDatabase db() const { return database->connection(); }

    // A device in use at Molde rådhus, Helse, with a user.
    Device inUse(const QString& serial, const QString& user = QStringLiteral("Kari Nordmann")) const
    {
        Device d;
        d.serial = serial;
        d.hostname = QStringLiteral("MOL-") + serial;
        d.type = DeviceType::Laptop;
        d.manufacturer = QStringLiteral("LENOVO");
        d.model = QStringLiteral("ThinkPad T14 Gen 2");
        d.productionYear = 2017;
        d.yearSource = YearSource::PurchaseDate;
        d.municipalityId = molde;
        d.locationId = townHall;
        d.departmentId = helse;
        d.networkId = adminNet;
        d.primaryUser = user;
        d.state = LifecycleState::InUse;
        return d;
    }

    qint64 add(Device device, const char* reason = AuditReason::Create) const
    {
        Transaction tx(db());
        if (!DeviceRepository(db()).create(tx, device, ChangeContext::now(reason)).ok() || !tx.commit().ok())
            return 0;
        return device.id;
    }

    Device bySerial(const QString& serial) const
    {
        Result<std::optional<Device>> found = DeviceRepository(db()).findBySerial(serial);
        return found && found.value() ? *found.value() : Device();
    }

    Device byId(qint64 id) const
    {
        Result<Device> found = DeviceRepository(db()).findById(id);
        return found ? found.value() : Device();
    }

    qint64 auditCount() const { return AuditLog::count(db()).value(); }
};

} // namespace rullering::test
