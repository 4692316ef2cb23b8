#include "DeviceType.h"

#include <QCoreApplication>
#include <QHash>

namespace rullering {

QList<DeviceType> allDeviceTypes()
{
    return {DeviceType::Desktop, DeviceType::Laptop, DeviceType::Tablet, DeviceType::Printer, DeviceType::Other};
}

QString deviceTypeKey(DeviceType type)
{
    switch (type) {
    case DeviceType::Desktop:
        return QStringLiteral("desktop");
    case DeviceType::Laptop:
        return QStringLiteral("laptop");
    case DeviceType::Tablet:
        return QStringLiteral("tablet");
    case DeviceType::Printer:
        return QStringLiteral("printer");
    case DeviceType::Other:
        break;
    }
    return QStringLiteral("other");
}

QString deviceTypeName(DeviceType type)
{
    switch (type) {
    case DeviceType::Desktop:
        return QCoreApplication::translate("DeviceType", "Desktop");
    case DeviceType::Laptop:
        return QCoreApplication::translate("DeviceType", "Laptop");
    case DeviceType::Tablet:
        return QCoreApplication::translate("DeviceType", "Tablet");
    case DeviceType::Printer:
        return QCoreApplication::translate("DeviceType", "Printer");
    case DeviceType::Other:
        break;
    }
    return QCoreApplication::translate("DeviceType", "Other");
}

int defaultLifetimeYears(DeviceType type)
{
    switch (type) {
    case DeviceType::Tablet:
        return 4;
    case DeviceType::Printer:
        return 8;
    case DeviceType::Desktop:
    case DeviceType::Laptop:
    case DeviceType::Other:
        break;
    }
    return 6;
}

std::optional<DeviceType> parseDeviceType(const QString& text)
{
    static const QHash<QString, DeviceType> names = {
        {QStringLiteral("desktop"), DeviceType::Desktop},     {QStringLiteral("stasjonær"), DeviceType::Desktop},
        {QStringLiteral("stasjonaer"), DeviceType::Desktop},  {QStringLiteral("pc"), DeviceType::Desktop},
        {QStringLiteral("workstation"), DeviceType::Desktop}, {QStringLiteral("laptop"), DeviceType::Laptop},
        {QStringLiteral("notebook"), DeviceType::Laptop},     {QStringLiteral("bærbar"), DeviceType::Laptop},
        {QStringLiteral("baerbar"), DeviceType::Laptop},      {QStringLiteral("bærbar pc"), DeviceType::Laptop},
        {QStringLiteral("tablet"), DeviceType::Tablet},       {QStringLiteral("nettbrett"), DeviceType::Tablet},
        {QStringLiteral("ipad"), DeviceType::Tablet},         {QStringLiteral("printer"), DeviceType::Printer},
        {QStringLiteral("skriver"), DeviceType::Printer},     {QStringLiteral("other"), DeviceType::Other},
        {QStringLiteral("annet"), DeviceType::Other},         {QStringLiteral("annen"), DeviceType::Other},
    };
    const QString key = text.trimmed().toLower();
    if (const auto it = names.constFind(key); it != names.constEnd())
        return *it;
    for (DeviceType type : allDeviceTypes()) {
        if (deviceTypeName(type).compare(key, Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

} // namespace rullering
