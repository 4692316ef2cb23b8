#include "Engine.h"

#include "PostgresEngine.h"
#include "SqliteEngine.h"

namespace rullering {

const Engine& Engine::of(const QSqlDatabase& db)
{
    static const SqliteEngine sqlite;
    static const PostgresEngine postgres;
    if (db.driverName() == QLatin1String("QPSQL"))
        return postgres;
    return sqlite;
}

QStringList Engine::typedWords(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace rullering
