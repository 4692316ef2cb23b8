#include "IsoTime.h"

namespace rullering {
namespace {

void put2(char* out, int value)
{
    out[0] = char('0' + value / 10);
    out[1] = char('0' + value % 10);
}

void putDate(char* out, int year, int month, int day)
{
    put2(out, year / 100);
    put2(out + 2, year % 100);
    out[4] = '-';
    put2(out + 5, month);
    out[7] = '-';
    put2(out + 8, day);
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm, proleptic Gregorian).
void civilFromDays(qint64 z, int& y, int& m, int& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

} // namespace

QByteArray isoDate(const QDate& date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
    QByteArray out(10, Qt::Uninitialized);
    putDate(out.data(), date.year(), date.month(), date.day());
    return out;
}

QByteArray isoUtcFromEpoch(qint64 secs)
{
    qint64 days = secs / 86400;
    qint64 rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y < 1000 || y > 9999)
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate).toLatin1();
    QByteArray out(20, Qt::Uninitialized);
    char* p = out.data();
    putDate(p, y, m, d);
    p[10] = 'T';
    put2(p + 11, static_cast<int>(rest / 3600));
    p[13] = ':';
    put2(p + 14, static_cast<int>(rest / 60 % 60));
    p[16] = ':';
    put2(p + 17, static_cast<int>(rest % 60));
    p[19] = 'Z';
    return out;
}

QByteArray isoUtc(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return isoUtcFromEpoch(dateTime.toSecsSinceEpoch());
}

} // namespace rullering
