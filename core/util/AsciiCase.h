#pragma once

#include <QString>
#include <QStringView>

namespace rullering {

// The case folding both engines apply to text: SQLite's NOCASE and lower(), PostgreSQL's lower() under the "C"
// collation of the register's columns. Only the 26 ASCII letters fold; Ø and ø stay different. Qt's toLower() and
// Qt::CaseInsensitive go beyond ASCII, so they would match what the database tells apart.
constexpr char16_t asciiLower(char16_t c) noexcept
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

inline bool equalIgnoringAsciiCase(QStringView a, QStringView b) noexcept
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i].unicode()) != asciiLower(b[i].unicode()))
            return false;
    }
    return true;
}

inline QString asciiLower(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar* out = folded.data();
    for (const QChar c : text)
        *out++ = QChar(asciiLower(c.unicode()));
    return folded;
}

} // namespace rullering
