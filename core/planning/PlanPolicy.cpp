#include "PlanPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace rullering {
namespace {

QJsonArray idArray(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (qint64 id : sorted)
        array.append(id);
    return array;
}

Result<QSet<qint64>> idSet(const QJsonValue& value, const QString& key)
{
    QSet<qint64> ids;
    if (value.isUndefined() || value.isNull())
        return ids;
    if (!value.isArray())
        return Error(
            QCoreApplication::translate("PlanPolicy", "The plan setting \"%1\" must be a list of ids.").arg(key),
            Error::Code::Invalid);
    for (const QJsonValue& id : value.toArray()) {
        if (!id.isDouble() || id.toDouble() < 1)
            return Error(QCoreApplication::translate(
                             "PlanPolicy", "The plan setting \"%1\" holds an id that is not a positive number.")
                             .arg(key),
                         Error::Code::Invalid);
        ids.insert(static_cast<qint64>(id.toDouble()));
    }
    return ids;
}

} // namespace

PlanPolicy PlanPolicy::defaults(const QDate& statusDate)
{
    PlanPolicy policy;
    policy.statusDate = statusDate;
    policy.firstYear = statusDate.year();
    for (DeviceType type : allDeviceTypes()) {
        policy.setLifetime(type, defaultLifetimeYears(type));
        policy.setExcluded(type, !plannedByDefault(type));
    }
    return policy;
}

int PlanPolicy::dueYear(DeviceType type, int productionYear) const
{
    return std::max(firstYear, productionYear + lifetime(type));
}

QString StandardItem::priceProblem(DeviceType type, double price)
{
    if (!std::isfinite(price))
        return QCoreApplication::translate("PlanPolicy", "The unit price of %1 is not a number.")
            .arg(deviceTypeName(type));
    if (price < 0)
        return QCoreApplication::translate("PlanPolicy", "The unit price of %1 cannot be negative.")
            .arg(deviceTypeName(type));
    if (price > MaxUnitPrice)
        return QCoreApplication::translate("PlanPolicy", "The unit price of %1 is above %2 NOK: check the amount.")
            .arg(deviceTypeName(type), QString::number(MaxUnitPrice, 'f', 0));
    return {};
}

QString PlanPolicy::validate() const
{
    if (firstYear < 1980 || firstYear > 2200)
        return QCoreApplication::translate("PlanPolicy", "The first plan year %1 is not a plausible year.")
            .arg(firstYear);
    if (years < 1 || years > 30)
        return QCoreApplication::translate("PlanPolicy", "The plan must cover 1 to 30 years, not %1.").arg(years);
    for (DeviceType type : allDeviceTypes()) {
        if (lifetime(type) < 1 || lifetime(type) > 30)
            return QCoreApplication::translate("PlanPolicy", "The lifetime of %1 must be 1 to 30 years, not %2.")
                .arg(deviceTypeName(type))
                .arg(lifetime(type));
    }
    if (!statusDate.isValid())
        return QCoreApplication::translate("PlanPolicy", "The plan has no status date.");
    if (activityDays < 1 || activityDays > 3650)
        return QCoreApplication::translate("PlanPolicy", "The activity window must be 1 to 3650 days, not %1.")
            .arg(activityDays);
    for (auto it = municipalities.cbegin(); it != municipalities.cend(); ++it) {
        if (it->capacity < 0)
            return QCoreApplication::translate("PlanPolicy", "A yearly capacity cannot be negative.");
    }
    for (DeviceType type : allDeviceTypes()) {
        if (const QString problem = StandardItem::priceProblem(type, standard(type).unitPrice); !problem.isEmpty())
            return problem;
    }
    return {};
}

QJsonObject PlanPolicy::toJson() const
{
    QJsonObject lifetimeObject;
    QJsonObject standardObject;
    QJsonArray excludedTypeArray;
    for (DeviceType type : allDeviceTypes()) {
        lifetimeObject.insert(deviceTypeKey(type), lifetime(type));
        if (excludes(type))
            excludedTypeArray.append(deviceTypeKey(type));
        const StandardItem& item = standard(type);
        if (!item.model.isEmpty() || item.unitPrice != 0)
            standardObject.insert(deviceTypeKey(type), QJsonObject{{QStringLiteral("model"), item.model},
                                                                   {QStringLiteral("unitPrice"), item.unitPrice}});
    }
    QList<qint64> municipalityIds = municipalities.keys();
    std::sort(municipalityIds.begin(), municipalityIds.end());
    QJsonArray municipalityArray;
    for (qint64 id : municipalityIds) {
        const MunicipalityPlanSettings& settings = municipalities.value(id);
        QJsonObject entry{{QStringLiteral("municipalityId"), id}, {QStringLiteral("capacity"), settings.capacity}};
        if (settings.ordersPerDepartment)
            entry.insert(QStringLiteral("ordersPerDepartment"), *settings.ordersPerDepartment);
        municipalityArray.append(entry);
    }
    return QJsonObject{
        {QStringLiteral("firstYear"), firstYear},
        {QStringLiteral("years"), years},
        {QStringLiteral("lifetimes"), lifetimeObject},
        {QStringLiteral("statusDate"), statusDate.toString(Qt::ISODate)},
        {QStringLiteral("activityDays"), activityDays},
        {QStringLiteral("levelled"), levelled},
        {QStringLiteral("excludeKept"), excludeKept},
        {QStringLiteral("excludedLocations"), idArray(excludedLocations)},
        {QStringLiteral("excludedDepartments"), idArray(excludedDepartments)},
        {QStringLiteral("excludedTypes"), excludedTypeArray},
        {QStringLiteral("municipalities"), municipalityArray},
        {QStringLiteral("standards"), standardObject},
    };
}

Result<PlanPolicy> PlanPolicy::fromJson(const QJsonObject& json)
{
    const QDate statusDate = json.contains(QStringLiteral("statusDate"))
                                 ? QDate::fromString(json.value(QStringLiteral("statusDate")).toString(), Qt::ISODate)
                                 : QDate::currentDate();
    if (!statusDate.isValid())
        return Error(
            QCoreApplication::translate("PlanPolicy", "The plan's status date \"%1\" is not a date (YYYY-MM-DD).")
                .arg(json.value(QStringLiteral("statusDate")).toString()),
            Error::Code::Invalid);
    PlanPolicy policy = defaults(statusDate);
    auto intValue = [&](const QString& key, int& target) -> bool {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isDouble())
            return false;
        target = value.toInt();
        return true;
    };
    for (const char* key : {"firstYear", "years", "activityDays"}) {
        const QString name = QString::fromLatin1(key);
        int& target = name == QLatin1String("firstYear") ? policy.firstYear
                      : name == QLatin1String("years")   ? policy.years
                                                         : policy.activityDays;
        if (!intValue(name, target))
            return Error(
                QCoreApplication::translate("PlanPolicy", "The plan setting \"%1\" must be a number.").arg(name),
                Error::Code::Invalid);
    }
    policy.levelled = json.value(QStringLiteral("levelled")).toBool(false);
    policy.excludeKept = json.value(QStringLiteral("excludeKept")).toBool(true);

    const QJsonObject lifetimeObject = json.value(QStringLiteral("lifetimes")).toObject();
    for (auto it = lifetimeObject.constBegin(); it != lifetimeObject.constEnd(); ++it) {
        const std::optional<DeviceType> type = parseDeviceType(it.key());
        if (!type || !it.value().isDouble())
            return Error(QCoreApplication::translate(
                             "PlanPolicy", "The plan's lifetime \"%1\" is not a device type with a number of years.")
                             .arg(it.key()),
                         Error::Code::Invalid);
        policy.setLifetime(*type, it.value().toInt());
    }
    const QJsonObject standardObject = json.value(QStringLiteral("standards")).toObject();
    for (auto it = standardObject.constBegin(); it != standardObject.constEnd(); ++it) {
        const std::optional<DeviceType> type = parseDeviceType(it.key());
        if (!type)
            return Error(QCoreApplication::translate("PlanPolicy",
                                                     "The plan's standard model for \"%1\" is not for a device type.")
                             .arg(it.key()),
                         Error::Code::Invalid);
        const QJsonObject item = it.value().toObject();
        policy.setStandard(*type, {item.value(QStringLiteral("model")).toString(),
                                   item.value(QStringLiteral("unitPrice")).toDouble()});
    }
    // A policy saved before types could be left out has no list: it takes the defaults (phones and servers out).
    if (const QJsonValue types = json.value(QStringLiteral("excludedTypes")); !types.isUndefined()) {
        if (!types.isArray())
            return Error(QCoreApplication::translate(
                             "PlanPolicy", "The plan setting \"excludedTypes\" must be a list of device types."),
                         Error::Code::Invalid);
        policy.excludedTypes.fill(false);
        for (const QJsonValue& value : types.toArray()) {
            const std::optional<DeviceType> type = parseDeviceType(value.toString());
            if (!type)
                return Error(
                    QCoreApplication::translate("PlanPolicy", "The plan leaves out \"%1\", which is not a device type.")
                        .arg(value.toString()),
                    Error::Code::Invalid);
            policy.setExcluded(*type, true);
        }
    }
    Result<QSet<qint64>> locations =
        idSet(json.value(QStringLiteral("excludedLocations")), QStringLiteral("excludedLocations"));
    if (!locations)
        return locations.error();
    policy.excludedLocations = locations.value();
    Result<QSet<qint64>> departments =
        idSet(json.value(QStringLiteral("excludedDepartments")), QStringLiteral("excludedDepartments"));
    if (!departments)
        return departments.error();
    policy.excludedDepartments = departments.value();
    for (const QJsonValue& value : json.value(QStringLiteral("municipalities")).toArray()) {
        const QJsonObject entry = value.toObject();
        const qint64 id = static_cast<qint64>(entry.value(QStringLiteral("municipalityId")).toDouble());
        if (id < 1)
            return Error(
                QCoreApplication::translate("PlanPolicy", "A municipality setting in the plan has no municipality id."),
                Error::Code::Invalid);
        MunicipalityPlanSettings settings;
        settings.capacity = static_cast<qint64>(entry.value(QStringLiteral("capacity")).toDouble());
        if (entry.contains(QStringLiteral("ordersPerDepartment")))
            settings.ordersPerDepartment = entry.value(QStringLiteral("ordersPerDepartment")).toBool();
        policy.municipalities.insert(id, settings);
    }
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return Error(problem, Error::Code::Invalid);
    return policy;
}

} // namespace rullering
