#pragma once

#include "PlanPolicy.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rullering {

// Saved plans: a name and its policy as JSON in named_item (kind "plan"), shared by everyone using the file.
class PlanRepository
{
public:
    explicit PlanRepository(QSqlDatabase db);

    Result<QStringList> names() const;                  // sorted
    Result<PlanPolicy> load(const QString& name) const; // NotFound when there is no plan by that name
    Status save(Transaction& tx, const QString& name, const PlanPolicy& policy);
    Status remove(Transaction& tx, const QString& name);

    static QString kind() { return QStringLiteral("plan"); }

private:
    QSqlDatabase m_db;
};

} // namespace rullering
