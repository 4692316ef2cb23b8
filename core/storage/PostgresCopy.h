#pragma once

#include "BulkInsert.h"
#include "BulkStream.h"
#include "PostgresCopyIds.h"

#include <QStringEncoder>

#include <deque>
#include <string>
#include <vector>

namespace rullering {

// BulkInsert on a PostgreSQL register: rows gathered in COPY's text format and sent with COPY ... FROM STDIN through
// libpq, on the PGconn of Qt's own QPSQL connection (QSqlDriver::handle(), type name "PGconn*"), so in the caller's
// transaction. The COPY stays open across insert() calls and takes the rows in chunks without waiting for the
// server (libpq's non-blocking mode), so the server stores rows while the client prepares the next ones; any other
// statement on the connection ends it first (BulkStream). The id column is written from the table's identity
// sequence (PostgresCopyIds). Constraints are checked as each COPY ends; a failure aborts the transaction.
class PostgresCopy final : public BulkInsert, public BulkStream
{
public:
    static Result<std::unique_ptr<BulkInsert>> open(const QSqlDatabase& db, const QString& table,
                                                    const QStringList& columns, BulkInsert* dependsOn, bool withIds);
    ~PostgresCopy() override;

    void text(int column, const QString& value) override;
    void utf8(int column, const QByteArray& value) override;
    void integer(int column, qint64 value) override;
    void idOrNull(int column, qint64 value) override;
    qint64 insert() override;
    Status finish() override;
    QString errorText() const override { return m_error; }
    bool violatedUniqueKey() const override { return false; }
    bool sendsInBatches() const override { return true; }
    Status endStream() override;

private:
    PostgresCopy(QSqlDatabase db, QString table, const QStringList& columns, PostgresCopy* dependsOn, bool withIds);
    Status push();
    Status startStream();
    Status passOn();
    Status waitFlushed(int left = 0);
    std::string takeSpare();
    void abandonStream();
    void setNull(int column);

    // Rows go to libpq in chunks of this size, one at a time; between chunks the client tries to pass what libpq
    // holds to the server every few rows, so the server is rarely idle. When more than MaxChunksAhead chunks wait
    // here, the client waits for the server until half of them have gone (the client's memory stays flat).
    static constexpr qsizetype ChunkBytes = 256 * 1024;
    static constexpr int MaxChunksAhead = 32;
    static constexpr int FlushEveryRows = 32;

    QSqlDatabase m_db;
    QString m_table; // schema-qualified
    QByteArray m_copySql;
    PostgresCopy* m_dependsOn = nullptr;
    bool m_withIds = true;
    PostgresCopyIds m_ids;
    // Plain std::string buffers: at 1M rows QByteArray's appends and number formatting cost the client a fifth of
    // its work (callgrind, 40k rows: QByteArray::insert 412 M and setNum 226 M instructions of 2.65 G).
    std::vector<std::string> m_fields; // the current row's escaped values, by column (0-based)
    std::string m_batch;
    std::deque<std::string> m_waiting; // full chunks libpq has not taken yet
    std::vector<std::string> m_spare;  // chunks' buffers, used again
    std::string m_utf8;                // a text value's UTF-8, before escaping
    bool m_streaming = false;          // our COPY is open on the connection
    bool m_frozen = false;             // the table was emptied in this transaction: COPY ... WITH (FREEZE)
    bool m_sending = false;            // libpq holds rows not sent yet, or chunks wait here
    int m_rowsSinceFlush = 0;
    QString m_error;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace rullering
