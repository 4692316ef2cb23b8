#pragma once

#include "Engine.h"

#include <QHash>

namespace rullering {

// A register on a PostgreSQL server. Its tables live in their own schema (schemaName(), never public); the
// schema version is the one row of schema_version there, since PostgreSQL has no PRAGMA user_version. Steps
// whose SQL differs from SQLite's have a variant in PostgresMigrations.cpp, under the same version number.
class PostgresEngine final : public Engine
{
public:
    static QString schemaName();

    // Before migrating: creates the schema and its version table in an empty database (needs a user allowed to
    // create a schema there), or checks that the schema found is a register's. With mustExist a database without
    // a register is refused instead (as a missing file is), and nothing is created. display names the database.
    static Status prepareRegister(const QSqlDatabase& db, bool mustExist, const QString& display);

    // The word search (today's semantics: every word typed begins a word of the serial, device name or primary
    // user, in any case): the tsquery text for what was typed, empty when it holds no letter or digit, and the
    // query of the matching device ids, with that text bound to its one placeholder.
    static QString wordQuery(const QString& text);
    static QString wordIdsSql();

    Kind kind() const override { return Kind::Postgres; }
    QString beginStatement() const override;
    bool isReadOnly(const QSqlDatabase& db) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    int lockSchemaVersion(const QSqlDatabase& db) const override;
    Status recordSchemaVersion(const QSqlDatabase& db, int version) const override;
    QStringList migrationStatements(const Migration& step) const override;
    Status finishNewRegister(const QSqlDatabase& db) const override;
    Result<bool> suspendReferenceChecks(const QSqlDatabase& db) const override;
    void restoreReferenceChecks(const QSqlDatabase& db, bool wereOn) const override;
    Result<QString> danglingReference(const QSqlDatabase& db) const override;
    QString newerSchemaMessage(int found, int understood) const override;
    Result<std::unique_ptr<BulkInsert>> bulkInsert(const QSqlDatabase& db, const QString& table,
                                                   const QStringList& columns, BulkInsert* dependsOn,
                                                   bool withIds) const override;
    QString temporaryTable(const QString& name) const override { return QStringLiteral("pg_temp.") + name; }
    QString integerKeyType() const override { return QStringLiteral("BIGINT PRIMARY KEY"); }
    QString textType() const override { return QStringLiteral("TEXT COLLATE \"C\""); }
    bool setsIndexesAsideForBulkLoads() const override { return false; }
    Result<QStringList> setAsideForFirstLoad(const QSqlDatabase& db, const QString& table,
                                             const QStringList& keepIndexes) const override;
    Result<QList<RegisterTable>> registerTables(const QSqlDatabase& db) const override;
    QString snapshotStatement() const override;
    Status clearTables(const QSqlDatabase& db, const QStringList& tables) const override;
    std::unique_ptr<TableWriter> tableWriter(const QSqlDatabase& db, const QString& table,
                                             const QStringList& columns) const override;
    Status finishBulkCopy(const QSqlDatabase& db, const QStringList& tables) const override;
    Status refreshStatistics(const QSqlDatabase& db) const override;
    std::unique_ptr<ChangeSource> changeSource(const QSqlDatabase& db, const QString& path) const override;
    qint64 sessionId(const QSqlDatabase& db) const override;
    bool isConnectionLost(const QSqlDatabase& db) const override;
    QString indexHint(const QString& index) const override;
    QString withoutIndex(const QString& column) const override;
    QString caseless(const QString& column) const override;
    QString caselessLike() const override;
    QString integerRowsIn(const QStringList& columns, int rowCount) const override;
    QString inTextList(const QString& column, const QString& placeholder) const override;
    QString textListValue(const QStringList& values) const override;
    QString idListQuery(const QString& idsSql) const override;
    QString inIdList(const QString& column, bool many) const override;
    QString seenFromSql(const QString& idColumn) const override;
    QString seenBetweenSql(const QString& idColumn) const override;
    QString orderTerm(const QString& expression, bool descending) const override;
    QString wordSearchIdsSql() const override;
    QString wordSearchValue(const QString& text) const override;
    QString searchCondition(const QString& prefix, bool withWords, const QString& modelNames) const override;
    bool countsSearchInParts() const override { return true; }
    QString collectedRows(const QString& table, const QString& alias, const QString& where) const override;
    QString lockRowsForUpdate(const QString& alias) const override { return QStringLiteral(" FOR UPDATE OF ") + alias; }

    // Whether the open transaction emptied the table for a first load (setAsideForFirstLoad), so that a COPY into it
    // may write its rows frozen (PostgresEngineLoad.cpp).
    static Result<bool> emptiedInThisTransaction(const QSqlDatabase& db, const QString& table);

private:
    // setAsideForFirstLoad for one table (PostgresEngineLoad.cpp).
    static Result<QStringList> setAsideIfEmpty(const QSqlDatabase& db, const QString& table,
                                               const QStringList& keepIndexes);
};

// PostgreSQL's variant of each schema step whose SQL differs from SQLite's, by version (PostgresMigrations.cpp).
const QHash<int, QStringList>& postgresMigrationVariants();

} // namespace rullering
