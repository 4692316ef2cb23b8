#pragma once

#include "domain/DeviceType.h"

#include <QString>

#include <optional>

namespace rullering {

// The device type an import gives a row that names none, from its operating system and model: the rules are the
// tables in DeviceTypeRules.cpp (data, first match wins), so a new model name is one line there.
//   - An operating system that decides: a server OS → server; iPadOS → tablet; iOS and Android → phone, unless the
//     model is a tablet's.
//   - Otherwise (Windows, macOS, no OS column) the model decides; nullopt when no rule knows it.
std::optional<DeviceType> guessDeviceType(const QString& model, const QString& operatingSystem);

} // namespace rullering
