#pragma once

#include "util/Result.h"

#include <QVariantList>

namespace rullering {

// Writes whole rows into one table of a register, in the engine's fastest way inside the transaction already open on
// the connection: SQLite through one prepared INSERT, PostgreSQL through COPY (PostgresCopyWriter). Made by
// Engine::tableWriter() for copying a register (RegisterCopy); the columns are fixed when it is made.
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Before the first row.
    virtual Status start() = 0;
    // One row, its values in the order of the columns.
    virtual Status write(const QVariantList& row) = 0;
    // After the last row: the writes are done (PostgreSQL reports a bad row here at the latest).
    virtual Status finish() = 0;
};

// An identifier as SQL names it on both engines: in double quotes, a quote inside doubled. Table and column names
// come from the engine's own catalogue, and a column may be called by a keyword ("trigger").
QString quoteIdentifier(const QString& name);

} // namespace rullering
