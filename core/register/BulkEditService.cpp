#include "BulkEditService.h"

#include "storage/AuditLog.h"
#include "storage/DeviceRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMap>

namespace rullering {
namespace {

QString label(const Device& device)
{
    if (!device.serial.isEmpty())
        return device.serial;
    if (!device.hostname.isEmpty())
        return device.hostname;
    return QStringLiteral("#%1").arg(device.id);
}

// "A, B, C and 4 more": enough examples to find them, not a wall of serials.
QString examples(const QStringList& labels)
{
    constexpr int Shown = 5;
    QString text = labels.mid(0, Shown).join(QStringLiteral(", "));
    if (labels.size() > Shown)
        text += QCoreApplication::translate("rullering::BulkEditService", " and %1 more").arg(labels.size() - Shown);
    return text;
}

// The municipality a location or department belongs to; 0 when there is no such row.
Result<qint64> ownerOf(const QSqlDatabase& db, const QString& table, qint64 id)
{
    Result<QSqlQuery> query =
        runQuery(db, QStringLiteral("SELECT municipality_id FROM %1 WHERE id = ?").arg(table), {id});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : qint64(0);
}

Result<bool> exists(const QSqlDatabase& db, const QString& table, qint64 id)
{
    Result<QSqlQuery> query = runQuery(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!query)
        return query.error();
    return query.value().next();
}

} // namespace

QList<DeviceField> BulkEdit::fields() const
{
    QList<DeviceField> result;
    auto add = [&](bool isSet, DeviceField field) {
        if (isSet)
            result.append(field);
    };
    add(hostname.has_value(), DeviceField::Hostname);
    add(assetTag.has_value(), DeviceField::AssetTag);
    add(type.has_value(), DeviceField::Type);
    add(manufacturer.has_value(), DeviceField::Manufacturer);
    add(model.has_value(), DeviceField::Model);
    add(productionYear.has_value(), DeviceField::ProductionYear);
    add(municipalityId.has_value(), DeviceField::Municipality);
    add(locationId.has_value(), DeviceField::Location);
    add(departmentId.has_value(), DeviceField::Department);
    add(networkId.has_value(), DeviceField::Network);
    add(primaryUser.has_value(), DeviceField::PrimaryUser);
    add(state.has_value(), DeviceField::State);
    add(keep.has_value(), DeviceField::Keep);
    add(poolId.has_value(), DeviceField::Pool);
    add(notes.has_value(), DeviceField::Notes);
    return result;
}

bool BulkEdit::set(DeviceField field, const QVariant& value)
{
    const QString text = value.toString().trimmed();
    switch (field) {
    case DeviceField::Hostname:
        hostname = text;
        return true;
    case DeviceField::AssetTag:
        assetTag = text;
        return true;
    case DeviceField::Manufacturer:
        manufacturer = text;
        return true;
    case DeviceField::Model:
        model = text;
        return true;
    case DeviceField::PrimaryUser:
        primaryUser = text;
        return true;
    case DeviceField::Notes:
        notes = value.toString();
        return true;
    case DeviceField::ProductionYear: {
        bool ok = text.isEmpty();
        const int year = ok ? 0 : text.toInt(&ok);
        if (ok)
            productionYear = year;
        return ok;
    }
    case DeviceField::Type:
        if (value.typeId() == QMetaType::Int) {
            type = static_cast<DeviceType>(value.toInt());
            return true;
        }
        if (const std::optional<DeviceType> parsed = parseDeviceType(text)) {
            type = *parsed;
            return true;
        }
        return false;
    case DeviceField::State:
        if (value.typeId() == QMetaType::Int) {
            state = static_cast<LifecycleState>(value.toInt());
            return true;
        }
        if (const std::optional<LifecycleState> parsed = parseLifecycleState(text)) {
            state = *parsed;
            return true;
        }
        return false;
    case DeviceField::Keep:
        keep = value.toBool();
        return true;
    case DeviceField::Municipality:
        municipalityId = value.toLongLong();
        return true;
    case DeviceField::Location:
        locationId = value.toLongLong();
        return true;
    case DeviceField::Department:
        departmentId = value.toLongLong();
        return true;
    case DeviceField::Network:
        networkId = value.toLongLong();
        return true;
    case DeviceField::Pool:
        poolId = value.toLongLong();
        return true;
    default:
        return false;
    }
}

void BulkEdit::applyTo(Device& device) const
{
    if (hostname)
        device.hostname = *hostname;
    if (assetTag)
        device.assetTag = *assetTag;
    if (type)
        device.type = *type;
    if (manufacturer)
        device.manufacturer = *manufacturer;
    if (model)
        device.model = *model;
    if (productionYear && *productionYear != device.productionYear) {
        device.productionYear = *productionYear;
        // A year typed in by a person is explicit evidence; a cleared one has none.
        device.yearSource = *productionYear > 0 ? YearSource::Explicit : YearSource::Unknown;
    }
    if (municipalityId && *municipalityId != device.municipalityId) {
        device.municipalityId = *municipalityId;
        if (!locationId)
            device.locationId = 0;
        if (!departmentId)
            device.departmentId = 0;
    }
    if (locationId)
        device.locationId = *locationId;
    if (departmentId)
        device.departmentId = *departmentId;
    if (networkId)
        device.networkId = *networkId;
    if (primaryUser)
        device.primaryUser = *primaryUser;
    if (state)
        device.state = *state;
    if (keep)
        device.keep = *keep;
    if (poolId)
        device.poolId = *poolId;
    if (notes)
        device.notes = *notes;
}

BulkEditService::BulkEditService(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status BulkEditService::validate(const BulkEdit& edit) const
{
    if (edit.isEmpty())
        return Error(QCoreApplication::translate("rullering::BulkEditService", "Choose at least one field to change."),
                     Error::Code::Invalid);
    const int lastYear = QDate::currentDate().year() + 1;
    if (edit.productionYear && *edit.productionYear != 0 &&
        (*edit.productionYear < 1980 || *edit.productionYear > lastYear))
        return Error(
            QCoreApplication::translate("rullering::BulkEditService", "Production year %1 is not between 1980 and %2.")
                .arg(*edit.productionYear)
                .arg(lastYear),
            Error::Code::Invalid);
    if (edit.state == LifecycleState::Replaced)
        return Error(
            QCoreApplication::translate("rullering::BulkEditService",
                                        "A device becomes Replaced only by a swap, which records what replaced it."),
            Error::Code::Refused);
    if (edit.municipalityId && *edit.municipalityId == 0)
        return Error(QCoreApplication::translate("rullering::BulkEditService", "Choose a municipality."),
                     Error::Code::Invalid);

    const struct
    {
        const std::optional<qint64>& id;
        const char* table;
        const char* what;
    } references[] = {
        {edit.municipalityId, "municipality", QT_TRANSLATE_NOOP("rullering::BulkEditService", "municipality")},
        {edit.locationId, "location", QT_TRANSLATE_NOOP("rullering::BulkEditService", "location")},
        {edit.departmentId, "department", QT_TRANSLATE_NOOP("rullering::BulkEditService", "department")},
        {edit.networkId, "network", QT_TRANSLATE_NOOP("rullering::BulkEditService", "network")},
        {edit.poolId, "pool", QT_TRANSLATE_NOOP("rullering::BulkEditService", "pool")}};
    for (const auto& reference : references) {
        if (!reference.id || *reference.id == 0)
            continue;
        Result<bool> found = exists(m_db, QString::fromLatin1(reference.table), *reference.id);
        if (!found)
            return found.error();
        if (!found.value())
            return Error(QCoreApplication::translate("rullering::BulkEditService", "There is no %1 with id %2.")
                             .arg(QCoreApplication::translate("rullering::BulkEditService", reference.what))
                             .arg(*reference.id),
                         Error::Code::Invalid);
    }
    return {};
}

Status BulkEditService::validateAgainst(const Device& device, const BulkEdit& edit) const
{
    if (edit.state && *edit.state != device.state && !isTransitionAllowed(device.state, *edit.state))
        return Error(transitionRefusal(device.state, *edit.state), Error::Code::Refused);
    const qint64 municipality = edit.municipalityId.value_or(device.municipalityId);
    for (const auto& [id, table, message] :
         {std::tuple(edit.locationId, QStringLiteral("location"),
                     QT_TRANSLATE_NOOP("rullering::BulkEditService", "The location belongs to another municipality.")),
          std::tuple(
              edit.departmentId, QStringLiteral("department"),
              QT_TRANSLATE_NOOP("rullering::BulkEditService", "The department belongs to another municipality."))}) {
        if (!id || *id == 0)
            continue;
        Result<qint64> owner = ownerOf(m_db, table, *id);
        if (!owner)
            return owner.error();
        if (owner.value() != municipality)
            return Error(QCoreApplication::translate("rullering::BulkEditService", message), Error::Code::Refused);
    }
    return {};
}

Result<BulkEditOutcome> BulkEditService::apply(const QList<DeviceStamp>& selection, const BulkEdit& edit,
                                               ConflictPolicy policy, const char* reason)
{
    if (Status valid = validate(edit); !valid)
        return valid.error();
    if (selection.isEmpty())
        return Error(QCoreApplication::translate("rullering::BulkEditService", "No devices are selected."),
                     Error::Code::Invalid);

    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    DeviceRepository devices(m_db);
    const ChangeContext context =
        ChangeContext::now(reason ? reason : (selection.size() == 1 ? AuditReason::Edit : AuditReason::BulkEdit));

    // Read and check everything first, so that a refusal names every device concerned and writes nothing.
    QList<Device> before;
    before.reserve(selection.size());
    QStringList conflicts;
    QMap<QString, QStringList> refusals; // message -> devices
    for (const DeviceStamp& stamp : selection) {
        Result<Device> stored = devices.findById(stamp.id);
        if (!stored) {
            if (stored.error().code() == Error::Code::NotFound) {
                conflicts.append(QStringLiteral("#%1").arg(stamp.id));
                continue;
            }
            return stored.error();
        }
        if (stamp.version != 0 && stamp.version != stored->version)
            conflicts.append(label(stored.value()));
        if (Status allowed = validateAgainst(stored.value(), edit); !allowed) {
            if (allowed.error().code() != Error::Code::Refused)
                return allowed.error();
            refusals[allowed.errorMessage()].append(label(stored.value()));
        }
        before.append(std::move(stored).value());
    }
    if (!refusals.isEmpty()) {
        QStringList lines;
        for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
            lines.append(QCoreApplication::translate("rullering::BulkEditService", "%n device(s): %1 (%2)", nullptr,
                                                     int(it.value().size()))
                             .arg(it.key(), examples(it.value())));
        return Error(QCoreApplication::translate("rullering::BulkEditService", "Nothing was changed. %1")
                         .arg(lines.join(QStringLiteral(" "))),
                     Error::Code::Refused);
    }
    if (!conflicts.isEmpty() && policy == ConflictPolicy::Refuse) {
        return Error(QCoreApplication::translate(
                         "rullering::BulkEditService",
                         "Nothing was changed: %n device(s) were changed by someone else since you read them (%1). "
                         "Reload to see their changes, or overwrite them.",
                         nullptr, int(conflicts.size()))
                         .arg(examples(conflicts)),
                     Error::Code::Conflict);
    }

    BulkEditOutcome outcome;
    for (const Device& original : before) {
        Device changed = original;
        edit.applyTo(changed);
        Result<QList<DeviceField>> written = devices.update(tx, changed, context);
        if (!written)
            return written.error();
        if (written->isEmpty())
            continue;
        outcome.before.append(original);
        outcome.versionsAfter.append(changed.version);
        ++outcome.changedDevices;
        outcome.changedFields += written->size();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Status BulkEditService::undo(const BulkEditOutcome& outcome)
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    DeviceRepository devices(m_db);
    const ChangeContext context = ChangeContext::now(AuditReason::Undo);
    for (qsizetype i = 0; i < outcome.before.size(); ++i) {
        Device previous = outcome.before.at(i);
        if (Result<QList<DeviceField>> written = devices.revert(tx, previous, outcome.versionsAfter.at(i), context);
            !written)
            return written.error();
    }
    return tx.commit();
}

} // namespace rullering
