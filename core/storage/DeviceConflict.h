#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace rullering {

// Why a write over a newer version of a device was refused, in a person's words: who changed which field when,
// read from the device's audit log since the version the writer read. Every refused device write (the repository's,
// a bulk edit's, a swap's) says it this way, as Error::Code::Conflict.
class DeviceConflict
{
public:
    // One saved change since the version read: the audit rows one write left (one time, one person, one reason).
    struct Change
    {
        QString who;
        QDateTime at;
        QStringList fields; // translated field names
    };

    // The changes since versionRead, oldest first. The audit log keeps no versions, but each write since then raised
    // the version by one and wrote its rows under one time, person and reason: the last (current - versionRead) such
    // groups are the changes (at least the last one when the version read is not known, 0).
    static Result<QList<Change>> since(const QSqlDatabase& db, qint64 deviceId, int versionRead);

    // "MOL-L1234 was changed by someone else since you read it: kari changed Notes at 2026-12-05 09:12." (the
    // device's serial, else its name, else its id).
    static QString describe(const QSqlDatabase& db, qint64 deviceId, int versionRead);
    static Error error(const QSqlDatabase& db, qint64 deviceId, int versionRead);
};

} // namespace rullering
