#pragma once

#include "register/DeviceFilter.h"

#include <QString>

namespace rullering {

class Database;

// What a status or a board report counts: the whole register, or the devices a filter lets through, with the
// words that say so on the page ("Whole register", "Molde · Laptop · search «hansen»").
struct ReportScope
{
    DeviceFilter filter; // empty: the whole register
    QString description;

    bool isWhole() const { return filter.isEmpty(); }

    static ReportScope whole();
    // The filter's conditions in words, names read from the register.
    static ReportScope ofFilter(const DeviceFilter& filter, const Database& database);
    // Only the devices of these municipalities.
    static ReportScope ofMunicipalities(const QList<qint64>& ids, const Database& database);
};

} // namespace rullering
