#include "SearchText.h"

namespace rullering::search_text {
namespace {

// Upper-case letters outside ASCII that names and device names in a Nordic register use; lower() leaves them.
constexpr char16_t FoldedLetters[] = u"ÆØÅÄÖÜÉÈÁÀÓÒÍÚÑÇ";

} // namespace

QString foldedExpression(const QString& prefix)
{
    QString expression = QStringLiteral("lower(COALESCE(%1serial, '') || char(10) || COALESCE(%1hostname, '') ||"
                                        " char(10) || COALESCE(%1primary_user, ''))")
                             .arg(prefix);
    for (const char16_t upper : std::u16string_view(FoldedLetters)) {
        const QChar letter(upper);
        expression = QStringLiteral("replace(%1, '%2', '%3')").arg(expression, letter, letter.toLower());
    }
    return expression;
}

QStringList rebuildStatements()
{
    return {QStringLiteral("DELETE FROM device_search_text"),
            QStringLiteral("INSERT INTO device_search_text (id, text) SELECT id, %1 FROM device")
                .arg(foldedExpression(QString()))};
}

QString foldQuery(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            folded.append(c.toLower());
            continue;
        }
        const QChar lower = c.toLower();
        // Only the letters the stored text folds are folded here; any other keeps its case on both sides.
        folded.append(std::u16string_view(FoldedLetters).find(c.unicode()) != std::u16string_view::npos ? lower : c);
    }
    return folded;
}

} // namespace rullering::search_text
