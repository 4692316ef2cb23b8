#pragma once

#include "domain/YearSource.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rullering {

// What a row says about when a device was made. No export has a manufacture date; the estimate takes the best
// evidence present, in the order of shared/DOMAIN.md. The ladder's last rung, the usual year of the model, is not
// the row's to say: ModelYearEstimator sets it after the rows, from the whole register.
struct YearEvidence
{
    std::optional<int> explicitYear;
    std::optional<YearSource> explicitSource; // a round-trip file says where its year came from
    QDate purchaseDate;
    QDate warrantyStart;
    QDate osInstall;
    QDate biosRelease;
};

struct YearEstimate
{
    int year = 0;
    YearSource source = YearSource::Unknown;
};

YearEstimate estimateProductionYear(const YearEvidence& evidence);

// Whether an estimate from incoming may replace a stored year from stored: only evidence at least as good, so a
// BIOS date in next month's export never overrides a purchase date someone entered.
bool isEvidenceAtLeastAsGood(YearSource incoming, YearSource stored);

// Whether a year from source rests on the device's own evidence: not the model's usual year, not unknown.
bool isRealEvidence(YearSource source);

} // namespace rullering
