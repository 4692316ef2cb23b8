#include "DeviceImportWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

// The import's second pass over what its rows named: each replaced device linked to the device that replaced it.

namespace rullering {

Status DeviceImportWriter::resolveLinks(ImportReport& report)
{
    if (m_links.empty())
        return {};
    if (Status sent = flush(); !sent) // the devices this import created, read and linked below
        return sent;
    const QSqlDatabase db = m_database.connection();
    QHash<qint64, StagedLink> stagedLinks; // the links decided, written after the loop
    QHash<qint64, qsizetype> diffOf;       // device id -> its entry in report.diffs
    for (qsizetype i = 0; i < report.diffs.size(); ++i)
        diffOf.insert(report.diffs[i].deviceId, i);
    // Serial and name of a device, for the few links a warning or diff names (not kept for every link).
    Statement names(db, "SELECT serial, hostname FROM device WHERE id = ?1");
    if (!names.ok())
        return sqlError(names);
    auto serialAndName = [&names](qint64 id) {
        names.integer(1, id);
        QPair<QString, QString> found;
        if (names.step())
            found = {names.columnText(0), names.columnText(1)};
        names.reset();
        return found;
    };
    auto nameOf = [&serialAndName](qint64 id) {
        const auto [serial, hostname] = serialAndName(id);
        return serial.isEmpty() ? hostname : serial;
    };
    QHash<qint64, qint64> lineNaming; // successor -> the line whose device it replaced
    // Successors still linked, after the rows, from a device this pass does not link anew: as on the swap screen,
    // one device does not replace two. (Into an empty register only this pass makes links.)
    QHash<qint64, qint64> storedLink; // successor -> its predecessor
    if (m_devicesAtStart > 0) {
        QSet<qint64> relinked;
        for (const PendingLink& pending : m_links)
            relinked.insert(pending.deviceId);
        Statement linked(db, "SELECT id, replaced_by_id FROM device WHERE replaced_by_id IS NOT NULL");
        if (!linked.ok())
            return sqlError(linked);
        while (linked.step()) {
            if (!relinked.contains(linked.columnInt(0)))
                storedLink.insert(linked.columnInt(1), linked.columnInt(0));
        }
        if (linked.failed())
            return sqlError(linked);
        linked.reset();
    }
    qint64 leftOut = 0;
    // The reason is worded only for the warnings kept (a file of broken links must not cost a query each).
    auto leaveOut = [&](const auto& why) {
        if (leftOut++ < m_settings.detailLimit)
            report.warnings.append(why());
    };
    for (size_t i = 0; i < m_links.size(); ++i) {
        if (Status read = lookAheadLinks(i); !read)
            return read;
        const PendingLink& pending = m_links[i];
        Result<qint64> found = m_matcher.idOf(pending.successor);
        if (!found)
            return found.error();
        const qint64 successor = found.value();
        if (successor == 0) {
            leaveOut([&] {
                return QCoreApplication::translate(
                           "DeviceImportWriter",
                           "Line %1: %2, the device that replaced %3, is neither in this file nor "
                           "in the register; %3 is stored without that link.")
                    .arg(pending.line)
                    .arg(pending.successor, nameOf(pending.deviceId));
            });
            continue;
        }
        if (successor == pending.deviceId) {
            leaveOut([&] {
                return QCoreApplication::translate(
                           "DeviceImportWriter", "Line %1: %2 is named as the device that replaced itself; the link is "
                                                 "left out.")
                    .arg(pending.line)
                    .arg(nameOf(pending.deviceId));
            });
            continue;
        }
        if (const auto earlier = lineNaming.constFind(successor); earlier != lineNaming.cend()) {
            leaveOut([&] {
                return QCoreApplication::translate("DeviceImportWriter",
                                                   "Line %1: %2 already replaced the device on line %3; the link from "
                                                   "%4 is left out.")
                    .arg(pending.line)
                    .arg(pending.successor)
                    .arg(earlier.value())
                    .arg(nameOf(pending.deviceId));
            });
            continue;
        }
        if (const auto stored = storedLink.constFind(successor); stored != storedLink.cend()) {
            leaveOut([&] {
                return QCoreApplication::translate(
                           "DeviceImportWriter", "Line %1: %2 already replaced %3 in the register; the link from %4 is "
                                                 "left out.")
                    .arg(pending.line)
                    .arg(pending.successor, nameOf(stored.value()), nameOf(pending.deviceId));
            });
            continue;
        }
        lineNaming.insert(successor, pending.line);
        if (successor == pending.before)
            continue;
        StagedLink& staged = stagedLinks[pending.deviceId];
        staged.successor = successor;
        staged.versions += pending.outcome == Outcome::Unchanged ? 1 : 0; // a created or updated row counted already
        // On a server, written over the version the row read, or the one its staged update wrote (devices this
        // import created are invisible to others: never checked).
        if (stagesUpdates() && pending.deviceId <= m_maxIdAtStart && pending.version > 0)
            staged.versionRead = m_versionsWritten.value(pending.deviceId, pending.version);
        if (pending.outcome == Outcome::Created)
            continue; // its history starts with the import that created it (recordCreated())
        const QString before = pending.before > 0 ? QString::number(pending.before) : QString(); // as the history
        const QString after = QString::number(successor);                                        // keeps ids
        if (Status logged = audit(pending.deviceId, deviceFieldKey(DeviceField::ReplacedBy), before, after); !logged)
            return logged;
        if (pending.outcome == Outcome::Unchanged) {
            --report.unchanged;
            ++report.updated;
            if (report.diffs.size() < m_settings.detailLimit) {
                diffOf.insert(pending.deviceId, report.diffs.size());
                const auto [serial, hostname] = serialAndName(pending.deviceId);
                report.diffs.append({pending.line, pending.deviceId, serial, hostname, false, {}});
            }
        }
        if (const auto diff = diffOf.constFind(pending.deviceId); diff != diffOf.cend()) // shown by serial
            report.diffs[diff.value()].changes.append(
                {DeviceField::ReplacedBy, pending.before > 0 ? nameOf(pending.before) : QString(), nameOf(successor)});
    }
    if (leftOut > m_settings.detailLimit) {
        // (computed apart: lupdate loops forever on a template argument list inside translate())
        const int more = int(std::min(leftOut - m_settings.detailLimit, qint64(INT_MAX)));
        report.warnings.append(
            QCoreApplication::translate("DeviceImportWriter", "%n more links were left out.", "", more));
    }
    m_links.clear();
    m_links.shrink_to_fit();
    if (m_linksInline)
        keepChangedLinks(stagedLinks);
    return stagesUpdates() ? applyStagedLinks(stagedLinks) : writeLinks(stagedLinks);
}

void DeviceImportWriter::keepChangedLinks(QHash<qint64, StagedLink>& links) const
{
    for (auto it = m_inlineLinks.cbegin(); it != m_inlineLinks.cend(); ++it) {
        if (!links.contains(it.key()))
            links.insert(it.key(), StagedLink{}); // written with its row, then left out: no successor
    }
    for (auto it = links.begin(); it != links.end();) {
        if (it.value().versions == 0 && it.value().successor == m_inlineLinks.value(it.key()))
            it = links.erase(it); // the row holds it already
        else
            ++it;
    }
}

Status DeviceImportWriter::writeLinks(const QHash<qint64, StagedLink>& links)
{
    Statement link(m_database.connection(),
                   "UPDATE device SET replaced_by_id = ?1, version = version + ?2, updated_at = ?3 WHERE id = ?4");
    if (!link.ok())
        return sqlError(link);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        link.idOrNull(1, it.value().successor);
        link.integer(2, it.value().versions);
        link.staticText(3, m_atUtf8);
        link.integer(4, it.key());
        if (!link.execute())
            return sqlError(link);
    }
    return {};
}

qint64 DeviceImportWriter::inlineLink(const QString& successor)
{
    if (!m_linksInline || successor.isEmpty())
        return 0;
    const qint64 id = m_matcher.likelyCreatedWithSerial(successor);
    if (id == 0 || m_inlineSuccessors.contains(id))
        return 0;
    m_inlineSuccessors.insert(id);
    return id;
}

} // namespace rullering
