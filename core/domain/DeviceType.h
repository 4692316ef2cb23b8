#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rullering {

// Stored as its integer value: keep the numbers stable, add new types at the end.
enum class DeviceType
{
    Desktop = 0,
    Laptop = 1,
    Tablet = 2,
    Printer = 3,
    Other = 4,
};

QList<DeviceType> allDeviceTypes();
// Stable lower-case key used in files, the CLI and saved settings ("desktop", "laptop", ...).
QString deviceTypeKey(DeviceType type);
// Translated name for people.
QString deviceTypeName(DeviceType type);
// Accepts the key, the English or the Norwegian name in any case ("Bærbar", "PC", "Nettbrett", ...).
std::optional<DeviceType> parseDeviceType(const QString& text);
// The planning rules' default lifetime in years: desktop 6, laptop 6, tablet 4, printer 8, other 6.
int defaultLifetimeYears(DeviceType type);

} // namespace rullering
