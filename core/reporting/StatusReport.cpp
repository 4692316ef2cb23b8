#include "StatusReport.h"

namespace rullering {

StatusCounts& StatusCounts::operator+=(const StatusCounts& other)
{
    active += other.active;
    inactive += other.inactive;
    remaining += other.remaining;
    replaced += other.replaced;
    inferred += other.inferred;
    inferredRemaining += other.inferredRemaining;
    return *this;
}

const StatusRow* StatusReport::row(const QString& municipality) const
{
    for (const StatusRow& r : rows) {
        if (r.municipality == municipality)
            return &r;
    }
    return nullptr;
}

} // namespace rullering
