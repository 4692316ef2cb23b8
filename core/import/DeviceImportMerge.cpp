// DeviceImportWriter: rows of one file that repeat a serial number. Real exports do (Intune keeps a re-enrolled
// device twice, a query joins a view twice): the rows are one device, and the most recently seen row says how it
// is now. A serial on rows naming different devices (" Inc." from a column split on "Dell, Inc.") is no key.
#include "DeviceImportWriter.h"
#include "storage/DeviceRepository.h"

#include <QCoreApplication>

namespace rullering {
namespace {

// The row cut down to what the device lacks: the older of two rows only fills gaps.
ImportRow onlyWhatIsMissing(const ImportRow& row, const Device& d)
{
    ImportRow gaps = row;
    auto keep = [](QString& value, bool has) {
        if (has)
            value.clear();
    };
    keep(gaps.assetTag, !d.assetTag.isEmpty());
    keep(gaps.hostname, !d.hostname.isEmpty());
    keep(gaps.manufacturer, !d.manufacturer.isEmpty());
    keep(gaps.rawManufacturer, !d.manufacturer.isEmpty());
    keep(gaps.model, !d.model.isEmpty());
    keep(gaps.municipality, d.municipalityId > 0);
    keep(gaps.location, d.locationId > 0);
    keep(gaps.department, d.departmentId > 0);
    keep(gaps.network, d.networkId > 0);
    keep(gaps.primaryUser, !d.primaryUser.isEmpty());
    keep(gaps.notes, !d.notes.isEmpty());
    keep(gaps.replacedByTechnician, !d.replacedByTechnician.isEmpty());
    gaps.replacedBy.clear();
    gaps.unknownState.clear();
    gaps.type.reset();
    gaps.state.reset();
    gaps.keep.reset();
    if (d.productionYear > 0 && isRealEvidence(d.yearSource)) // the model's usual year is no year of its own
        gaps.year = {};
    if (d.purchaseDate.isValid())
        gaps.purchaseDate = QDate();
    if (d.inServiceFrom.isValid())
        gaps.inServiceFrom = QDate();
    if (d.replacedOn.isValid())
        gaps.replacedOn = QDate();
    gaps.emptyCells.reset(); // an empty cell of the older row clears nothing
    return gaps;
}

} // namespace

Result<DeviceImportWriter::Outcome>
DeviceImportWriter::mergeRepeat(const ImportRow& row, const DeviceMatcher::Match& match, ImportReport& report)
{
    const Device& before = match.device;
    if (!row.hostname.isEmpty() && !before.hostname.isEmpty() &&
        row.hostname.compare(before.hostname, Qt::CaseInsensitive) != 0)
        return shareSerial(row, match, report);

    // The most recently seen row wins; on a tie (or neither seen) the later line.
    const QDateTime earlierSeen = m_matcher.rowSeen(before.id);
    const bool rowWins = !earlierSeen.isValid() || (row.lastSeen.isValid() && row.lastSeen >= earlierSeen);
    Device whole = before; // the device as this row alone would leave it: tells equal rows from different ones
    const Status wholeMerged = mergeRow(row, match, whole);
    if (!wholeMerged && rowWins)
        return wholeMerged.error();
    // An older row whose state the device cannot take (retired, then in use) differs, and loses.
    const bool differs = !wholeMerged || !DeviceRepository::differences(before, whole).isEmpty();
    Device after = before;
    if (rowWins) {
        after = whole;
    } else if (Status merged = mergeRow(onlyWhatIsMissing(row, before), match, after); !merged) {
        return merged.error();
    }
    const QList<DeviceField> fields = DeviceRepository::differences(before, after);
    if (!fields.isEmpty()) {
        if (Status updated = updateDevice(before, after, fields, rowWins ? row.rawManufacturer : QString()); !updated)
            return updated.error();
        if (before.id <= m_maxIdAtStart)
            noteDiff(report, row.line, before, after, fields);
    }
    if (differs)
        report.warnings.append(
            QCoreApplication::translate("DeviceImportWriter",
                                        "Lines %1 and %2 have the same serial number %3 and different values: merged "
                                        "into one device, the values of line %4 (seen most recently) kept.")
                .arg(match.earlierLine)
                .arg(row.line)
                .arg(before.serial)
                .arg(rowWins ? row.line : match.earlierLine));
    m_matcher.stored(after, match.earlierLine, before.id > m_maxIdAtStart, rowWins ? row.lastSeen : earlierSeen);
    noteModelYear(&before, after);
    if (rowWins)
        noteUnknownState(row);
    if (row.lastSeen.isValid() && before.id <= m_maxIdAtStart) {
        if (Status seen = recordSeen(after.id, row.lastSeen); !seen)
            return seen.error();
    }
    return Outcome::Merged;
}

Result<DeviceImportWriter::Outcome>
DeviceImportWriter::shareSerial(const ImportRow& row, const DeviceMatcher::Match& match, ImportReport& report)
{
    const Device& earlier = match.device;
    m_sharedSerials.insert(row.serial);
    report.warnings.append(
        QCoreApplication::translate("DeviceImportWriter",
                                    "The serial number \"%1\" is on rows naming different devices (%2 on line %3, %4 "
                                    "on line %5): it cannot tell devices apart, so the rows with it are matched on "
                                    "their device names, as for a placeholder.")
            .arg(row.rawSerial, earlier.hostname)
            .arg(match.earlierLine)
            .arg(row.hostname)
            .arg(row.line));
    // The earlier line's device, if this import created it, gives the serial up as well.
    if (earlier.id > m_maxIdAtStart && earlier.serial == row.serial) {
        Device without = earlier;
        without.serial.clear();
        if (Status updated = updateDevice(earlier, without, {DeviceField::Serial}, QString()); !updated)
            return updated.error();
        m_matcher.serialGivenUp(earlier.id); // a link naming the serial no longer finds it (as on every engine)
        for (DeviceDiff& diff : report.diffs) {
            if (diff.deviceId == earlier.id)
                diff.serial.clear();
        }
        if (report.hostnameMatches.size() < m_settings.detailLimit)
            report.hostnameMatches.append({match.earlierLine, row.rawSerial, earlier.hostname});
    }
    ImportRow byName = row;
    byName.serial.clear();
    return apply(byName, report);
}

void DeviceImportWriter::noteUnknownState(const ImportRow& row)
{
    if (row.unknownState.isEmpty())
        return;
    UnknownState& seen = m_unknownStates[row.unknownState];
    if (seen.rows++ == 0)
        seen.firstLine = row.line;
}

void DeviceImportWriter::reportUnknownStates(ImportReport& report) const
{
    QStringList labels = m_unknownStates.keys();
    labels.sort(Qt::CaseInsensitive);
    for (const QString& label : labels) {
        const UnknownState& seen = m_unknownStates[label];
        report.warnings.append(QCoreApplication::translate("DeviceImportWriter",
                                                           "The status \"%1\" (line %2, %n row(s) in all) is not a "
                                                           "lifecycle state Rullering knows: the rows were imported "
                                                           "with their state unchanged, and the status kept in the "
                                                           "device's notes.",
                                                           nullptr, int(seen.rows))
                                   .arg(label)
                                   .arg(seen.firstLine));
    }
}

} // namespace rullering
