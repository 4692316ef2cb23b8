#pragma once

#include "domain/Device.h"
#include "storage/Connection.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace rullering {

// A device as the caller read it: the version lets a write notice that someone else saved in between.
struct DeviceStamp
{
    qint64 id = 0;
    int version = 0; // 0: not known, not checked
};

// The fields a person chose to change; unset fields are left alone and not validated.
struct BulkEdit
{
    std::optional<DeviceType> type;
    std::optional<QString> manufacturer;
    std::optional<QString> model;
    std::optional<int> productionYear; // 0 clears it
    std::optional<qint64> municipalityId;
    std::optional<qint64> locationId; // 0 clears it
    std::optional<qint64> departmentId;
    std::optional<qint64> networkId;
    std::optional<QString> primaryUser;
    std::optional<LifecycleState> state;
    std::optional<bool> keep;
    std::optional<qint64> poolId;
    std::optional<QString> notes;
    std::optional<QString> hostname;
    std::optional<QString> assetTag;

    bool isEmpty() const { return fields().isEmpty(); }
    QList<DeviceField> fields() const;
    // Sets one field from an editor's value (the same representation as deviceFieldValue()); false when the
    // field cannot be edited this way.
    bool set(DeviceField field, const QVariant& value);
    // Writes the chosen fields into device. Changing the municipality clears a location or department that is
    // not also being set, because those belong to the old municipality.
    void applyTo(Device& device) const;
};

// What a bulk edit changed, for undo: per changed device its id, its version after the edit and the old values of
// the fields the edit wrote. Not whole devices: undoing an edit of 100,000 devices holds a few megabytes.
struct BulkEditOutcome
{
    // A stored value: numbers (type, state, year, ids, keep; 0 for NULL ids and years) or text (empty for NULL).
    struct Value
    {
        qint64 number = 0;
        QString text;
    };

    QList<DeviceField> fields; // the fields the edit wrote (with those it implies: year source, cleared location)
    QList<qint64> ids;         // the devices that changed
    QList<int> versionsAfter;  // per changed device
    QList<Value> oldValues;    // ids.size() × fields.size(), device by device
    qint64 changedDevices = 0;
    qint64 changedFields = 0;

    const Value& oldValue(qsizetype device, qsizetype field) const
    {
        return oldValues.at(device * fields.size() + field);
    }
};

// Applies one BulkEdit to a selection of any size in one transaction, one audit row per changed field. Validates
// only the fields being changed; a lifecycle move must be allowed for every selected device. When a device was
// changed by someone else since it was read, nothing is written and Error::Code::Conflict lists them, so the
// person can reload or choose to overwrite. Reads and writes only the edited columns, with prepared statements
// reused across the selection (about 10 µs a device rather than the repository's 1.7 ms).
class BulkEditService
{
public:
    enum class ConflictPolicy
    {
        Refuse,
        Overwrite,
    };

    explicit BulkEditService(Connection db);

    Result<BulkEditOutcome> apply(const QList<DeviceStamp>& selection, const BulkEdit& edit,
                                  ConflictPolicy policy = ConflictPolicy::Refuse, const char* reason = nullptr);
    // Restores every device of outcome; Conflict when one was changed since.
    Status undo(const BulkEditOutcome& outcome);

    // The validation alone, for a dialog that checks before asking; the same checks apply() makes.
    Status validate(const BulkEdit& edit) const;

private:
    Connection m_db;
};

} // namespace rullering
