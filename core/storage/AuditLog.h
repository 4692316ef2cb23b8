#pragma once

#include "storage/Transaction.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rullering {

class Database;
class PreparedStatements;

// Why a change was made; stored in the audit log's reason column.
namespace AuditReason {
inline constexpr char Create[] = "create";
inline constexpr char Edit[] = "edit";
inline constexpr char BulkEdit[] = "bulk_edit";
inline constexpr char Import[] = "import";
inline constexpr char Swap[] = "swap";
inline constexpr char Generate[] = "generate";
inline constexpr char Undo[] = "undo";
} // namespace AuditReason

// Who, when and why for one change; every write method takes one.
struct ChangeContext
{
    QString who;    // empty: currentActor()
    QString reason; // one of AuditReason
    QDateTime at;   // invalid: now
    qint64 importId = 0;

    static ChangeContext now(const char* reason);
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    qint64 deviceId = 0;
    QString field; // a deviceFieldKey(), or "created"
    QString oldValue;
    QString newValue;
    QString reason;
    qint64 importId = 0;
    QString importFile; // the file of import importId, if any
};

// The name recorded as "who": set by the application (setting or --user), else the first non-empty of
// $RULLERING_USER, $USER, $USERNAME, $LOGNAME, else (Unix) the name of the process's account from the system.
QString currentActor();
void setConfiguredActor(const QString& name);

// One audit row of a change, before it is written (AuditLog::recordAll).
struct AuditRow
{
    qint64 deviceId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

class AuditLog
{
public:
    static Status record(Transaction& tx, const ChangeContext& context, qint64 deviceId, const QString& field,
                         const QString& oldValue, const QString& newValue);
    // Several rows of one change in one statement per 100 rows (one round trip to a server, not one per field).
    // prepared: statements the caller keeps prepared (see PreparedStatements); none: prepared for this call.
    static Status recordAll(Transaction& tx, const ChangeContext& context, const QList<AuditRow>& rows,
                            PreparedStatements* prepared = nullptr);
    // The history of one device, oldest first. A device an import created since schema 11 has no "created" row of
    // its own: the import's one row stands for it, with the device's id and name as they were then.
    static Result<QList<AuditEntry>> forDevice(const QSqlDatabase& db, qint64 deviceId);
    static Result<QList<AuditEntry>> forDevice(const Database& database, qint64 deviceId);
    static Result<qint64> count(const QSqlDatabase& db);
};

} // namespace rullering
