#pragma once

#include "register/DeviceListQuery.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace rullering {

class Database;

// The register as the Devices page shows it: the filtered devices in the page's sort, only the columns shown and in
// their order, with the same titles and texts (translated), to CSV or XLSX for a spreadsheet, or to tab-separated
// text for the clipboard. Unlike DeviceCsvExport it is for people, not for importing back.
class DeviceViewExport
{
public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    struct Options
    {
        DeviceFilter filter;
        DeviceSort sort;
        QList<DeviceColumn> columns; // empty: every column in display order
        Format format = Format::Csv;
        QChar delimiter = u';';
        std::function<bool(qint64 rowsWritten)> progress;
    };

    // .xlsx gives XLSX, anything else CSV.
    static Format formatFor(const QString& path);
    static QList<DeviceColumn> allColumns();
    // Returns the number of devices written. The file appears only when the whole export succeeded.
    static Result<qint64> write(QSqlDatabase db, const QString& path, const Options& options);
    static Result<qint64> write(const Database& database, const QString& path, const Options& options);
    // Tab-separated lines with the header first, as a spreadsheet pastes them into cells.
    static QString tabSeparated(const QList<Device>& devices, const QList<DeviceColumn>& columns);
};

// The text a column shows for a device, as in the register's table (dates in the locale's short format).
QString deviceColumnText(const Device& device, DeviceColumn column);
// Stable English keys for the command line ("serial", "hostname", "production_year", ...).
QString deviceColumnKey(DeviceColumn column);
std::optional<DeviceColumn> parseDeviceColumn(const QString& key);

} // namespace rullering
