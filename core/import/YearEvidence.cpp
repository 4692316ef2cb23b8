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
    if (evidence.modelTypicalYear > 0)
        return {evidence.modelTypicalYear, YearSource::ModelTypical};
    return {};
}

bool isEvidenceAtLeastAsGood(YearSource incoming, YearSource stored)
{
    return incoming != YearSource::Unknown && rank(incoming) <= rank(stored);
}

void ModelYears::add(const QString& model, int year, qint64 count)
{
    if (model.trimmed().isEmpty() || year <= 0)
        return;
    m_counts[model.trimmed().toLower()][year] += count;
}

int ModelYears::typicalYear(const QString& model) const
{
    const auto it = m_counts.constFind(model.trimmed().toLower());
    if (it == m_counts.constEnd())
        return 0;
    int best = 0;
    qint64 bestCount = 0;
    for (auto y = it->cbegin(); y != it->cend(); ++y) {
        // Ties go to the older year: planning errs towards replacing on time.
        if (y.value() > bestCount || (y.value() == bestCount && y.key() < best)) {
            best = y.key();
            bestCount = y.value();
        }
    }
    return best;
}

} // namespace rullering
