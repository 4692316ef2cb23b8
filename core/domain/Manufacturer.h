#pragma once

#include <QString>

namespace rullering {

// A manufacturer's name as Rullering shows and groups it: the spellings exports use for the same maker ("Dell
// Inc.", "DELL" -> Dell; "LENOVO" -> Lenovo; "HP Inc.", "Hewlett-Packard" -> HP) from a table in Manufacturer.cpp.
// A name the table does not know comes back trimmed, as written. The import keeps the raw value beside it.
QString normaliseManufacturer(const QString& raw);

} // namespace rullering
