#pragma once

#include "domain/DeviceType.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace rullering {

// What a municipality's plan may differ in.
struct MunicipalityPlanSettings
{
    qint64 capacity = 0;                     // devices a year its technicians can swap; 0 = no limit
    std::optional<bool> ordersPerDepartment; // unset: the municipality's own setting in the register
    bool operator==(const MunicipalityPlanSettings&) const = default;
};

// The standard replacement for a device type on the procurement list.
struct StandardItem
{
    // Far above any PC, tablet or printer (a workstation is 30-80,000 NOK), and low enough that a year's cost for a
    // whole register stays an exact, finite number in JSON and XLSX.
    static constexpr double MaxUnitPrice = 10'000'000;

    QString model;
    double unitPrice = 0; // NOK, excluding VAT as the agreement states it; 0 = not entered
    bool operator==(const StandardItem&) const = default;

    // Empty when price is a unit price (finite, from 0 to MaxUnitPrice); otherwise why not, naming type.
    static QString priceProblem(DeviceType type, double price);
};

// Everything a plan depends on, saved with the plan so that it can be reproduced (issue 5, rule 1).
struct PlanPolicy
{
    int firstYear = 0;
    int years = 5;
    std::array<int, DeviceTypeCount>
        lifetimes{};         // indexed by DeviceType; set from defaultLifetimeYears() by defaults()
    QDate statusDate;        // "status per 25.01.2023": activity is judged against this date
    int activityDays = 90;   // seen within this many days before the status date = active
    bool levelled = false;   // which plan is in effect for overdue, supply, buying and cost
    bool excludeKept = true; // devices flagged keep are not planned
    QSet<qint64> excludedLocations;
    QSet<qint64> excludedDepartments;
    QHash<qint64, MunicipalityPlanSettings> municipalities; // by municipality id
    std::array<StandardItem, DeviceTypeCount> standards{};  // indexed by DeviceType
    // Types the plan leaves out, indexed by DeviceType; defaults() sets them from plannedByDefault() (phones, servers).
    std::array<bool, DeviceTypeCount> excludedTypes{};

    // Defaults: the status date's year is the first year, five years, the default lifetimes, 90 days.
    static PlanPolicy defaults(const QDate& statusDate = QDate::currentDate());

    int lastYear() const { return firstYear + years - 1; }
    int lifetime(DeviceType type) const { return lifetimes[static_cast<int>(type)]; }
    void setLifetime(DeviceType type, int years_) { lifetimes[static_cast<int>(type)] = years_; }
    const StandardItem& standard(DeviceType type) const { return standards[static_cast<int>(type)]; }
    void setStandard(DeviceType type, const StandardItem& item) { standards[static_cast<int>(type)] = item; }
    bool excludes(DeviceType type) const { return excludedTypes[static_cast<int>(type)]; }
    void setExcluded(DeviceType type, bool excluded) { excludedTypes[static_cast<int>(type)] = excluded; }
    qint64 capacity(qint64 municipalityId) const { return municipalities.value(municipalityId).capacity; }

    // The due year of a device produced in productionYear: max(firstYear, productionYear + lifetime).
    int dueYear(DeviceType type, int productionYear) const;

    // Empty when the policy can be planned; otherwise what is wrong, for a person.
    QString validate() const;

    QJsonObject toJson() const;
    // Missing keys take the defaults; malformed values are refused with a message naming the key.
    static Result<PlanPolicy> fromJson(const QJsonObject& json);

    bool operator==(const PlanPolicy&) const = default;
};

} // namespace rullering
