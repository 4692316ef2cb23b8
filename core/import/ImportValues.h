#pragma once

#include "domain/DeviceType.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace rullering {

// Serials as the register keys them: trimmed, upper case (Serial::normalise in domain/DeviceText.h).
QString normaliseSerial(QStringView text);
// Placeholders that firmware and exports put where a serial belongs ("To be filled by O.E.M.", "0", "N/A",
// all zeros, ...). Never used as a key: such rows match on the device name. The rule is Serial::isPlaceholder.
bool isJunkSerial(const QString& normalised);

// How a column's d/d/yyyy dates are read. Dotted dates (25.01.2023) are always day first, ISO is unambiguous.
enum class DateOrder
{
    Auto,       // decided from the whole column
    DayFirst,   // 25/01/2023
    MonthFirst, // 01/25/2023 (en-US, as Intune, AD and ConfigMgr write them)
};
QString dateOrderKey(DateOrder order); // "auto", "dmy", "mdy"
std::optional<DateOrder> parseDateOrder(const QString& key);

// Collects every slash date of one column so the day/month order is decided over the whole file.
class DateOrderVote
{
public:
    void add(QStringView text);
    // The order the column's values prove; Auto when no value decides it (then ambiguous() tells whether any
    // slash date was seen at all) or when values contradict each other (conflicting()).
    DateOrder decided() const;
    bool ambiguous() const { return m_slashDates > 0 && !m_dayFirstSeen && !m_monthFirstSeen; }
    bool conflicting() const { return m_dayFirstSeen && m_monthFirstSeen; }
    qint64 slashDates() const { return m_slashDates; }

private:
    qint64 m_slashDates = 0;
    bool m_dayFirstSeen = false;   // a first part above 12
    bool m_monthFirstSeen = false; // a second part above 12
};

// One date or date-time cell. Empty covers an empty cell and the exports' ways of saying "never":
// 0001-01-01 (Intune), FILETIME 0 and the maximum FILETIME (AD).
struct ParsedDateTime
{
    enum class Outcome
    {
        Empty,
        Ok,
        Invalid,
    };
    Outcome outcome = Outcome::Empty;
    QDate date;
    QTime time;       // invalid for a date alone
    bool utc = false; // Z, an offset (already applied), Intune's 7-digit fractions and FILETIME are UTC
    QDateTime toUtc() const;
};

// ISO (2023-01-24, 2023-01-24T07:13:55Z, with an offset), Intune (2023-01-24 07:13:55.0000000), dd.MM.yyyy
// (optionally with HH:mm[:ss]), d/d/yyyy with h:mm[:ss] [AM|PM] in the given order, and FILETIME integers. The
// dotted and slash forms also take a two-digit year (00-69: 2000s, 70-99: 1900s, never past this year).
// order Auto reads an ambiguous slash date month first.
ParsedDateTime parseDateTime(QStringView text, DateOrder order);

// A production year: four digits from 1980 to 2200 (a trailing ".0" from a spreadsheet is accepted).
std::optional<int> parseYear(QStringView text);

// A yes/no cell in English or Norwegian: yes, ja, true, sann, x, 1 / no, nei, false, usann, 0 (any case).
std::optional<bool> parseYesNo(QStringView text);

} // namespace rullering
