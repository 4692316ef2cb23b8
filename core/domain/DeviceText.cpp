#include "DeviceText.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace rullering {
namespace {

bool isLineBreakOrTab(QChar c)
{
    return c == u'\t' || c == u'\n' || c == u'\r';
}

// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: a terminal or a one-line cell
// acts on them instead of showing them.
bool isControl(QChar c)
{
    // Printable ASCII, nearly every character of an import, without a look-up in Unicode's tables (the import checks
    // every cell: 12k rows, 51 M of the import's 2.0 G instructions went to category()). Other_Control is exactly
    // U+0000-U+001F and U+007F-U+009F, so those two ranges are answered here too.
    const char16_t u = c.unicode();
    if (u >= 0x20 && u < 0x7f)
        return false;
    if (u <= 0x9f) // below U+0020, or U+007F-U+009F
        return true;
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

// How a person recognises the character: its Unicode number, with the usual name for the common ones.
QString describe(QChar c)
{
    const QString code = QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
    const char* name = nullptr;
    switch (c.unicode()) {
    case 0x00:
        name = "NUL";
        break;
    case 0x09:
        name = "TAB";
        break;
    case 0x0a:
        name = "LF";
        break;
    case 0x0d:
        name = "CR";
        break;
    case 0x1b:
        name = "ESC";
        break;
    case 0x7f:
        name = "DEL";
        break;
    default:
        break;
    }
    return name ? QStringLiteral("%1, %2").arg(QLatin1String(name), code) : code;
}

} // namespace

QString shownValue(QStringView text)
{
    constexpr qsizetype Shown = 40;
    QString s = escapeControlCharacters(text.left(Shown));
    if (text.size() > Shown)
        s += QChar(0x2026);
    return s;
}

qsizetype maxTextLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Serial:
        return MaxSerialLength;
    case TextKind::Name:
        return MaxNameLength;
    case TextKind::Notes:
    case TextKind::Path:
        return MaxNotesLength;
    }
    return MaxNameLength;
}

QString textProblem(QStringView text, TextKind kind)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isControl(c) || (kind == TextKind::Notes && isLineBreakOrTab(c)))
            continue;
        return QCoreApplication::translate("DeviceText", "contains a control character (%1) at character %2")
            .arg(describe(c))
            .arg(i + 1);
    }
    if (text.size() > maxTextLength(kind))
        return QCoreApplication::translate("DeviceText", "is %1 characters long; at most %2 are allowed")
            .arg(text.size())
            .arg(maxTextLength(kind));
    return {};
}

QString escapeControlCharacters(QStringView text)
{
    const bool plain = std::none_of(text.begin(), text.end(), [](QChar c) { return c == u'\\' || isControl(c); });
    if (plain)
        return text.toString();
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QLatin1String("\\\\");
            continue;
        case u'\t':
            escaped += QLatin1String("\\t");
            continue;
        case u'\n':
            escaped += QLatin1String("\\n");
            continue;
        case u'\r':
            escaped += QLatin1String("\\r");
            continue;
        case 0x1b:
            escaped += QLatin1String("\\e");
            continue;
        default:
            break;
        }
        if (!isControl(c))
            escaped += c;
        else if (c.unicode() < 0x100)
            escaped += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            escaped += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
    }
    return escaped;
}

namespace Serial {

QString normalise(QStringView text)
{
    return text.trimmed().toString().toUpper();
}

bool isPlaceholder(const QString& s)
{
    if (s.isEmpty())
        return true;
    static const std::array<QLatin1String, 10> placeholders = {
        QLatin1String("0"),
        QLatin1String("TO BE FILLED BY O.E.M."),
        QLatin1String("DEFAULT STRING"),
        QLatin1String("SYSTEM SERIAL NUMBER"),
        QLatin1String("NONE"),
        QLatin1String("N/A"),
        QLatin1String("NA"),
        QLatin1String("NULL"),
        QLatin1String("CHASSIS SERIAL NUMBER"),
        QLatin1String("INVALID"),
    };
    for (const QLatin1String& p : placeholders) {
        if (s == p)
            return true;
    }
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c == u'0' || c == u' ' || c == u'-'; });
}

QString problem(const QString& normalised)
{
    if (normalised.isEmpty())
        return QCoreApplication::translate("DeviceText", "The serial number is empty.");
    if (const QString why = textProblem(normalised, TextKind::Serial); !why.isEmpty())
        return QCoreApplication::translate("DeviceText", "The serial number \"%1\" %2.")
            .arg(shownValue(normalised), why);
    if (isPlaceholder(normalised))
        return QCoreApplication::translate(
                   "DeviceText",
                   "\"%1\" is a placeholder that firmware writes where the serial number belongs, not a serial "
                   "number: read the serial from the device's label.")
            .arg(normalised);
    return {};
}

} // namespace Serial

} // namespace rullering
