#include "YearEvidence.h"

namespace rullering {
namespace {

int rank(YearSource source)
{
    return source == YearSource::Unknown ? 100 : int(source);
}

} // namespace

YearEstimate estimateProductionYear(const YearEvidence& evidence)
{
    if (evidence.explicitYear)
        return {*evidence.explicitYear, evidence.explicitSource.value_or(YearSource::Explicit)};
    // A file that states the source (Rullering's own export) is taken at its word, "unknown" included.
    if (evidence.explicitSource)
        return {};
    const std::pair<const QDate*, YearSource> dates[] = {
        {&evidence.purchaseDate, YearSource::PurchaseDate},
        {&evidence.warrantyStart, YearSource::WarrantyStart},
        {&evidence.osInstall, YearSource::OsInstall},
        {&evidence.biosRelease, YearSource::BiosRelease},
    };
    for (const auto& [date, source] : dates) {
        if (date->isValid() && date->year() >= 1980)
            return {date->year(), source};
    }
    return {};
}

bool isEvidenceAtLeastAsGood(YearSource incoming, YearSource stored)
{
    return incoming != YearSource::Unknown && rank(incoming) <= rank(stored);
}

bool isRealEvidence(YearSource source)
{
    return source >= YearSource::Explicit && source <= YearSource::BiosRelease;
}

} // namespace rullering
