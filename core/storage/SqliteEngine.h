#pragma once

#include "Engine.h"

namespace rullering {

// A register in an SQLite file: the schema version in PRAGMA user_version, the step SQL as written in
// Migrations.cpp.
class SqliteEngine final : public Engine
{
public:
    // The FTS5 query for what was typed in the search box: every word as a required prefix ("MOL-L1" gives
    // "MOL"* AND "L1"*); empty when the text has no letter or digit.
    static QString wordQuery(const QString& text);
    // "((a = ? AND b = ?) OR …)": rowCount rows of values tested term by term (integerRowsIn here; also the form
    // a filter takes when its caller walks an index of its own and tests each device, FilterIndexUse::Scanned).
    static QString anyOfRows(const QStringList& columns, int rowCount);

    Kind kind() const override { return Kind::Sqlite; }
    QString beginStatement() const override;
    bool isReadOnly(const QSqlDatabase& db) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    int lockSchemaVersion(const QSqlDatabase& db) const override;
    Status recordSchemaVersion(const QSqlDatabase& db, int version) const override;
    QStringList migrationStatements(const Migration& step) const override;
    const Migration* newRegisterSchema() const override;
    Status finishNewRegister(const QSqlDatabase& db) const override;
    Result<bool> suspendReferenceChecks(const QSqlDatabase& db) const override;
    void restoreReferenceChecks(const QSqlDatabase& db, bool wereOn) const override;
    Result<QString> danglingReference(const QSqlDatabase& db) const override;
    QString newerSchemaMessage(int found, int understood) const override;
    Result<std::unique_ptr<BulkInsert>> bulkInsert(const QSqlDatabase& db, const QString& table,
                                                   const QStringList& columns, BulkInsert* dependsOn,
                                                   bool withIds) const override;
    QString temporaryTable(const QString& name) const override { return QStringLiteral("temp.") + name; }
    QString integerKeyType() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString textType() const override { return QStringLiteral("TEXT"); }
    bool setsIndexesAsideForBulkLoads() const override { return true; }
    Result<QList<RegisterTable>> registerTables(const QSqlDatabase& db) const override;
    QString snapshotStatement() const override;
    Status clearTables(const QSqlDatabase& db, const QStringList& tables) const override;
    std::unique_ptr<TableWriter> tableWriter(const QSqlDatabase& db, const QString& table,
                                             const QStringList& columns) const override;
    Status finishBulkCopy(const QSqlDatabase& db, const QStringList& tables) const override;
    Status refreshStatistics(const QSqlDatabase&) const override { return {}; }
    std::unique_ptr<ChangeSource> changeSource(const QSqlDatabase& db, const QString& path) const override;
    qint64 sessionId(const QSqlDatabase& db) const override;
    bool isConnectionLost(const QSqlDatabase& db) const override;
    QString indexHint(const QString& index) const override;
    QString withoutIndex(const QString& column) const override;
    QString caseless(const QString& column) const override;
    QString caselessLike() const override;
    Result<QStringList> setAsideForFirstLoad(const QSqlDatabase& /*db*/, const QString& /*table*/,
                                             const QStringList& /*keepIndexes*/) const override
    {
        return QStringList();
    }
    QString integerRowsIn(const QStringList& columns, int rowCount) const override;
    QString inTextList(const QString& column, const QString& placeholder) const override;
    QString textListValue(const QStringList& values) const override;
    QString idListQuery(const QString&) const override { return {}; }
    QString inIdList(const QString&, bool) const override { return {}; }
    QString seenFromSql(const QString& idColumn) const override;
    QString seenBetweenSql(const QString& idColumn) const override;
    QString orderTerm(const QString& expression, bool descending) const override;
    QString wordSearchIdsSql() const override;
    QString wordSearchValue(const QString& text) const override;
    QString searchCondition(const QString& prefix, bool withWords, const QString& modelNames) const override;
    bool countsSearchInParts() const override { return false; }
    QString collectedRows(const QString&, const QString&, const QString&) const override { return {}; }
    QString lockRowsForUpdate(const QString& /*alias*/) const override { return {}; }
};

} // namespace rullering
