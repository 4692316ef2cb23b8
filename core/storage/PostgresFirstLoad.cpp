#include "PostgresFirstLoad.h"

#include "PostgresEngine.h"
#include "Sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace rullering {
namespace {

constexpr char Savepoint[] = "rullering_first_load";

// The tables each connection of this thread emptied for a first load, by the transaction that did (a connection is
// used by one thread only). A COPY may write frozen rows only into a table emptied or created in its own
// transaction; an entry of an ended transaction no longer matches and is dropped when next asked.
struct Emptied
{
    QString connection;
    QString table; // schema-qualified
    QString transaction;
};
thread_local std::vector<Emptied> t_emptied;

QString qualified(const QString& table)
{
    return table.contains(u'.') ? table : PostgresEngine::schemaName() + u'.' + table;
}

// The open transaction's id, or an empty string when it has none yet (it has written nothing).
Result<QString> transactionId(const QSqlDatabase& db)
{
    Result<QSqlQuery> query = runQuery(db, QStringLiteral("SELECT CAST(pg_current_xact_id_if_assigned() AS TEXT)"));
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

} // namespace

namespace firstload {

Result<bool> holdAlone(const QSqlDatabase& db, const QStringList& tables, const std::function<Result<bool>()>& inside)
{
    const QString savepoint = QString::fromLatin1(Savepoint);
    if (Status set = execStatements(db, {QStringLiteral("SAVEPOINT ") + savepoint}); !set)
        return set.error();
    Result<bool> kept = false;
    if (execStatements(db, {QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE NOWAIT").arg(tables.join(u','))}))
        kept = inside();
    if (!kept)
        return kept.error();
    if (!kept.value()) {
        if (Status back = execStatements(db, {QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint}); !back)
            return back.error();
    }
    if (Status released = execStatements(db, {QStringLiteral("RELEASE SAVEPOINT ") + savepoint}); !released)
        return released.error();
    return kept;
}

Status rememberEmptied(const QSqlDatabase& db, const QString& table)
{
    Result<QString> transaction = transactionId(db);
    if (!transaction)
        return transaction.error();
    const QString name = qualified(table);
    std::erase_if(t_emptied, [&](const Emptied& e) {
        return e.connection == db.connectionName() && (e.table == name || e.transaction != transaction.value());
    });
    t_emptied.push_back({db.connectionName(), name, transaction.value()});
    return {};
}

} // namespace firstload

Result<bool> PostgresEngine::emptiedInThisTransaction(const QSqlDatabase& db, const QString& table)
{
    const QString name = qualified(table);
    const auto found = std::find_if(t_emptied.begin(), t_emptied.end(), [&](const Emptied& e) {
        return e.connection == db.connectionName() && e.table == name;
    });
    if (found == t_emptied.end())
        return false;
    Result<QString> transaction = transactionId(db);
    if (!transaction)
        return transaction.error();
    if (transaction.value() == found->transaction)
        return true;
    t_emptied.erase(found);
    return false;
}

} // namespace rullering
