#pragma once

#include "domain/Device.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rullering {

class Error;

// A database failure during an import (not a rejected row): "The database refused the import: <SQLite's words>".
Error importRefusedByDatabase(const QString& detail);

struct RejectedRow
{
    qint64 line = 0;
    QString reason;
};

struct FieldChange
{
    DeviceField field;
    QString before;
    QString after;
};

// A created (no changes listed) or updated device, for the dry-run summary.
struct DeviceDiff
{
    qint64 line = 0;
    qint64 deviceId = 0;
    QString serial;
    QString hostname;
    bool created = false;
    QList<FieldChange> changes;
};

struct MissingDevice
{
    qint64 id = 0;
    QString serial;
    QString hostname;
};

// A row whose serial was missing or a placeholder, matched (or created) on its device name instead.
struct HostnameMatch
{
    qint64 line = 0;
    QString rawSerial;
    QString hostname;
};

// A column no field reads whose name suggests one ("Asset Make": manufacturer).
struct SuggestedColumn
{
    QString column;
    QString field; // importFieldKey()
};

// A location or department an import creates, with the municipality it belongs to.
struct NewReference
{
    QString municipality;
    QString name;
};

// What an import did, or would do in a dry run: the same counts either way.
struct ImportReport
{
    QString fileName;
    QString sha256;
    QString encoding;
    QString delimiter;
    QString profileKey;
    QStringList header;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 missing = 0;
    qint64 yearsReestimated = 0; // stored devices whose model's usual year this import moved
    qint64 merged = 0;           // rows that repeated an earlier line's serial number, merged into its device
    QList<RejectedRow> rejected; // the first ones, up to the detail limit: a file whose every row fails (a wrong
                                 // mapping) must not hold a million reasons in memory
    qint64 rejectedCount = 0;    // all of them
    QList<HostnameMatch> hostnameMatches;
    QList<DeviceDiff> diffs;             // created and updated devices, up to the detail limit
    QList<MissingDevice> missingDevices; // up to the detail limit
    QStringList warnings;                // ambiguous date columns, mapping columns the file lacks, ...
    QStringList ignoredColumns;          // read by no field
    QList<SuggestedColumn> suggestedColumns;
    // Names the register did not have before this import (a misspelt municipality shows up here, not silently).
    QStringList newMunicipalities;
    QList<NewReference> newLocations;
    QList<NewReference> newDepartments;
    bool dryRun = false;
    bool applied = false;
    bool cancelled = false;
    qint64 importId = 0;

    // The CLI's contract: {"created", "updated", "unchanged", "missing", "rejected": [{"line", "reason"}],
    // "applied"}, plus "rejectedCount" (the list holds the first 10,000), "warnings": [text] (ambiguous date columns,
    // links left out, ...) and "matchedOnDeviceName": [{"line", "serial", "deviceName"}] (rows whose serial was missing
    // or a placeholder); and what the reader decided: "profile", "encoding", "delimiter", "ignoredColumns": [name],
    // "suggestedColumns": {field: [column]} (a mapping file's "columns" for the ignored columns whose names suggest
    // a field), "merged" (rows merged into an earlier line's device),
    // "yearsReestimated" (stored devices whose year is their model's usual year, moved by this import's evidence),
    // "newMunicipalities": [name], "newLocations" and "newDepartments": [{"municipality", "name"}] (what the import
    // creates).
    QJsonObject toJson() const;
    // Rejected rows as CSV (line;reason), for the person fixing the file.
    QString rejectedCsv() const;
};

} // namespace rullering
