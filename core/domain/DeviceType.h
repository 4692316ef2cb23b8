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
    Phone = 5,
    Server = 6,
};

// How many device types there are: the size of arrays indexed by DeviceType.
inline constexpr int DeviceTypeCount = 7;

QList<DeviceType> allDeviceTypes();
// Stable lower-case key used in files, the CLI and saved settings ("desktop", "laptop", ...).
QString deviceTypeKey(DeviceType type);
// Translated name for people.
QString deviceTypeName(DeviceType type);
// Accepts the key, the English or the Norwegian name in any case ("Bærbar", "PC", "Nettbrett", ...).
std::optional<DeviceType> parseDeviceType(const QString& text);
// The planning rules' default lifetime in years: desktop 6, laptop 6, tablet 4, printer 8, other 6, phone 3,
// server 6.
int defaultLifetimeYears(DeviceType type);
// Whether a plan replaces this type unless its policy says otherwise: phones and servers are not PCs, so the PC
// plan leaves them out by default.
bool plannedByDefault(DeviceType type);
// A stored type number, or Other for a number this version does not know.
DeviceType deviceTypeFromNumber(int number);

} // namespace rullering
