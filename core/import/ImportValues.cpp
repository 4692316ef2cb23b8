#include "ImportValues.h"

#include "domain/DeviceText.h"

#include <QTimeZone>

#include <array>

namespace rullering {
namespace {

// Reads an unsigned decimal number of 1..maxDigits digits at text[pos]; advances pos.
std::optional<int> readNumber(QStringView text, qsizetype& pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && text[pos].isDigit() && text[pos].unicode() < 128) {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    return value;
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// "HH:mm[:ss[.fffffff]]" with an optional " AM"/" PM", "Z" or "+hh:mm". fractionDigits says how many fraction
// digits were there (Intune writes 7), offsetSeconds is set for Z or an offset.
bool readTime(QStringView text, qsizetype& pos, QTime& time, int& fractionDigits, std::optional<int>& offsetSeconds)
{
    const auto hour = readNumber(text, pos, 2);
    if (!hour || pos >= text.size() || text[pos] != u':')
        return false;
    ++pos;
    const auto minute = readNumber(text, pos, 2);
    if (!minute)
        return false;
    int second = 0;
    int msec = 0;
    if (pos < text.size() && text[pos] == u':') {
        ++pos;
        const auto s = readNumber(text, pos, 2);
        if (!s)
            return false;
        second = *s;
        if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
            ++pos;
            const qsizetype start = pos;
            while (pos < text.size() && text[pos].isDigit())
                ++pos;
            fractionDigits = int(pos - start);
            if (fractionDigits == 0)
                return false;
            const QStringView fraction = text.mid(start, qMin<qsizetype>(3, fractionDigits));
            msec = fraction.toInt();
            for (qsizetype i = fraction.size(); i < 3; ++i)
                msec *= 10;
        }
    }
    int h = *hour;
    while (pos < text.size() && text[pos] == u' ')
        ++pos;
    if (pos + 1 < text.size() && (text[pos + 1] == u'M' || text[pos + 1] == u'm')) {
        const QChar ampm = text[pos].toUpper();
        if ((ampm != u'A' && ampm != u'P') || h < 1 || h > 12)
            return false;
        h = (h % 12) + (ampm == u'P' ? 12 : 0);
        pos += 2;
    }
    if (pos < text.size() && (text[pos] == u'Z' || text[pos] == u'z')) {
        offsetSeconds = 0;
        ++pos;
    } else if (pos < text.size() && (text[pos] == u'+' || text[pos] == u'-')) {
        const int sign = text[pos] == u'-' ? -1 : 1;
        ++pos;
        const auto oh = readNumber(text, pos, 2);
        if (!oh)
            return false;
        if (pos < text.size() && text[pos] == u':')
            ++pos;
        const auto om = readNumber(text, pos, 2);
        offsetSeconds = sign * (*oh * 3600 + om.value_or(0) * 60);
    }
    time = QTime(h, *minute, second, msec);
    return time.isValid();
}

// A two-digit year as spreadsheets write it (4/5/16, 05.04.16): 00-69 in the 2000s, 70-99 in the 1900s, and a
// year past this one back a century (nothing imported is dated in a later year).
int fullYear(int twoDigits)
{
    const int year = twoDigits + (twoDigits < 70 ? 2000 : 1900);
    return year > QDate::currentDate().year() ? year - 100 : year;
}

constexpr qint64 FileTimeTicksPerSecond = 10'000'000;
constexpr qint64 FileTimeToUnixSeconds = 11'644'473'600; // 1601-01-01 to 1970-01-01

} // namespace

QString normaliseSerial(QStringView text)
{
    return Serial::normalise(text);
}

bool isJunkSerial(const QString& s)
{
    return Serial::isPlaceholder(s);
}

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return QStringLiteral("auto");
    case DateOrder::DayFirst:
        return QStringLiteral("dmy");
    case DateOrder::MonthFirst:
        return QStringLiteral("mdy");
    }
    return QString();
}

std::optional<DateOrder> parseDateOrder(const QString& key)
{
    for (DateOrder order : {DateOrder::Auto, DateOrder::DayFirst, DateOrder::MonthFirst}) {
        if (key.compare(dateOrderKey(order), Qt::CaseInsensitive) == 0)
            return order;
    }
    return std::nullopt;
}

void DateOrderVote::add(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const auto first = readNumber(text, pos, 2);
    if (!first || pos >= text.size() || text[pos] != u'/')
        return;
    ++pos;
    const auto second = readNumber(text, pos, 2);
    if (!second || pos >= text.size() || text[pos] != u'/')
        return;
    ++m_slashDates;
    if (*first > 12 && *second <= 12)
        m_dayFirstSeen = true;
    else if (*second > 12 && *first <= 12)
        m_monthFirstSeen = true;
}

DateOrder DateOrderVote::decided() const
{
    if (m_dayFirstSeen == m_monthFirstSeen)
        return DateOrder::Auto;
    return m_dayFirstSeen ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

QDateTime ParsedDateTime::toUtc() const
{
    if (outcome != Outcome::Ok)
        return {};
    const QTime t = time.isValid() ? time : QTime(0, 0);
    if (utc)
        return QDateTime(date, t, Qt::UTC);
    return QDateTime(date, t, Qt::LocalTime).toUTC();
}

ParsedDateTime parseDateTime(QStringView text, DateOrder order)
{
    ParsedDateTime result;
    text = text.trimmed();
    if (text.isEmpty())
        return result;
    result.outcome = ParsedDateTime::Outcome::Invalid;

    // FILETIME: 100-ns ticks since 1601-01-01 UTC (AD's lastLogonTimestamp). 0 and the maximum mean "never".
    if (isAsciiDigits(text) && (text.size() >= 11 || text == QLatin1String("0"))) {
        bool ok = false;
        const qint64 ticks = text.toLongLong(&ok);
        if (!ok)
            return result;
        if (ticks == 0 || ticks == std::numeric_limits<qint64>::max()) {
            result.outcome = ParsedDateTime::Outcome::Empty;
            return result;
        }
        const QDateTime at =
            QDateTime::fromSecsSinceEpoch(ticks / FileTimeTicksPerSecond - FileTimeToUnixSeconds, Qt::UTC);
        result.date = at.date();
        result.time = at.time();
        result.utc = true;
        result.outcome = result.date.year() >= 1900 ? ParsedDateTime::Outcome::Ok : ParsedDateTime::Outcome::Invalid;
        return result;
    }

    qsizetype pos = 0;
    const auto a = readNumber(text, pos, 4);
    if (!a || pos >= text.size())
        return result;
    const QChar separator = text[pos];
    int year = 0, month = 0, day = 0;
    if (separator == u'-' && pos == 4) {
        ++pos;
        const auto m = readNumber(text, pos, 2);
        if (!m || pos >= text.size() || text[pos] != u'-')
            return result;
        ++pos;
        const auto d = readNumber(text, pos, 2);
        if (!d)
            return result;
        year = *a;
        month = *m;
        day = *d;
    } else if ((separator == u'.' || separator == u'/') && pos <= 2) {
        ++pos;
        const auto b = readNumber(text, pos, 2);
        if (!b || pos >= text.size() || text[pos] != separator)
            return result;
        ++pos;
        const qsizetype yearStart = pos;
        const auto y = readNumber(text, pos, 4);
        if (!y || (pos - yearStart != 4 && pos - yearStart != 2))
            return result;
        year = pos - yearStart == 2 ? fullYear(*y) : *y;
        const bool dayFirst = separator == u'.' || order == DateOrder::DayFirst;
        day = dayFirst ? *a : *b;
        month = dayFirst ? *b : *a;
    } else {
        return result;
    }

    if (year == 1 && month == 1 && day == 1) { // Intune's "never"
        result.outcome = ParsedDateTime::Outcome::Empty;
        return result;
    }
    result.date = QDate(year, month, day);
    if (!result.date.isValid())
        return result;

    if (pos < text.size()) {
        if (text[pos] != u'T' && text[pos] != u' ')
            return result;
        while (pos < text.size() && (text[pos] == u' ' || text[pos] == u'T'))
            ++pos;
        int fractionDigits = 0;
        std::optional<int> offset;
        if (!readTime(text, pos, result.time, fractionDigits, offset) || pos != text.size())
            return result;
        if (offset) {
            const QDateTime at = QDateTime(result.date, result.time, Qt::UTC).addSecs(-*offset);
            result.date = at.date();
            result.time = at.time();
            result.utc = true;
        } else if (fractionDigits == 7) {
            result.utc = true; // Intune writes UTC with seven fraction digits and no zone
        }
    }
    result.outcome = ParsedDateTime::Outcome::Ok;
    return result;
}

std::optional<int> parseYear(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1String(".0")) || text.endsWith(QLatin1String(",0")))
        text.chop(2);
    if (text.size() != 4 || !isAsciiDigits(text))
        return std::nullopt;
    const int year = text.toInt();
    if (year < 1980 || year > 2200)
        return std::nullopt;
    return year;
}

std::optional<bool> parseYesNo(QStringView text)
{
    text = text.trimmed();
    for (const char* yes : {"yes", "ja", "true", "sann", "x", "1", "y", "j"}) {
        if (text.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char* no : {"no", "nei", "false", "usann", "0", "n"}) {
        if (text.compare(QLatin1String(no), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

} // namespace rullering
