#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace rullering {

// A bulk writer that keeps a stream open on its connection between its calls (PostgreSQL's COPY ... FROM STDIN in
// PostgresCopy, so that the server stores rows while the client prepares the next ones) has the connection to
// itself until the stream ends: no other statement can run on it meanwhile. It registers here while its stream is
// open, and every path that runs a statement (Sql.h's helpers, Statement, PreparedStatements, Transaction) calls
// settleBulkStream() first, which ends the stream. Per thread: a connection is used by one thread only.
class BulkStream
{
public:
    virtual ~BulkStream() = default;
    // Ends the stream: everything sent is stored (or the error that refused it is returned).
    virtual Status endStream() = 0;
};

void openBulkStream(const QSqlDatabase& db, BulkStream* stream);
void closeBulkStream(BulkStream* stream);
// Ends the stream open on db's connection, if any. Cheap when none is open (the usual case).
Status settleBulkStream(const QSqlDatabase& db);

} // namespace rullering
