#pragma once

#include "InUseCensus.h"
#include "PlanInput.h"
#include "PlanLoader.h"
#include "PlanPolicy.h"
#include "PlanSummary.h"
#include "Planner.h"
#include "Procurement.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace rullering {

class Database;

// Replaced so far in a year against the plan for it, per municipality (issue 5, rule 9). Devices replaced this
// year are no longer in use, so the year's plan is what was replaced plus what the plan still has for it.
struct ProgressRow
{
    qint64 municipalityId = 0;
    QString municipality;
    int year = 0;
    qint64 replaced = 0;  // state Replaced with replaced_on in the year
    qint64 remaining = 0; // still planned for the year
    qint64 planned() const { return replaced + remaining; }
};

// A named plan for scenario comparison.
struct NamedPolicy
{
    QString name;
    PlanPolicy policy;
};

// One scenario's figures for one municipality and year.
struct ScenarioRow
{
    QString scenario;
    QString municipality;
    int year = 0;
    qint64 count = 0; // devices replaced (the scenario's plan in effect)
    qint64 toBuy = 0;
    double cost = 0;
    qint64 overdue = 0;
};

// The planning facade for callers that hold a Database: the CLI, the GUI and the status reports. It loads the
// register once (load()) and computes any number of plans from that load, so scenarios and a drill-down do not
// read a million rows again. Not thread-safe; create one per thread.
class PlanService
{
public:
    explicit PlanService(Database& database);
    ~PlanService();

    // Reads the register (again). Every computing call loads on first use.
    Status load();
    const PlanInput& input() const { return m_input; }

    // A policy with the defaults for this register: first year = status date's year, default lifetimes.
    static PlanPolicy defaultPolicy(const QDate& statusDate);

    // The full plan, device by device (loads the register on first use): for procurement and the drill-down.
    Result<PlanResult> compute(const PlanPolicy& policy);
    // The summary, counted by the database without loading every device (PlanCounter): the fast path for
    // tables, charts and reports. Gives the same rows as summarise(compute(policy)).
    // census: the devices in use as a status load just counted them (Dashboard::inUse), to count them once.
    Result<PlanSummary> summary(const PlanPolicy& policy, const InUseCensus* census = nullptr);
    static PlanSummary summarise(const PlanResult& result);

    Result<ProcurementList> procurement(const PlanPolicy& policy, int year);
    Result<QList<ProgressRow>> progress(const PlanPolicy& policy, int year);
    // The same from a summary already computed (saves counting the plan twice).
    Result<QList<ProgressRow>> progress(const PlanSummary& summary, int year);
    Result<QList<ScenarioRow>> compare(const QList<NamedPolicy>& scenarios);

    // The devices a plan puts in a municipality's year (plan in effect) with the reason for each, in plan order.
    // municipalityId -1: every municipality. year 0 with status: the devices of that status (collect, ...).
    struct DeviceEntry
    {
        PlanDeviceDetails device;
        PlanStatus status = PlanStatus::Planned;
        int dueYear = 0;
        int planYear = 0;
        QString reason;
    };
    Result<QList<DeviceEntry>> devices(const PlanResult& plan, qint64 municipalityId, int year,
                                       PlanStatus status = PlanStatus::Planned);

private:
    Status ensureLoaded();

    Database& m_database;
    PlanInput m_input;
    bool m_loaded = false;
};

} // namespace rullering
