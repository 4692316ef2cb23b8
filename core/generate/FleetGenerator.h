#pragma once

#include "util/Result.h"

#include <QDate>

#include <functional>

namespace rullering {

class Database;

struct GenerateOptions
{
    qint64 devices = 5000;
    quint64 seed = 2023;
    // Last-seen times, swaps and the current year are laid out relative to this date. The same seed and the
    // same date give the same fleet, row for row.
    QDate asOf = QDate::currentDate();
};

struct GenerateSummary
{
    qint64 devices = 0;
    qint64 municipalities = 0;
    qint64 swaps = 0;
};

// Fills an empty register with a realistic, deterministic fleet: the Molde partnership's municipalities (more
// when the fleet is large) with schools, town halls and nursing homes, departments, administrative and pupil
// networks, PCs with Molde's 2018–2019 bulge, tablets, phones, printers and a few servers, ~5 % not seen for
// months, this year's swaps so far, and the 2023 election pool. One transaction: all or nothing.
class FleetGenerator
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

    static Result<GenerateSummary> generate(Database& database, const GenerateOptions& options,
                                            const Progress& progress = {});
};

} // namespace rullering
