#pragma once

// A server's first load (PostgresEngineLoad.cpp): taking tables without queueing behind other sessions, and the
// tables it emptied in the open transaction, which a COPY may then fill with frozen rows
// (PostgresEngine::emptiedInThisTransaction).

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace rullering::firstload {

// Runs inside() in a savepoint after taking the tables' locks without waiting (NOWAIT: never queue behind a reader,
// which would queue every other reader behind this import). True: the locks are kept; false, when a lock is held
// elsewhere or inside() says no: the savepoint gives them back.
Result<bool> holdAlone(const QSqlDatabase& db, const QStringList& tables, const std::function<Result<bool>()>& inside);

// Records that the open transaction emptied the table (TRUNCATE), for PostgresEngine::emptiedInThisTransaction.
Status rememberEmptied(const QSqlDatabase& db, const QString& table);

} // namespace rullering::firstload
