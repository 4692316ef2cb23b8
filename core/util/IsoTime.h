#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace rullering {

// Fast ISO 8601 text for bulk paths, in the storage format: "2023-01-25" and "2023-01-24T07:13:55Z".
// (QDateTime::toString goes through printf-style formatting, a visible cost per row at a million rows.)
QByteArray isoDate(const QDate& date);        // empty for an invalid date
QByteArray isoUtc(const QDateTime& dateTime); // empty for an invalid time; converted to UTC, seconds precision
QByteArray isoUtcFromEpoch(qint64 secondsSinceEpoch);

} // namespace rullering
