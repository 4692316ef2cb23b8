#include "RegisterCopy.h"

#include "Database.h"
#include "Engine.h"
#include "Sql.h"
#include "TableWriter.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rullering {
namespace {

// How often progress is told, in rows.
constexpr qint64 ProgressStep = 10'000;

// The read transaction on the source: one moment of it throughout, ended (it changed nothing) when the copy ends.
class Snapshot
{
    Q_DISABLE_COPY_MOVE(Snapshot)

public:
    explicit Snapshot(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(Engine::of(m_db).snapshotStatement());
        if (!m_active)
            m_error = sqlErrorText(begin);
    }
    ~Snapshot()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Status begin() const
    {
        if (m_active)
            return {};
        return Error(QCoreApplication::translate("RegisterCopy", "Cannot read the source register: %1").arg(m_error));
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

// Parents before the tables pointing at them; within that, tables pointing at nothing first and names in order, so
// model names (filled by a trigger on device) are in place before the devices. A cycle between two tables has no
// such order: refused, naming them, rather than copied in an order that fails or loses rows.
Result<QStringList> orderByReferences(const QList<RegisterTable>& tables)
{
    QHash<QString, QSet<QString>> waitingFor;
    for (const RegisterTable& table : tables)
        waitingFor.insert(table.name, QSet<QString>(table.references.cbegin(), table.references.cend()));
    QStringList order;
    while (!waitingFor.isEmpty()) {
        QStringList ready;
        for (auto it = waitingFor.cbegin(); it != waitingFor.cend(); ++it) {
            bool free = true;
            for (const QString& parent : it.value())
                free = free && !waitingFor.contains(parent);
            if (free)
                ready.append(it.key());
        }
        if (ready.isEmpty()) {
            QStringList left = waitingFor.keys();
            left.sort();
            return Error(QCoreApplication::translate(
                             "RegisterCopy",
                             "Cannot copy the register: the tables %1 refer to each other, and the copy knows no "
                             "order to write them in. Nothing was copied.")
                             .arg(left.join(QStringLiteral(", "))));
        }
        ready.sort();
        for (const QString& table : std::as_const(ready))
            waitingFor.remove(table);
        order += ready;
    }
    return order;
}

// The two registers' tables must be the same, column for column: the same schema version on two engines.
Status checkSameTables(const QList<RegisterTable>& source, const QList<RegisterTable>& target)
{
    QHash<QString, QStringList> targetColumns;
    for (const RegisterTable& table : target)
        targetColumns.insert(table.name, table.columns);
    for (const RegisterTable& table : source) {
        if (!targetColumns.contains(table.name))
            return Error(
                QCoreApplication::translate("RegisterCopy", "Cannot copy the register: the target has no table %1.")
                    .arg(table.name));
        QStringList a = table.columns, b = targetColumns.take(table.name);
        a.sort();
        b.sort();
        if (a != b)
            return Error(QCoreApplication::translate(
                             "RegisterCopy",
                             "Cannot copy the register: the table %1 has the columns %2 in the source but %3 in the "
                             "target.")
                             .arg(table.name, a.join(u','), b.join(u',')));
    }
    if (!targetColumns.isEmpty()) {
        QStringList extra = targetColumns.keys();
        extra.sort();
        return Error(
            QCoreApplication::translate("RegisterCopy", "Cannot copy the register: the source has no table %1.")
                .arg(extra.join(QStringLiteral(", "))));
    }
    return {};
}

Result<qint64> countRows(const QSqlDatabase& db, const QString& table)
{
    Result<QSqlQuery> query = runQuery(db, QStringLiteral("SELECT COUNT(*) FROM ") + quoteIdentifier(table));
    if (!query)
        return Error(QCoreApplication::translate("RegisterCopy", "Cannot count the rows of %1: %2")
                         .arg(table, query.errorMessage()));
    if (!query.value().next())
        return Error(QCoreApplication::translate("RegisterCopy", "Cannot count the rows of %1.").arg(table));
    return query.value().value(0).toLongLong();
}

Status copyTable(const QSqlDatabase& from, const QSqlDatabase& to, const RegisterTable& table, qint64& done,
                 qint64 total, const RegisterCopy::Progress& progress)
{
    std::unique_ptr<TableWriter> writer = Engine::of(to).tableWriter(to, table.name, table.columns);
    if (Status started = writer->start(); !started)
        return started;
    QStringList columns;
    for (const QString& column : table.columns)
        columns.append(quoteIdentifier(column));
    QSqlQuery read(from);
    read.setForwardOnly(true); // PostgreSQL streams the rows instead of holding the table in memory
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), quoteIdentifier(table.name))))
        return Error(QCoreApplication::translate("RegisterCopy", "Cannot read the table %1 of the source: %2")
                         .arg(table.name, sqlErrorText(read)));
    QVariantList row;
    row.resize(table.columns.size());
    while (read.next()) {
        for (qsizetype i = 0; i < row.size(); ++i)
            row[i] = read.value(int(i));
        if (Status written = writer->write(row); !written)
            return written;
        if (++done % ProgressStep == 0 && progress)
            progress(table.name, done, total);
    }
    if (read.lastError().isValid())
        return Error(QCoreApplication::translate("RegisterCopy", "Cannot read the table %1 of the source: %2")
                         .arg(table.name, sqlErrorText(read)));
    read.finish();
    return writer->finish();
}

} // namespace

qint64 RegisterCopy::Summary::rows() const
{
    qint64 sum = 0;
    for (const TableCount& count : tables)
        sum += count.source;
    return sum;
}

Result<RegisterCopy::Summary> RegisterCopy::copy(const Database& source, const Database& target, Existing existing,
                                                 const Progress& progress)
{
    const QString sourceFile = source.isServer() ? QString() : QFileInfo(source.path()).canonicalFilePath();
    if (source.path() == target.path() ||
        (!sourceFile.isEmpty() && !target.isServer() && sourceFile == QFileInfo(target.path()).canonicalFilePath()))
        return Error(QCoreApplication::translate("RegisterCopy", "Cannot copy a register onto itself (%1).")
                         .arg(source.displayPath()),
                     Error::Code::Invalid);
    if (source.schemaVersion() != target.schemaVersion())
        return Error(QCoreApplication::translate(
                         "RegisterCopy", "Cannot copy the register: the source is at schema %1, the target at %2.")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion()));
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    Result<QList<RegisterTable>> sourceTables = Engine::of(from).registerTables(from);
    if (!sourceTables)
        return sourceTables.error();
    Result<QList<RegisterTable>> targetTables = Engine::of(to).registerTables(to);
    if (!targetTables)
        return targetTables.error();
    Result<QStringList> order = orderByReferences(sourceTables.value());
    if (!order)
        return order.error();
    if (Status same = checkSameTables(sourceTables.value(), targetTables.value()); !same)
        return same.error();
    QHash<QString, RegisterTable> byName;
    for (const RegisterTable& table : std::as_const(sourceTables.value()))
        byName.insert(table.name, table);

    Snapshot snapshot(from);
    if (Status begun = snapshot.begin(); !begun)
        return begun.error();
    Summary summary;
    qint64 total = 0;
    for (const QString& table : std::as_const(order.value())) {
        Result<qint64> rows = countRows(from, table);
        if (!rows)
            return rows.error();
        summary.tables.append({table, rows.value(), 0});
        total += rows.value();
    }

    const Engine& engine = Engine::of(to);
    // Checked once, when every row is in (SQLite cannot switch its checks inside a transaction): a device replaced
    // by a device with a higher id loads, and SQLite does not search the devices for every row inserted meanwhile.
    Result<bool> checksWereOn = engine.suspendReferenceChecks(to);
    if (!checksWereOn)
        return checksWereOn.error();
    const auto restoreChecks =
        qScopeGuard([&to, &engine, wereOn = checksWereOn.value()] { engine.restoreReferenceChecks(to, wereOn); });
    Transaction tx(to);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    qint64 present = 0;
    for (const QString& table : std::as_const(order.value())) {
        Result<qint64> rows = countRows(to, table);
        if (!rows)
            return rows.error();
        present += rows.value();
    }
    if (present > 0) {
        if (existing == Existing::Refuse)
            return Error(QCoreApplication::translate("RegisterCopy",
                                                     "%1 already holds a register (%2 rows); it was not changed.")
                             .arg(target.displayPath())
                             .arg(present),
                         Error::Code::Conflict);
        if (Status cleared = engine.clearTables(to, order.value()); !cleared)
            return Error(QCoreApplication::translate("RegisterCopy", "Cannot empty %1: %2")
                             .arg(target.displayPath(), cleared.errorMessage()));
    }

    qint64 done = 0;
    for (const QString& table : std::as_const(order.value())) {
        if (progress)
            progress(table, done, total);
        if (Status copied = copyTable(from, to, byName.value(table), done, total, progress); !copied)
            return Error(QCoreApplication::translate("RegisterCopy", "The copy failed, %1 was not changed: %2")
                             .arg(target.displayPath(), copied.errorMessage()));
    }
    if (progress)
        progress(QString(), done, total);
    if (Status finished = engine.finishBulkCopy(to, order.value()); !finished)
        return finished.error();
    Result<QString> dangling = engine.danglingReference(to);
    if (!dangling)
        return dangling.error();
    if (!dangling.value().isEmpty())
        return Error(QCoreApplication::translate("RegisterCopy",
                                                 "The copy failed, %1 was not changed: a row of %2 in the source "
                                                 "points at a row that does not exist.")
                         .arg(target.displayPath(), dangling.value()));

    bool equal = true;
    for (TableCount& count : summary.tables) {
        Result<qint64> rows = countRows(to, count.table);
        if (!rows)
            return rows.error();
        count.target = rows.value();
        equal = equal && count.target == count.source;
    }
    if (!equal) {
        tx.rollback();
        return summary;
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    summary.committed = true;
    // Statistics and a visibility map for the copied rows at once, not when autovacuum comes round.
    if (Status refreshed = engine.refreshStatistics(to); !refreshed)
        return refreshed.error();
    return summary;
}

} // namespace rullering
