#include "DeviceType.h"

#include "util/TextHash.h"

#include <QCoreApplication>

namespace rullering {

QList<DeviceType> allDeviceTypes()
{
    return {DeviceType::Desktop, DeviceType::Laptop, DeviceType::Tablet, DeviceType::Printer,
            DeviceType::Phone,   DeviceType::Server, DeviceType::Other};
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
    case DeviceType::Phone:
        return QStringLiteral("phone");
    case DeviceType::Server:
        return QStringLiteral("server");
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
    case DeviceType::Phone:
        return QCoreApplication::translate("DeviceType", "Phone");
    case DeviceType::Server:
        return QCoreApplication::translate("DeviceType", "Server");
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
    case DeviceType::Phone:
        return 3;
    case DeviceType::Desktop:
    case DeviceType::Laptop:
    case DeviceType::Server:
    case DeviceType::Other:
        break;
    }
    return 6;
}

bool plannedByDefault(DeviceType type)
{
    return type != DeviceType::Phone && type != DeviceType::Server;
}

DeviceType deviceTypeFromNumber(int number)
{
    return number >= 0 && number < DeviceTypeCount ? static_cast<DeviceType>(number) : DeviceType::Other;
}

std::optional<DeviceType> parseDeviceType(const QString& text)
{
    static const TextMap<DeviceType> names = {
        {QStringLiteral("desktop"), DeviceType::Desktop},     {QStringLiteral("stasjonær"), DeviceType::Desktop},
        {QStringLiteral("stasjonaer"), DeviceType::Desktop},  {QStringLiteral("pc"), DeviceType::Desktop},
        {QStringLiteral("workstation"), DeviceType::Desktop}, {QStringLiteral("laptop"), DeviceType::Laptop},
        {QStringLiteral("notebook"), DeviceType::Laptop},     {QStringLiteral("bærbar"), DeviceType::Laptop},
        {QStringLiteral("baerbar"), DeviceType::Laptop},      {QStringLiteral("bærbar pc"), DeviceType::Laptop},
        {QStringLiteral("tablet"), DeviceType::Tablet},       {QStringLiteral("nettbrett"), DeviceType::Tablet},
        {QStringLiteral("ipad"), DeviceType::Tablet},         {QStringLiteral("printer"), DeviceType::Printer},
        {QStringLiteral("skriver"), DeviceType::Printer},     {QStringLiteral("other"), DeviceType::Other},
        {QStringLiteral("annet"), DeviceType::Other},         {QStringLiteral("annen"), DeviceType::Other},
        {QStringLiteral("phone"), DeviceType::Phone},         {QStringLiteral("mobile"), DeviceType::Phone},
        {QStringLiteral("mobile phone"), DeviceType::Phone},  {QStringLiteral("smartphone"), DeviceType::Phone},
        {QStringLiteral("telefon"), DeviceType::Phone},       {QStringLiteral("mobil"), DeviceType::Phone},
        {QStringLiteral("mobiltelefon"), DeviceType::Phone},  {QStringLiteral("iphone"), DeviceType::Phone},
        {QStringLiteral("server"), DeviceType::Server},       {QStringLiteral("tjener"), DeviceType::Server},
    };
    const QString key = text.trimmed().toLower();
    if (const auto it = names.find(key); it != names.end())
        return it->second;
    for (DeviceType type : allDeviceTypes()) {
        if (deviceTypeName(type).compare(key, Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

} // namespace rullering
