#pragma once

#include "PlanPolicy.h"
#include "storage/Connection.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QStringList>

namespace rullering {

// Saved plans: a name and its policy as JSON in named_item (kind "plan"), shared by everyone using the file.
class PlanRepository
{
public:
    explicit PlanRepository(Connection db);

    Result<QStringList> names() const;                  // sorted
    Result<PlanPolicy> load(const QString& name) const; // NotFound when there is no plan by that name
    Status save(Transaction& tx, const QString& name, const PlanPolicy& policy);
    Status save(const QString& name, const PlanPolicy& policy); // in a transaction of its own
    Status remove(Transaction& tx, const QString& name);

    // The current settings ("(current settings)" in the plan editor): what the Plan page starts from, the board
    // report plans with and the status counts as due. Stored in named_item (kind "current-plan") so that an edit
    // survives a restart and every reader sees the same lifetimes and prices. Nothing stored: the defaults for
    // statusDate. A status date that was the day it was saved on follows the calendar (today, and today's year as
    // the first year) when read on a later day, as the defaults do; any other date is kept as chosen.
    Result<PlanPolicy> current(const QDate& today = QDate::currentDate()) const;
    // Saves the current settings in a transaction of its own (named_item keeps who saved them and when).
    Status saveCurrent(const PlanPolicy& policy, const QDate& today = QDate::currentDate());

    static QString kind() { return QStringLiteral("plan"); }
    static QString currentKind() { return QStringLiteral("current-plan"); }

private:
    Connection m_db;
};

} // namespace rullering
