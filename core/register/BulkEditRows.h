#pragma once

#include "BulkEditService.h"
#include "storage/AuditLog.h"
#include "storage/Statement.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace rullering {

// The rows of one bulk edit or its undo, on prepared statements (Statement, on either engine): reads the written fields
// of single devices with statements prepared once, stages their new values in a temporary table and writes the audit
// rows; flush() then writes every staged device in one UPDATE. One statement, not one per device: the search-index
// triggers and each statement's journal are set up once for the selection, and FTS5, which flushes its pending data at
// every statement's savepoint (~180 us a device with the trigram index of migration 4), does so once.
class BulkEditRows
{
    Q_DISABLE_COPY_MOVE(BulkEditRows)

public:
    using Value = BulkEditOutcome::Value;

    // A device as read: the columns every check needs, then the written fields.
    struct Row
    {
        int version = 0;
        LifecycleState state = LifecycleState::InUse;
        qint64 municipalityId = 0;
        int productionYear = 0;
        QList<Value> values; // per written field
    };

    // Inside the caller's transaction on db; fields must be bulk-editable (isBulkEditColumn()).
    BulkEditRows(const QSqlDatabase& db, const QList<DeviceField>& fields, const ChangeContext& context);

    bool ok() const;
    QString prepareError() const;

    // False when there is no such device. label (serial, host name or #id) is read only when asked for.
    Result<bool> read(qint64 id, Row& row, QString* label = nullptr);
    // Stages values for the device at expectedVersion and writes one audit row for each field that differs from
    // old. Returns the number of audited fields.
    Result<int> stage(qint64 id, int expectedVersion, const QList<Value>& old, const QList<Value>& values);
    // Writes every staged device (version + 1). Conflict when one no longer has the version it was read at.
    Status flush();
    // The municipality a location or department belongs to; 0 when there is no such row.
    Result<qint64> ownerOf(const char* table, qint64 id);

    static bool sameValue(DeviceField field, const Value& a, const Value& b);

private:
    // " OLD was changed by someone else since you read it: ..." for the first few staged devices flush() skipped.
    QString describeSkipped() const;
    QString auditText(DeviceField field, const Value& value);
    QString referenceName(const char* table, qint64 id);

    QSqlDatabase m_db;
    QList<DeviceField> m_fields;
    QList<QByteArray> m_keys; // audit field names
    QString m_tableError;
    QByteArray m_staging; // the staging table's name on this engine
    Statement m_read;
    Statement m_stage;
    Statement m_flush;
    Statement m_clear;
    Statement m_audit;
    qint64 m_staged = 0;
    QByteArray m_now;
    QByteArray m_at;
    QByteArray m_who;
    QByteArray m_reason;
    QHash<QByteArray, QHash<qint64, QString>> m_names;
};

// The fields a bulk edit can write (the person-editable register fields, and the year's source).
bool isBulkEditColumn(DeviceField field);

} // namespace rullering
