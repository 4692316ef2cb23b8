#pragma once

#include "planning/Procurement.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rullering {

// The procurement list (bestillingsliste) as a file for procurement and finance: one line per municipality (or
// department) and device type with standard model, quantity, unit price and line total, a sum row per
// municipality and a total. Quantities and amounts are numbers in both formats.
class ProcurementExport
{
public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    // By the file's extension (.csv or .xlsx, any case); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString& path);
    static QStringList headers();

    static Status writeCsv(const ProcurementList& list, const QString& path, QChar delimiter = u';');
    static Status writeXlsx(const ProcurementList& list, const QString& path);
    // Chooses by extension; refuses other extensions with a message naming them.
    static Status write(const ProcurementList& list, const QString& path, QChar delimiter = u';');
};

} // namespace rullering
