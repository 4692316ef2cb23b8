#pragma once

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
    static Result<PlanSummary> summarise(Database& database, const PlanPolicy& policy);
};

} // namespace rullering
