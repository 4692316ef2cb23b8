#pragma once

#include "domain/YearSource.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace rullering {

// What a row says about when a device was made. No export has a manufacture date; the estimate takes the best
// evidence present, in the order of shared/DOMAIN.md.
struct YearEvidence
{
    std::optional<int> explicitYear;
    std::optional<YearSource> explicitSource; // a round-trip file says where its year came from
    QDate purchaseDate;
    QDate warrantyStart;
    QDate osInstall;
    QDate biosRelease;
    int modelTypicalYear = 0;
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

// The usual production year of each model, from devices whose year rests on real evidence.
class ModelYears
{
public:
    void add(const QString& model, int year, qint64 count = 1);
    int typicalYear(const QString& model) const; // 0: unknown model
    bool isEmpty() const { return m_counts.isEmpty(); }

private:
    QHash<QString, QHash<int, qint64>> m_counts; // by model in lower case
};

} // namespace rullering
