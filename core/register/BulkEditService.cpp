#include "BulkEditService.h"

#include "BulkEditRows.h"
#include "ModelYearEstimator.h"
#include "domain/DeviceText.h"
#include "storage/AuditLog.h"
#include "storage/DeviceConflict.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace rullering {
namespace {

// How many devices of a refused edit the message names the changes of (who changed which field when).
constexpr qsizetype NamedConflicts = 3;

// "A, B, C and 4 more": enough examples to find them, not a wall of serials.
QString examples(const QStringList& labels)
{
    constexpr int Shown = 5;
    QString text = labels.mid(0, Shown).join(QStringLiteral(", "));
    if (labels.size() > Shown)
        text += QCoreApplication::translate("rullering::BulkEditService", " and %1 more").arg(labels.size() - Shown);
    return text;
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

BulkEditService::BulkEditService(Connection db)
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
    // The import's text rule (domain/DeviceText.h): what an edit stores must import back.
    const struct
    {
        const std::optional<QString>& value;
        DeviceField field;
        TextKind kind;
    } texts[] = {{edit.manufacturer, DeviceField::Manufacturer, TextKind::Name},
                 {edit.model, DeviceField::Model, TextKind::Name},
                 {edit.primaryUser, DeviceField::PrimaryUser, TextKind::Name},
                 {edit.hostname, DeviceField::Hostname, TextKind::Name},
                 {edit.assetTag, DeviceField::AssetTag, TextKind::Serial},
                 {edit.notes, DeviceField::Notes, TextKind::Notes}};
    for (const auto& text : texts) {
        if (!text.value)
            continue;
        if (const QString why = textProblem(*text.value, text.kind); !why.isEmpty())
            return Error(QCoreApplication::translate("rullering::BulkEditService", "%1 \"%2\" %3.")
                             .arg(deviceFieldName(text.field), shownValue(*text.value), why),
                         Error::Code::Invalid);
    }

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

namespace {

using Value = BulkEditOutcome::Value;

// The fields an edit writes: those chosen, and those they imply (a typed year changes the year's source; a new
// municipality clears a location or department that is not also being set).
QList<DeviceField> writtenFields(const BulkEdit& edit)
{
    const QList<DeviceField> chosen = edit.fields();
    QList<DeviceField> result;
    for (DeviceField field : allDeviceFields()) {
        const bool implied =
            (field == DeviceField::YearSource && edit.productionYear) ||
            ((field == DeviceField::Location || field == DeviceField::Department) && edit.municipalityId);
        if (isBulkEditColumn(field) && (chosen.contains(field) || implied))
            result.append(field);
    }
    return result;
}

// What the edit makes of one written field of a row; BulkEdit::applyTo() for a single column.
Value editedValue(DeviceField field, const BulkEdit& edit, const BulkEditRows::Row& row, const Value& old)
{
    auto text = [&](const std::optional<QString>& v) {
        return v ? Value{0, *v} : old;
    };
    auto number = [&](auto v) {
        return v ? Value{qint64(*v), {}} : old;
    };
    const bool municipalityMoves = edit.municipalityId && *edit.municipalityId != row.municipalityId;
    switch (field) {
    case DeviceField::AssetTag:
        return text(edit.assetTag);
    case DeviceField::Hostname:
        return text(edit.hostname);
    case DeviceField::Manufacturer:
        return text(edit.manufacturer);
    case DeviceField::Model:
        return text(edit.model);
    case DeviceField::PrimaryUser:
        return text(edit.primaryUser);
    case DeviceField::Notes:
        return text(edit.notes);
    case DeviceField::Type:
        return edit.type ? Value{qint64(*edit.type), {}} : old;
    case DeviceField::State:
        return edit.state ? Value{qint64(*edit.state), {}} : old;
    case DeviceField::Keep:
        return edit.keep ? Value{*edit.keep ? 1 : 0, {}} : old;
    case DeviceField::ProductionYear:
        return number(edit.productionYear);
    case DeviceField::YearSource:
        // A year typed in by a person is explicit evidence; a cleared one has none.
        if (edit.productionYear && *edit.productionYear != row.productionYear)
            return Value{qint64(*edit.productionYear > 0 ? YearSource::Explicit : YearSource::Unknown), {}};
        return old;
    case DeviceField::Municipality:
        return number(edit.municipalityId);
    case DeviceField::Location:
        return edit.locationId ? Value{*edit.locationId, {}} : municipalityMoves ? Value{} : old;
    case DeviceField::Department:
        return edit.departmentId ? Value{*edit.departmentId, {}} : municipalityMoves ? Value{} : old;
    case DeviceField::Network:
        return number(edit.networkId);
    case DeviceField::Pool:
        return number(edit.poolId);
    default:
        return old;
    }
}

// An edit of a production year or a model moves the usual year of the models concerned (the devices' old and new
// models): the devices whose year is only their model's get the new one in the same transaction. A device the
// refresh changes gets a new version, so the undo record learns the versions it now has.
Status reestimateModelYears(Transaction& tx, const QSqlDatabase& db, const ChangeContext& context,
                            BulkEditOutcome& outcome, const QStringList& alsoModels = {})
{
    const qsizetype modelField = outcome.fields.indexOf(DeviceField::Model);
    if (outcome.ids.isEmpty() || (modelField < 0 && !outcome.fields.contains(DeviceField::ProductionYear)))
        return {};
    ModelYearEstimator estimator;
    for (const QString& model : alsoModels)
        estimator.addModel(model);
    Statement read(db, "SELECT model, version FROM device WHERE id = ?1");
    if (!read.ok())
        return Error(read.errorText());
    for (qsizetype d = 0; d < outcome.ids.size(); ++d) {
        read.integer(1, outcome.ids.at(d));
        if (read.step())
            estimator.addModel(read.columnText(0));
        read.reset();
        if (modelField >= 0)
            estimator.addModel(outcome.oldValue(d, modelField).text);
    }
    Result<qint64> refreshed = estimator.refresh(tx, context);
    if (!refreshed)
        return refreshed.error();
    if (refreshed.value() == 0)
        return {};
    for (qsizetype d = 0; d < outcome.ids.size() && d < outcome.versionsAfter.size(); ++d) {
        read.integer(1, outcome.ids.at(d));
        if (read.step())
            outcome.versionsAfter[d] = int(read.columnInt(1));
        read.reset();
    }
    return {};
}

} // namespace

Result<BulkEditOutcome> BulkEditService::apply(const QList<DeviceStamp>& selection, const BulkEdit& edit,
                                               ConflictPolicy policy, const char* reason)
{
    if (Status valid = validate(edit); !valid)
        return valid.error();
    if (selection.isEmpty())
        return Error(QCoreApplication::translate("rullering::BulkEditService", "No devices are selected."),
                     Error::Code::Invalid);
    const QSqlDatabase& db = m_db;

    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const ChangeContext context =
        ChangeContext::now(reason ? reason : (selection.size() == 1 ? AuditReason::Edit : AuditReason::BulkEdit));
    BulkEditOutcome outcome;
    outcome.fields = writtenFields(edit);
    BulkEditRows rows(db, outcome.fields, context);
    if (!rows.ok())
        return Error(rows.prepareError());

    // A location or department set by the edit must belong to each device's (new) municipality: look the owner up
    // once, compare per device.
    struct Ownership
    {
        std::optional<qint64> owner;
        const char* message;
    } ownership[] = {
        {std::nullopt,
         QT_TRANSLATE_NOOP("rullering::BulkEditService", "The location belongs to another municipality.")},
        {std::nullopt,
         QT_TRANSLATE_NOOP("rullering::BulkEditService", "The department belongs to another municipality.")},
    };
    for (auto [id, table, slot] :
         {std::tuple(edit.locationId, "location", 0), std::tuple(edit.departmentId, "department", 1)}) {
        if (!id || *id == 0)
            continue;
        Result<qint64> owner = rows.ownerOf(table, *id);
        if (!owner)
            return owner.error();
        ownership[slot].owner = owner.value();
    }

    // One pass: check and write each device. A refusal or conflict stops the writing but not the checking, so the
    // message names every device concerned; the transaction is then rolled back and nothing is written.
    QStringList conflicts;
    QList<DeviceStamp> stale;            // the first few conflicts, whose changes the message names
    QMap<QString, QStringList> refusals; // message -> devices
    const bool refuseConflicts = policy == ConflictPolicy::Refuse;
    BulkEditRows::Row row;
    QList<Value> values(outcome.fields.size());
    QString label;
    outcome.ids.reserve(selection.size());
    outcome.versionsAfter.reserve(selection.size());
    outcome.oldValues.reserve(selection.size() * outcome.fields.size());
    // In id order: the rows, and their index entries, are then visited front to back instead of at random (a
    // selection comes sorted by the view's column), which keeps a 100,000-device edit in SQLite's page cache.
    QList<DeviceStamp> ordered = selection;
    std::sort(ordered.begin(), ordered.end(), [](const DeviceStamp& a, const DeviceStamp& b) { return a.id < b.id; });
    // A device selected twice (overlapping ranges) is edited once.
    ordered.erase(std::unique(ordered.begin(), ordered.end(),
                              [](const DeviceStamp& a, const DeviceStamp& b) { return a.id == b.id; }),
                  ordered.end());
    for (const DeviceStamp& stamp : std::as_const(ordered)) {
        Result<bool> found = rows.read(stamp.id, row);
        if (!found)
            return found.error();
        if (!found.value()) {
            conflicts.append(QStringLiteral("#%1").arg(stamp.id));
            continue;
        }
        const bool conflict = stamp.version != 0 && stamp.version != row.version;
        QStringList refusedBecause;
        if (edit.state && *edit.state != row.state && !isTransitionAllowed(row.state, *edit.state))
            refusedBecause.append(transitionRefusal(row.state, *edit.state));
        const qint64 municipality = edit.municipalityId.value_or(row.municipalityId);
        for (const Ownership& check : ownership) {
            if (check.owner && *check.owner != municipality) {
                refusedBecause.append(QCoreApplication::translate("rullering::BulkEditService", check.message));
                break; // one reason per device, as before
            }
        }
        if (conflict || !refusedBecause.isEmpty()) {
            BulkEditRows::Row again;
            (void)rows.read(stamp.id, again, &label);
            if (conflict) {
                conflicts.append(label);
                if (stale.size() < NamedConflicts)
                    stale.append(stamp);
            }
            if (!refusedBecause.isEmpty())
                refusals[refusedBecause.constFirst()].append(label);
        }
        if (!refusals.isEmpty() || (refuseConflicts && !conflicts.isEmpty()))
            continue; // nothing will be committed: only look for more devices to name

        bool differs = false;
        for (qsizetype i = 0; i < outcome.fields.size(); ++i) {
            values[i] = editedValue(outcome.fields[i], edit, row, row.values[i]);
            differs = differs || !BulkEditRows::sameValue(outcome.fields[i], values[i], row.values[i]);
        }
        if (!differs)
            continue;
        Result<int> written = rows.stage(stamp.id, row.version, row.values, values);
        if (!written)
            return written.error();
        outcome.ids.append(stamp.id);
        outcome.versionsAfter.append(row.version + 1);
        outcome.oldValues.append(row.values);
        ++outcome.changedDevices;
        outcome.changedFields += written.value();
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
    if (!conflicts.isEmpty() && refuseConflicts) {
        QString details;
        for (const DeviceStamp& stamp : std::as_const(stale))
            details += u' ' + DeviceConflict::describe(db, stamp.id, stamp.version);
        return Error(QCoreApplication::translate("rullering::BulkEditService",
                                                 "Nothing was changed: %n device(s) were changed by someone else "
                                                 "since you read them (%1).",
                                                 nullptr, int(conflicts.size()))
                             .arg(examples(conflicts)) +
                         details +
                         QCoreApplication::translate("rullering::BulkEditService",
                                                     " Reload to see their changes, then edit again."),
                     Error::Code::Conflict);
    }
    if (Status flushed = rows.flush(); !flushed)
        return flushed.error();
    if (Status estimated = reestimateModelYears(tx, db, context, outcome); !estimated)
        return estimated.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    outcome.ids.squeeze();
    outcome.versionsAfter.squeeze();
    outcome.oldValues.squeeze();
    return outcome;
}

Status BulkEditService::undo(const BulkEditOutcome& outcome)
{
    const QSqlDatabase& db = m_db;
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    BulkEditRows rows(db, outcome.fields, ChangeContext::now(AuditReason::Undo));
    if (!rows.ok())
        return Error(rows.prepareError());
    BulkEditRows::Row row;
    QList<Value> previous(outcome.fields.size());
    const qsizetype modelField = outcome.fields.indexOf(DeviceField::Model);
    QStringList editedModels;
    for (qsizetype d = 0; d < outcome.ids.size(); ++d) {
        const qint64 id = outcome.ids.at(d);
        Result<bool> found = rows.read(id, row);
        if (!found)
            return found.error();
        if (!found.value())
            return Error(QCoreApplication::translate("DeviceRepository", "No device with id %1.").arg(id),
                         Error::Code::NotFound);
        // Undo is not a lifecycle move (undoing a retirement moves "backwards" on purpose), but it must not write
        // over what someone else saved since.
        if (row.version != outcome.versionsAfter.at(d))
            return DeviceConflict::error(db, id, outcome.versionsAfter.at(d));
        for (qsizetype i = 0; i < outcome.fields.size(); ++i)
            previous[i] = outcome.oldValue(d, i);
        if (modelField >= 0) // the model the edit gave, which loses this device again
            editedModels.append(row.values[modelField].text);
        if (Result<int> written = rows.stage(id, row.version, row.values, previous); !written)
            return written.error();
    }
    if (Status flushed = rows.flush(); !flushed)
        return flushed;
    BulkEditOutcome undone = outcome; // the versions it learns are of no further use
    if (Status estimated = reestimateModelYears(tx, db, ChangeContext::now(AuditReason::Undo), undone, editedModels);
        !estimated)
        return estimated;
    return tx.commit();
}

} // namespace rullering
