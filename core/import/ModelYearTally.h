#pragma once

#include "domain/Device.h"
#include "register/ModelYearEstimator.h"

#include <QHash>
#include <QString>

namespace rullering {

// A load into an empty register counts the year evidence of its devices as it writes them (every device of the
// register is one of its own): the count ModelYearEstimator takes at the end instead of reading the table, and,
// for a device with no evidence of its own, its model's usual year over the rows written so far. The estimate is
// written with the row, and the estimator at the end corrects the few whose model's usual year moved after them
// (a 1M-row export: 104 of 41,486), instead of updating every estimated row after the load.
class ModelYearTally
{
public:
    // Counts (change 1) or takes back (-1) a device's evidence: a year on real evidence, of a device with a model.
    void count(const Device& device, int change);
    // Gives a device with no evidence of its own and with a model the usual year of that model over the evidence
    // counted so far (YearSource::ModelTypical), or none (unknown) when the model has none yet.
    void estimate(Device& device);
    // The count so far, per model key, for ModelYearEstimator::setEvidence; the tally is empty after.
    ModelYearEstimator::Evidence take();

private:
    // The counts of a model's key; null for a blank model (the estimator gives such devices no year).
    QHash<int, qint64>* countsOf(const QString& model);

    ModelYearEstimator::Evidence m_byKey;     // ModelYearEstimator::modelKey() -> year -> devices
    TextMap<QHash<int, qint64>*> m_byWritten; // the model as written -> its key's counts (the nodes stay put)
};

} // namespace rullering
