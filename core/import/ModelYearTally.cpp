#include "ModelYearTally.h"

#include "YearEvidence.h"

namespace rullering {

QHash<int, qint64>* ModelYearTally::countsOf(const QString& model)
{
    // A model's spellings are few, its devices many: the key is folded once per spelling.
    auto written = m_byWritten.find(model);
    if (written == m_byWritten.end()) {
        const QString key = ModelYearEstimator::modelKey(model);
        written = m_byWritten.emplace(model, key.isEmpty() ? nullptr : &m_byKey[key]).first;
    }
    return written->second;
}

void ModelYearTally::count(const Device& device, int change)
{
    if (!isRealEvidence(device.yearSource) || device.productionYear <= 0 || device.model.isEmpty())
        return;
    if (QHash<int, qint64>* counts = countsOf(device.model))
        (*counts)[device.productionYear] += change;
}

void ModelYearTally::estimate(Device& device)
{
    if (isRealEvidence(device.yearSource) || device.model.isEmpty())
        return;
    const QHash<int, qint64>* counts = countsOf(device.model);
    if (!counts)
        return; // a blank model: the estimator leaves such a device as it is (no model, no usual year)
    const int year = ModelYearEstimator::usualYear(*counts);
    device.productionYear = year;
    device.yearSource = year > 0 ? YearSource::ModelTypical : YearSource::Unknown;
}

ModelYearEstimator::Evidence ModelYearTally::take()
{
    m_byWritten.clear();
    return std::move(m_byKey);
}

} // namespace rullering
