#include "ColumnMapping.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>

namespace rullering {
namespace {

const QString MappingKind = QStringLiteral("import_mapping");

} // namespace

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject fields;
    for (ImportField field : allImportFields()) {
        const QStringList& names = (*this)[field];
        if (!names.isEmpty())
            fields.insert(importFieldKey(field), QJsonArray::fromStringList(names));
    }
    QJsonObject orders;
    for (auto it = dateOrders.cbegin(); it != dateOrders.cend(); ++it)
        orders.insert(it.key(), dateOrderKey(it.value()));
    QJsonObject json = {{QStringLiteral("profile"), profileKey},
                        {QStringLiteral("columns"), fields},
                        {QStringLiteral("dateOrders"), orders},
                        {QStringLiteral("emptyClears"), emptyClears}};
    if (!defaultMunicipality.isEmpty())
        json.insert(QStringLiteral("municipality"), defaultMunicipality);
    return json;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json)
{
    ColumnMapping mapping;
    mapping.profileKey = json.value(QStringLiteral("profile")).toString(QStringLiteral("generic"));
    const QJsonObject fields = json.value(QStringLiteral("columns")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto field = parseImportField(it.key());
        if (!field)
            return Error(QCoreApplication::translate("ColumnMapping", "The mapping names an unknown field \"%1\".")
                             .arg(it.key()),
                         Error::Code::Invalid);
        QStringList names;
        if (it.value().isString())
            names.append(it.value().toString());
        else
            for (const QJsonValue& v : it.value().toArray())
                names.append(v.toString());
        names.removeAll(QString());
        mapping[*field] = names;
    }
    const QJsonObject orders = json.value(QStringLiteral("dateOrders")).toObject();
    for (auto it = orders.begin(); it != orders.end(); ++it) {
        const auto order = parseDateOrder(it.value().toString());
        if (!order)
            return Error(QCoreApplication::translate("ColumnMapping",
                                                     "The date order \"%1\" for column \"%2\" is not auto, dmy or mdy.")
                             .arg(it.value().toString(), it.key()),
                         Error::Code::Invalid);
        mapping.dateOrders.insert(it.key(), *order);
    }
    mapping.emptyClears = json.value(QStringLiteral("emptyClears")).toBool(false);
    mapping.defaultMunicipality = json.value(QStringLiteral("municipality")).toString().trimmed();
    return mapping;
}

ResolvedMapping resolveMapping(const ColumnMapping& mapping, const QStringList& header)
{
    ResolvedMapping resolved;
    for (ImportField field : allImportFields()) {
        DateOrder order = DateOrder::Auto;
        for (const QString& name : mapping[field]) {
            int index = -1;
            for (int i = 0; i < header.size(); ++i) {
                if (header[i].compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                resolved.missingColumns.append(name);
                continue;
            }
            resolved.columns[size_t(field)].append(index);
            if (const auto it = mapping.dateOrders.constFind(name); it != mapping.dateOrders.constEnd())
                order = *it;
        }
        resolved.dateOrders[size_t(field)] = order;
    }
    resolved.normaliseManufacturers = mapping.profileKey != QLatin1String("rullering");
    return resolved;
}

DateOrderDecision::DateOrderDecision(const ResolvedMapping& mapping)
    : m_columns(mapping.columns)
{
    for (ImportField field : dateImportFields()) {
        if (mapping.isMapped(field) && mapping.dateOrders[size_t(field)] == DateOrder::Auto)
            m_open.append(field);
    }
}

void DateOrderDecision::decide(ResolvedMapping& mapping) const
{
    for (ImportField field : m_open) {
        if (const DateOrder order = m_votes[size_t(field)].decided(); order != DateOrder::Auto)
            mapping.dateOrders[size_t(field)] = order;
    }
}

Status MappingStore::save(Transaction& tx, const QString& name, const ColumnMapping& mapping)
{
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (name.trimmed().isEmpty())
        return Error(QCoreApplication::translate("MappingStore", "A saved mapping needs a name."),
                     Error::Code::Invalid);
    const QString json = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    return runStatement(
        tx.database(),
        QStringLiteral("INSERT INTO named_item (kind, name, value, updated_at, updated_by)"
                       " VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (kind, name) DO UPDATE SET value = excluded.value,"
                       " updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
        {MappingKind, name.trimmed(), json, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), currentActor()});
}

Result<ColumnMapping> MappingStore::load(const QSqlDatabase& db, const QString& name)
{
    Result<QSqlQuery> query = runQuery(db, QStringLiteral("SELECT value FROM named_item WHERE kind = ? AND name = ?"),
                                       {MappingKind, name.trimmed()});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(
            QCoreApplication::translate("MappingStore", "There is no saved mapping named \"%1\".").arg(name.trimmed()),
            Error::Code::NotFound);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value().value(0).toString().toUtf8(), &parseError);
    if (!document.isObject())
        return Error(QCoreApplication::translate("MappingStore", "The saved mapping \"%1\" is damaged: %2")
                         .arg(name, parseError.errorString()),
                     Error::Code::Invalid);
    return ColumnMapping::fromJson(document.object());
}

Result<QStringList> MappingStore::names(const QSqlDatabase& db)
{
    Result<QSqlQuery> query =
        runQuery(db, QStringLiteral("SELECT name FROM named_item WHERE kind = ? ORDER BY name"), {MappingKind});
    if (!query)
        return query.error();
    QStringList result;
    while (query.value().next())
        result.append(query.value().value(0).toString());
    return result;
}

Status MappingStore::remove(Transaction& tx, const QString& name)
{
    if (Status begun = tx.begin(); !begun)
        return begun;
    return runStatement(tx.database(), QStringLiteral("DELETE FROM named_item WHERE kind = ? AND name = ?"),
                        {MappingKind, name.trimmed()});
}

Result<ColumnMapping> MappingStore::loadNameOrFile(const QSqlDatabase& db, const QString& nameOrFile)
{
    const QFileInfo info(nameOrFile);
    if (!info.isFile())
        return load(db, nameOrFile);
    QFile file(nameOrFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("MappingStore", "Cannot read the mapping %1: %2")
                         .arg(QDir::toNativeSeparators(nameOrFile), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error(QCoreApplication::translate("MappingStore", "The mapping %1 is not a JSON object: %2")
                         .arg(QDir::toNativeSeparators(nameOrFile), parseError.errorString()),
                     Error::Code::Invalid);
    return ColumnMapping::fromJson(document.object());
}

Status MappingStore::save(const Database& database, const QString& name, const ColumnMapping& mapping)
{
    Transaction tx(database.connection());
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (Status saved = save(tx, name, mapping); !saved)
        return saved;
    return tx.commit();
}

Result<ColumnMapping> MappingStore::load(const Database& database, const QString& name)
{
    return load(database.connection(), name);
}

Result<QStringList> MappingStore::names(const Database& database)
{
    return names(database.connection());
}

} // namespace rullering
