#pragma once

#include "PlanInput.h"
#include "domain/DeviceType.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rullering {

class Database;

// A device of a plan as the drill-down shows it.
struct PlanDeviceDetails
{
    qint64 id = 0;
    QString serial;
    QString hostname;
    DeviceType type = DeviceType::Other;
    QString manufacturer;
    QString model;
    int productionYear = 0;
    QString municipality;
    QString location;
    QString department;
    QDateTime lastSeen;
};

// Reads what planning needs from the register: every device in use in one pass over the device table (raw
// SQLite: a million rows must load in a fraction of a second), the supply counted by the database, and the
// reference names. The drill-down's details are a separate query for the devices asked for.
class PlanLoader
{
public:
    static Result<PlanInput> load(Database& database);
    // Stock and pool devices counted per municipality, type and pool date.
    static Result<QList<SupplyCount>> supply(Database& database);
    static Result<QList<PlanDeviceDetails>> details(Database& database, const QList<qint64>& ids);
    // "2023-01-24T07:13:55Z" (or any ISO form) to UTC seconds since the epoch; 0 for empty or unreadable text.
    static qint64 parseTimestamp(const char* text, int length);
};

} // namespace rullering
