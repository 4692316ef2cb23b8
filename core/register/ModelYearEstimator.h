#pragma once

#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Result.h"
#include "util/TextHash.h"

#include <QHash>
#include <QString>

#include <optional>

namespace rullering {

// The last rung of the production-year ladder (shared/DOMAIN.md; YearSource::ModelTypical): a device with no evidence
// of its own gets the usual year of its model, counted over every device of the register whose year rests on real
// evidence (YearSource Explicit to BiosRelease). The usual year is the most frequent one; a tie goes to the older
// year, since planning errs towards replacing on time. A model is the same model whatever its case or surrounding
// blanks ("OPTIPLEX 7050 " is "OptiPlex 7050").
//
// The usual year moves whenever a device's evidence is added, changed or removed, so an estimate is not fixed when
// its device is written: whoever changes evidence (the import after its rows, an edit) names the models concerned
// and calls refresh(), which recomputes the estimates of those models from the register as it then stands. The
// register thus depends only on what it holds, never on the order in which rows or edits arrived.
class ModelYearEstimator
{
public:
    // A model whose usual year may have changed, or one of whose devices needs an estimate.
    void addModel(const QString& model);
    // Every model of the register (a register written without estimates, such as the demo fleet).
    void addAllModels() { m_allModels = true; }
    bool isEmpty() const { return !m_allModels && m_models.empty(); }
    // Devices with an id above this one were created by the same change: their year is set without an audit row
    // (their creation is audited) and without a new version.
    void setCreatedAbove(qint64 id) { m_createdAbove = id; }
    // The evidence of every device of the register (model as stored, or its modelKey() -> year -> devices), counted by
    // the caller instead of read from the register: a load into an empty register, which wrote every device itself (the
    // read is a pass over the whole table; on a server, a million rows to the client).
    using Evidence = TextMap<QHash<int, qint64>>;
    void setEvidence(Evidence evidence) { m_evidence = std::move(evidence); }

    // The model as the register compares models: SQL's lower(trim(model)) over its columns, which both engines fold
    // alike (ASCII letters folded, spaces trimmed; PostgreSQL's "C" collation, not its lower() of a bound value, which
    // follows the database's locale). The SQL stays the definition; this is for keys made in memory.
    static QString modelKey(const QString& model);
    // The usual year among counts of devices per year: the most devices, the older year on a tie, as refresh()
    // decides it in SQL; 0 when no count is above 0.
    static int usualYear(const QHash<int, qint64>& devicesPerYear);

    // Gives every device of the models named whose year rests on no evidence of its own (year source "model" or
    // "unknown") the usual year of its model, or no year ("unknown") when no device of the model has evidence.
    // Returns how many devices that existed before the change got another year; each is audited with context.
    Result<qint64> refresh(Transaction& tx, const ChangeContext& context) const;

private:
    TextSet m_models; // as written; folded by SQL (one definition of "the same model")
    bool m_allModels = false;
    qint64 m_createdAbove = -1; // -1: none created
    std::optional<Evidence> m_evidence;
};

} // namespace rullering
