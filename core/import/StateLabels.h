#pragma once

#include "domain/Lifecycle.h"

#include <QString>

#include <optional>

namespace rullering {

// The lifecycle state a status label of another system means: Rullering's own names (parseLifecycleState) and the
// labels of asset systems, CMDBs and sheets, English and Norwegian ("Ready to Deploy", "Deployed", "Installed",
// "In-service", "Utlevert", ...), from a table in StateLabels.cpp. Unset for a label the table does not know.
std::optional<LifecycleState> lifecycleStateFromLabel(const QString& label);

} // namespace rullering
