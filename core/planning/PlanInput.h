#pragma once

#include "domain/DeviceType.h"
#include "storage/ReferenceRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace rullering {

// One device in use, as little of it as planning needs. Kept small: a plan over a million devices holds a
// million of these.
struct PlanItem
{
    qint64 id = 0;
    QString serial;
    qint64 municipalityId = 0; // 0: the device has no municipality
    qint64 departmentId = 0;
    qint64 locationId = 0;
    DeviceType type = DeviceType::Other;
    int productionYear = 0; // 0: unknown
    qint64 lastSeen = 0;    // UTC seconds since the epoch; 0: never seen
    bool keep = false;
};

// Devices that are not in use but can replace one: in stock (available at once) or in a pool that becomes
// available at a date (the election PCs after the election).
struct SupplyCount
{
    qint64 municipalityId = 0;
    DeviceType type = DeviceType::Other;
    bool stock = false;  // true: in stock, available at once
    QDate availableFrom; // for a pool: from this date; invalid: the pool has no date and is not counted
    qint64 count = 0;
};

// What a plan is computed from. Independent of the policy, so one load serves several scenarios.
struct PlanInput
{
    std::vector<PlanItem> items; // devices in state InUse
    QList<SupplyCount> supply;
    QList<Municipality> municipalities;
    QHash<qint64, QString> departmentNames;
    QHash<qint64, QString> locationNames;

    QString municipalityName(qint64 id) const;
};

} // namespace rullering
