#pragma once

#include "register/DeviceFilter.h"
#include "util/Result.h"

#include <QChar>
#include <QString>

#include <functional>

namespace rullering {

class Database;

// The register as CSV that Rullering reads back unchanged (the "rullering" import profile): English column names
// that do not change with the interface language, stable keys for type, state and year source, ISO dates and UTC
// times. Streams the rows, so a million devices never sit in memory.
class DeviceCsvExport
{
public:
    struct Options
    {
        QChar delimiter = u';';
        bool withPrimaryUser = true; // off: the file holds no personal data (GDPR minimisation)
        DeviceFilter filter;         // empty: every device
        std::function<bool(qint64 rowsWritten)> progress;
    };

    static QStringList header(bool withPrimaryUser = true);
    // Returns the number of devices written.
    static Result<qint64> write(Database& database, const QString& path, const Options& options);
};

} // namespace rullering
