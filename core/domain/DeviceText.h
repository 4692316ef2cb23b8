#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace rullering {

// What a text value of a device is, for the rule that decides whether it can be stored. The limits are far above
// what real exports hold (service tags 7-12 characters, Intune serials up to about 30, UPNs up to 113) and stop a
// pasted paragraph or a binary cell from becoming a "serial" (see docs/data-rules.md).
enum class TextKind
{
    Serial, // a serial number or an asset tag: one line, at most MaxSerialLength
    Name,   // host name, model, municipality, user, technician, ...: one line, at most MaxNameLength
    Notes,  // free text: line breaks and tabs allowed, at most MaxNotesLength
    Path,   // read for its parts, not stored (an AD distinguished name): one line, at most MaxNotesLength
};

inline constexpr qsizetype MaxSerialLength = 64;
inline constexpr qsizetype MaxNameLength = 256;
inline constexpr qsizetype MaxNotesLength = 10'000;

qsizetype maxTextLength(TextKind kind);

// Empty when text can be stored as kind; otherwise why not, to follow the value's name in a sentence: "contains a
// control character (ESC, U+001B) at character 3" (1-based), or "is 5000 characters long; at most 64 are allowed".
QString textProblem(QStringView text, TextKind kind);

// The text with control characters written as escapes (\t, \n, \r, \e, \x7f, \u0085 ...) and backslashes doubled,
// so a terminal shows what a file holds instead of obeying it.
QString escapeControlCharacters(QStringView text);
// A value for a message: escaped, and cut after 40 characters with an ellipsis.
QString shownValue(QStringView text);

// The one rule for a serial number, shared by the import, the swap, bulk edits and the GUI.
namespace Serial {

// As the register keys serials: trimmed, upper case.
QString normalise(QStringView text);

// Placeholders that firmware and exports put where a serial belongs ("To be filled by O.E.M.", "0", "N/A",
// "Default string", all zeros, ...), and the empty serial. Never stored as a key: the import matches such rows on
// the device name and stores no serial.
bool isPlaceholder(const QString& normalised);

// Empty when normalised can identify a device; otherwise why not (a placeholder, a control character, too long).
QString problem(const QString& normalised);

} // namespace Serial

} // namespace rullering
