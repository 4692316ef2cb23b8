#pragma once

#include "StatusReport.h"
#include "Tertial.h"
#include "storage/Connection.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace rullering {

// One stored status line. A snapshot is one total line (municipalityId 0) plus one line per municipality,
// written together; devices without a municipality only count in the total.
struct StatusSnapshot
{
    qint64 id = 0;
    QDateTime takenAt; // UTC
    QDate asOf;
    int activityDays = 0;
    QString trigger; // "import", "manual", ...
    qint64 importId = 0;
    qint64 municipalityId = 0; // 0: the total line
    QString municipality;
    StatusCounts counts;
};

// The status history: a snapshot is recorded at each import and on demand, so trends and tertial reports can
// be shown for past dates exactly as they were reported then.
class StatusSnapshotStore
{
public:
    static inline const QString ImportTrigger = QStringLiteral("import");
    static inline const QString ManualTrigger = QStringLiteral("manual");

    explicit StatusSnapshotStore(Connection db);

    // The import's before-commit step: the status as of today, recorded in the import's own transaction.
    static std::function<Status(Transaction&, qint64 importId)> importHook(int activityDays = 90);

    // Computes the status as of asOf on the transaction's connection and stores it. importId 0: none.
    Status recordSnapshot(Transaction& tx, QDate asOf, int activityDays, const QString& trigger, qint64 importId);
    Status recordSnapshot(Transaction& tx, const StatusReport& status, const QString& trigger, qint64 importId);
    // A snapshot taken on demand (ManualTrigger): the status as of asOf, recorded in a transaction of its own.
    Status take(QDate asOf, int activityDays);

    // The total lines with as_of in [from, to], oldest first (an invalid bound is open).
    Result<QList<StatusSnapshot>> totals(const QDate& from = {}, const QDate& to = {}) const;
    // The municipality lines of the snapshot whose total line is totalId, by municipality name.
    Result<QList<StatusSnapshot>> linesOf(qint64 totalId) const;
    // For each tertial of year: the latest snapshot (by status date, then time taken) inside it, if any.
    Result<QList<std::pair<Tertial, StatusSnapshot>>> tertials(int year) const;

private:
    Connection m_db;
};

} // namespace rullering
