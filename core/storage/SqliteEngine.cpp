#include "SqliteEngine.h"

#include "SchemaManager.h"
#include "Sql.h"
#include "SqliteChangeSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

namespace rullering {

QString SqliteEngine::beginStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

int SqliteEngine::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int SqliteEngine::lockSchemaVersion(const QSqlDatabase& db) const
{
    return schemaVersion(db); // BEGIN IMMEDIATE already holds the file's write lock
}

Status SqliteEngine::recordSchemaVersion(const QSqlDatabase& db, int version) const
{
    QSqlQuery bump(db);
    if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Error(QCoreApplication::translate("SchemaManager", "Cannot record schema version %1: %2")
                         .arg(version)
                         .arg(sqlErrorText(bump)));
    return {};
}

QStringList SqliteEngine::migrationStatements(const Migration& step) const
{
    return step.statements;
}

const Migration* SqliteEngine::newRegisterSchema() const
{
    static const Migration schema = sqliteNewRegisterSchema();
    return &schema;
}

Status SqliteEngine::finishNewRegister(const QSqlDatabase& db) const
{
    // A new file built step by step holds the pages of what later steps dropped. Rewritten while it is still a few
    // pages, it starts with no free page, so a bulk load may spill its index pages early (IndexSuspension).
    if (QSqlQuery vacuum(db); !vacuum.exec(QStringLiteral("VACUUM")))
        return Error(QCoreApplication::translate("SchemaManager", "Cannot compact the new database: %1")
                         .arg(sqlErrorText(vacuum)));
    return {};
}

bool SqliteEngine::isReadOnly(const QSqlDatabase& db) const
{
    sqlite3* handle = sqliteHandle(db);
    return handle && sqlite3_db_readonly(handle, "main") == 1;
}

// As SQLite's documentation prescribes for a table rebuild: foreign keys off while the steps run (the setting cannot
// change inside a transaction), PRAGMA foreign_key_check before each step commits.
Result<bool> SqliteEngine::suspendReferenceChecks(const QSqlDatabase& db) const
{
    const bool wereOn = pragmaNumber(db, QStringLiteral("foreign_keys")).valueOr(0) != 0;
    if (wereOn) {
        if (QSqlQuery off(db); !off.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return Error(sqlErrorText(off));
    }
    return wereOn;
}

void SqliteEngine::restoreReferenceChecks(const QSqlDatabase& db, bool wereOn) const
{
    if (wereOn)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Result<QString> SqliteEngine::danglingReference(const QSqlDatabase& db) const
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error(sqlErrorText(check));
    return check.next() ? check.value(0).toString() : QString();
}

QString SqliteEngine::newerSchemaMessage(int found, int understood) const
{
    return QCoreApplication::translate(
               "SchemaManager", "The database was written by a newer version of Rullering (schema %1; this version "
                                "understands up to %2). Update Rullering to open it; the file has not been changed.")
        .arg(found)
        .arg(understood);
}

} // namespace rullering

namespace rullering {

QString SqliteEngine::wordQuery(const QString& text)
{
    // unicode61 splits on everything but letters and digits; each piece becomes a quoted prefix, all of them
    // required. Quoting makes FTS5 syntax characters in what was typed plain text.
    QStringList terms;
    for (const QString& word : typedWords(text))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(QStringLiteral(" AND "));
}

std::unique_ptr<ChangeSource> SqliteEngine::changeSource(const QSqlDatabase& db, const QString&) const
{
    return std::make_unique<SqliteChangeSource>(db);
}

qint64 SqliteEngine::sessionId(const QSqlDatabase&) const
{
    return 0;
}

bool SqliteEngine::isConnectionLost(const QSqlDatabase&) const
{
    return false; // a file does not go away under an open connection
}

QString SqliteEngine::indexHint(const QString& index) const
{
    return QStringLiteral(" INDEXED BY ") + index;
}

QString SqliteEngine::withoutIndex(const QString& column) const
{
    return u'+' + column;
}

QString SqliteEngine::caseless(const QString& column) const
{
    return column + QStringLiteral(" COLLATE NOCASE");
}

// A sighting of the device in idColumn within range (over s.seen_at): a probe of the history's key per device.
static QString seenInHistory(const QString& idColumn, const QString& range)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM device_seen s WHERE s.device_id = ") + idColumn +
           QStringLiteral(" AND ") + range + u')';
}

QString SqliteEngine::seenFromSql(const QString& idColumn) const
{
    return seenInHistory(idColumn, QStringLiteral("s.seen_at >= ?"));
}

QString SqliteEngine::seenBetweenSql(const QString& idColumn) const
{
    return seenInHistory(idColumn, QStringLiteral("s.seen_at >= ? AND s.seen_at < ?"));
}

QString SqliteEngine::integerRowsIn(const QStringList& columns, int rowCount) const
{
    return anyOfRows(columns, rowCount);
}

QString SqliteEngine::anyOfRows(const QStringList& columns, int rowCount)
{
    QStringList terms;
    for (const QString& column : columns)
        terms.append(column + QStringLiteral(" = ?"));
    const QString row = u'(' + terms.join(QStringLiteral(" AND ")) + u')';
    QStringList rows;
    for (int i = 0; i < rowCount; ++i)
        rows.append(row);
    return u'(' + rows.join(QStringLiteral(" OR ")) + u')';
}

QString SqliteEngine::inTextList(const QString& column, const QString& placeholder) const
{
    return column + QStringLiteral(" IN (SELECT value FROM json_each(") + placeholder + QStringLiteral("))");
}

QString SqliteEngine::textListValue(const QStringList& values) const
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString SqliteEngine::caselessLike() const
{
    return QStringLiteral("LIKE");
}

QString SqliteEngine::orderTerm(const QString& expression, bool descending) const
{
    return expression + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
}

QString SqliteEngine::searchCondition(const QString& prefix, bool withWords, const QString& modelNames) const
{
    return u'(' +
           (withWords ? prefix + QStringLiteral("id IN (") + wordSearchIdsSql() + QStringLiteral(") OR ") : QString()) +
           prefix + QStringLiteral("model IN (") + modelNames + QStringLiteral("))");
}

QString SqliteEngine::wordSearchIdsSql() const
{
    return QStringLiteral("SELECT rowid FROM device_search WHERE device_search MATCH ?");
}

QString SqliteEngine::wordSearchValue(const QString& text) const
{
    return wordQuery(text);
}

} // namespace rullering
