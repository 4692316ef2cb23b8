#pragma once

#include <QDate>
#include <QString>

namespace rullering {

// A four-month reporting period: T1 January–April, T2 May–August, T3 September–December.
struct Tertial
{
    int year = 0;
    int number = 0; // 1, 2 or 3

    static Tertial of(const QDate& date);
    QDate firstDay() const;
    QDate lastDay() const;
    bool contains(const QDate& date) const { return date >= firstDay() && date <= lastDay(); }
    bool isValid() const { return year > 0 && number >= 1 && number <= 3; }
    Tertial previous() const;
    Tertial next() const;
    // "T1 2023"; the letter is the same in Bokmål and English.
    QString label() const;

    bool operator==(const Tertial&) const = default;
    auto operator<=>(const Tertial&) const = default;
};

} // namespace rullering
