#include "PostgresEngine.h"

#include "SchemaManager.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rullering {
namespace {

// The advisory lock key creators of a register take (any number no other application on the database uses).
constexpr qint64 CreationLock = 0x52756c6c6572; // "Ruller"

int readVersion(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status createSchema(const QSqlDatabase& db, const QString& display)
{
    const QString schema = PostgresEngine::schemaName();
    Transaction tx(db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    // Another client may be creating the same register at this moment, and CREATE ... IF NOT EXISTS is not safe
    // against that (both see nothing, one fails on the catalog's unique key): the creators queue on a lock held
    // until the transaction ends. Run, not prepared: PostgreSQL prepares no DDL.
    const QStringList statements = {
        QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(CreationLock),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + schema,
        QStringLiteral("CREATE TABLE IF NOT EXISTS ") + schema +
            QStringLiteral(".schema_version (single BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),"
                           " version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO ") + schema +
            QStringLiteral(".schema_version (version) VALUES (0) ON CONFLICT DO NOTHING"),
    };
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return Error(QCoreApplication::translate("PostgresEngine",
                                                     "Cannot create the register in %1: %2. A user allowed to "
                                                     "create a schema in that database must open it once first.")
                             .arg(display, sqlErrorText(query).simplified()),
                         Error::Code::Refused);
    }
    return tx.commit();
}

} // namespace

QString PostgresEngine::schemaName()
{
    return QStringLiteral("rullering");
}

Status PostgresEngine::prepareRegister(const QSqlDatabase& db, bool mustExist, const QString& display)
{
    Result<QSqlQuery> found = runQuery(
        db,
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 'schema_version'),"
            " EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid)"
            " FROM (SELECT 1) AS one LEFT JOIN pg_namespace n ON n.nspname = ?"),
        {schemaName()});
    if (!found)
        return Error(QCoreApplication::translate("PostgresEngine", "Cannot read the register in %1: %2")
                         .arg(display, found.errorMessage()));
    QSqlQuery& row = found.value();
    if (!row.next())
        return Error(QCoreApplication::translate("PostgresEngine", "Cannot read the register in %1.").arg(display));
    const bool hasVersion = row.value(0).toBool();
    const bool hasTables = row.value(1).toBool();
    row.finish();
    if (hasVersion)
        return {};
    // A schema someone else filled is not ours to build in; an empty one (made for us by the database's owner) is.
    if (hasTables)
        return Error(QCoreApplication::translate("PostgresEngine",
                                                 "%1 has a schema named %2 that is not a Rullering register; "
                                                 "nothing was changed.")
                         .arg(display, schemaName()),
                     Error::Code::Refused);
    if (mustExist)
        return Error(QCoreApplication::translate("PostgresEngine", "%1 holds no Rullering register.").arg(display),
                     Error::Code::NotFound);
    return createSchema(db, display);
}

QString PostgresEngine::wordQuery(const QString& text)
{
    // The words split as the device_words() index function splits them (on everything but letters and digits),
    // lowered as it lowers them; each a required prefix. Only letters and digits remain, so nothing needs quoting
    // beyond the quotes themselves.
    QStringList terms;
    for (const QString& word : typedWords(text))
        terms.append(u'\'' + word.toLower() + QStringLiteral("':*"));
    return terms.join(QStringLiteral(" & "));
}

QString PostgresEngine::wordIdsSql()
{
    // The words kept in each row (schema step 17), which the word index is built on.
    return QStringLiteral("SELECT id FROM device WHERE words @@ CAST(? AS tsquery)");
}

QString PostgresEngine::beginStatement() const
{
    return QStringLiteral("BEGIN");
}

int PostgresEngine::schemaVersion(const QSqlDatabase& db) const
{
    return readVersion(db, QStringLiteral("SELECT version FROM ") + schemaName() + QStringLiteral(".schema_version"));
}

int PostgresEngine::lockSchemaVersion(const QSqlDatabase& db) const
{
    return readVersion(db, QStringLiteral("SELECT version FROM ") + schemaName() +
                               QStringLiteral(".schema_version FOR UPDATE"));
}

Status PostgresEngine::recordSchemaVersion(const QSqlDatabase& db, int version) const
{
    QSqlQuery bump(db);
    if (!bump.exec(QStringLiteral("UPDATE %1.schema_version SET version = %2").arg(schemaName()).arg(version)))
        return Error(QCoreApplication::translate("SchemaManager", "Cannot record schema version %1: %2")
                         .arg(version)
                         .arg(sqlErrorText(bump)));
    return {};
}

QStringList PostgresEngine::migrationStatements(const Migration& step) const
{
    return postgresMigrationVariants().value(step.version, step.statements);
}

Status PostgresEngine::finishNewRegister(const QSqlDatabase&) const
{
    return {}; // a new schema holds no dead rows to compact
}

// A server register's rights are the server's (roles: a later step); the connection itself is never read-only.
bool PostgresEngine::isReadOnly(const QSqlDatabase&) const
{
    return false;
}

// PostgreSQL changes a constraint in place (ALTER TABLE) and checks references as each statement runs: nothing to
// suspend, nothing left to find.
Result<bool> PostgresEngine::suspendReferenceChecks(const QSqlDatabase&) const
{
    return false;
}

void PostgresEngine::restoreReferenceChecks(const QSqlDatabase&, bool) const {}

Result<QString> PostgresEngine::danglingReference(const QSqlDatabase&) const
{
    return QString();
}

QString PostgresEngine::newerSchemaMessage(int found, int understood) const
{
    return QCoreApplication::translate(
               "PostgresEngine",
               "The register on the server was written by a newer version of Rullering (schema %1; this version "
               "understands up to %2). Update Rullering to open it; the register has not been changed.")
        .arg(found)
        .arg(understood);
}

} // namespace rullering

namespace rullering {

QString PostgresEngine::indexHint(const QString&) const
{
    return {};
}

QString PostgresEngine::withoutIndex(const QString& column) const
{
    return column; // no hints: the planner decides from its statistics
}

QString PostgresEngine::caseless(const QString& column) const
{
    return QStringLiteral("lower(") + column + u')'; // under COLLATE "C" lower() folds ASCII only, as NOCASE
}

QString PostgresEngine::integerRowsIn(const QStringList& columns, int rowCount) const
{
    // The values typed, since a parameter in VALUES has no type to take from the column it is compared with.
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("CAST(? AS INTEGER)"));
    const QString row = u'(' + marks.join(QStringLiteral(", ")) + u')';
    QStringList rows;
    for (int i = 0; i < rowCount; ++i)
        rows.append(row);
    return u'(' + columns.join(QStringLiteral(", ")) + QStringLiteral(") IN (VALUES ") +
           rows.join(QStringLiteral(", ")) + u')';
}

QString PostgresEngine::inTextList(const QString& column, const QString& placeholder) const
{
    return column + QStringLiteral(" = ANY(CAST(") + placeholder + QStringLiteral(" AS TEXT[]))");
}

// The ids as one bigint[] literal ("{}" for none), each once.
QString PostgresEngine::idListQuery(const QString& idsSql) const
{
    return QStringLiteral("SELECT CAST(COALESCE(array_agg(DISTINCT id), '{}') AS TEXT), COUNT(DISTINCT id) FROM (") +
           idsSql + QStringLiteral(") AS listed (id)");
}

// "+ 0" keeps the key's index out: the planner otherwise looked up a quarter of the register id by id (its cost
// of one lookup assumes the table cached), where reading the rows and testing each against the hashed list is
// cheaper. A literal list (a prepared statement's first plans see the bound value) is hashed from 9 elements on.
QString PostgresEngine::inIdList(const QString& column, bool many) const
{
    return (many ? u'(' + column + QStringLiteral(" + 0)") : column) + QStringLiteral(" = ANY(CAST(? AS BIGINT[]))");
}

// device_id is NOT NULL: the test is true or false, never NULL, as EXISTS is.
QString PostgresEngine::seenFromSql(const QString& idColumn) const
{
    return idColumn + QStringLiteral(" IN (SELECT device_id FROM device_seen WHERE seen_at >= ?)");
}

QString PostgresEngine::seenBetweenSql(const QString& idColumn) const
{
    return idColumn + QStringLiteral(" IN (SELECT device_id FROM device_seen WHERE seen_at >= ? AND seen_at < ?)");
}

// An array literal: every element quoted, its quotes and backslashes escaped (so NULL, braces and commas are text).
QString PostgresEngine::textListValue(const QStringList& values) const
{
    QString out = QStringLiteral("{");
    for (const QString& value : values) {
        if (out.size() > 1)
            out.append(u',');
        out.append(u'"');
        for (const QChar c : value) {
            if (c == u'"' || c == u'\\')
                out.append(u'\\');
            out.append(c);
        }
        out.append(u'"');
    }
    out.append(u'}');
    return out;
}

QString PostgresEngine::caselessLike() const
{
    return QStringLiteral("ILIKE"); // ASCII only under COLLATE "C", as SQLite's LIKE
}

QString PostgresEngine::orderTerm(const QString& expression, bool descending) const
{
    return expression + (descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" ASC NULLS FIRST"));
}

QString PostgresEngine::collectedRows(const QString& table, const QString& alias, const QString& where) const
{
    // OFFSET 0 keeps the planner from pulling the subquery up into the sorted query (a documented fence).
    return QStringLiteral("(SELECT * FROM ") + table + u' ' + alias + where + QStringLiteral(" OFFSET 0) AS ") + alias;
}

QString PostgresEngine::wordSearchIdsSql() const
{
    return wordIdsSql();
}

QString PostgresEngine::searchCondition(const QString& prefix, bool withWords, const QString& modelNames) const
{
    // The word index's column (PostgresMigrations, step 17), so the index answers it.
    const QString models = prefix + QStringLiteral("model = ANY(ARRAY(") + modelNames + QStringLiteral("))");
    if (!withWords)
        return models;
    return QStringLiteral("(%1words @@ CAST(? AS tsquery) OR ").arg(prefix) + models + u')';
}

QString PostgresEngine::wordSearchValue(const QString& text) const
{
    return wordQuery(text);
}

} // namespace rullering
