#pragma once

#include "ImportField.h"
#include "ImportProfile.h"

#include <utility>
#include <vector>

namespace rullering {

// The header names each known export writes, as data (ImportHeaderTables.cpp): a new export, or a new spelling of
// a known one, is a line in a table there, with a test file of that export's shape under tests/import/data.
using HeaderSynonyms = std::vector<std::pair<ImportField, std::vector<const char*>>>;

struct ImportProfileDefinition
{
    ImportProfile profile;
    const char* key;  // --profile, saved mappings, the import JSON's "profile"
    const char* name; // QT_TRANSLATE_NOOP("ImportProfile", ...)
    // The header holds every column of one of these sets (normalised names, see normaliseHeader()). Tried in the
    // table's order, the most specific export first; Generic has none and is the fall-back.
    std::vector<std::vector<const char*>> signatures;
    // For each field, the columns that hold it, best first (normalised names).
    HeaderSynonyms headers;
    // Dates are always ISO: nothing to decide over the file.
    bool isoDates = false;
    // Configuration Manager's view columns end in digits (Name0; SerialNumber01 where a query joins two views that
    // share a name): compared without them, both for the signature and the mapping.
    bool trailingDigits = false;
};

const std::vector<ImportProfileDefinition>& importProfileDefinitions();

// Words in a header a person wrote, and the field they suggest when no table names the column ("Asset Make" ->
// manufacturer). Tried in order; the first word the normalised header contains wins.
const std::vector<std::pair<const char*, ImportField>>& headerSuggestionWords();

} // namespace rullering
