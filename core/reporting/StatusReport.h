#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace rullering {

// One line of the status table. Definitions (issue #6), for a status date X in year Y and an activity window
// of D days:
//   active    — in use on X and seen on or after X − D days, or seen after X (see FleetCube.h);
//   inactive  — in use on X and not seen since X − D days;
//   remaining — "still to replace in Y": active devices with production year + lifetime(type) ≤ Y that the plan
//               does not leave out (kept, excluded place), lifetimes and scope from the register's current plan
//               settings. The Swap page's "still to replace" and the plan's due count for Y are this figure;
//   inferred  — of active, those active only because they were seen after X (a past status date);
//   inferredRemaining — of remaining, those that rest on that inference;
//   replaced  — devices swapped from 1 January of Y up to and including X;
//   due       — remaining + replaced;  share done — replaced / due.
struct StatusCounts
{
    qint64 active = 0;
    qint64 inactive = 0;
    qint64 remaining = 0;
    qint64 replaced = 0;
    qint64 inferred = 0;
    qint64 inferredRemaining = 0;

    qint64 due() const { return remaining + replaced; }
    qint64 inUse() const { return active + inactive; }
    // 0..1; 0 when nothing is due.
    double shareDone() const { return due() > 0 ? double(replaced) / double(due()) : 0.0; }
    bool isEmpty() const { return active == 0 && inactive == 0 && remaining == 0 && replaced == 0; }

    StatusCounts& operator+=(const StatusCounts& other);
    bool operator==(const StatusCounts&) const = default;
};

struct StatusRow
{
    qint64 municipalityId = 0; // 0: devices without a municipality
    QString municipality;      // empty for those
    StatusCounts counts;
};

struct StatusReport
{
    QDate asOf;
    int activityDays = 90;
    QList<StatusRow> rows; // by municipality name; only municipalities with something to count
    StatusCounts total;

    const StatusRow* row(const QString& municipality) const;
};

} // namespace rullering
