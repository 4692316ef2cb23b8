#pragma once

#include <QList>
#include <QtGlobal>

namespace rullering {

// The devices in state InUse now, counted per municipality, type and production year: the one pass over the whole
// fleet that both the status cube (FleetCube, step 1) and the plan's counts (PlanCounter, pass 1) start from. A
// Status page refresh that shows both counts it once and hands it on (~90 ms of ~300 at 1M devices).
// Only valid until the register changes: take it from a load and use it right away, never keep it.
struct InUseCensus
{
    struct Cell
    {
        qint64 municipalityId = 0; // 0: none
        int type = 0;              // DeviceType
        int productionYear = 0;    // 0: unknown
        qint64 count = 0;
    };
    QList<Cell> cells;
};

} // namespace rullering
