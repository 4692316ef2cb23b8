#pragma once

#include "InUseCensus.h"
#include "PlanPolicy.h"
#include "PlanSummary.h"
#include "util/Result.h"

namespace rullering {

class Database;

// The plan summary counted by the database instead of loading every device: devices in use per municipality,
// type and production year in one aggregate pass over an index, the plans computed on those counts, and only
// where a year's boundary cuts through a group of devices of mixed types (same due and production year) are
// that group's devices read, in tie-break order, to know which types fall in which year. Gives the same rows
// as Planner::compute() over the same register (the tests compare them).
class PlanCounter
{
public:
    // census: the devices in use, counted by a load just before (FleetCube::load without a filter); saves the
    // one pass over the fleet. Without it the devices are counted here.
    static Result<PlanSummary> summarise(Database& database, const PlanPolicy& policy,
                                         const InUseCensus* census = nullptr);
};

} // namespace rullering
