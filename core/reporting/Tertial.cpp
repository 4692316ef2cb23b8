#include "Tertial.h"

namespace rullering {

Tertial Tertial::of(const QDate& date)
{
    if (!date.isValid())
        return {};
    return {date.year(), (date.month() - 1) / 4 + 1};
}

QDate Tertial::firstDay() const
{
    return isValid() ? QDate(year, (number - 1) * 4 + 1, 1) : QDate();
}

QDate Tertial::lastDay() const
{
    return isValid() ? QDate(year, number * 4, 1).addMonths(1).addDays(-1) : QDate();
}

Tertial Tertial::previous() const
{
    return number == 1 ? Tertial{year - 1, 3} : Tertial{year, number - 1};
}

Tertial Tertial::next() const
{
    return number == 3 ? Tertial{year + 1, 1} : Tertial{year, number + 1};
}

QString Tertial::label() const
{
    return QStringLiteral("T%1 %2").arg(number).arg(year);
}

} // namespace rullering
