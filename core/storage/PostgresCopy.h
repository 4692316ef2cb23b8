#pragma once

#include "BulkInsert.h"

#include <QStringEncoder>

#include <vector>

namespace rullering {

// BulkInsert on a PostgreSQL register: rows gathered in COPY's text format and sent with COPY ... FROM STDIN through
// libpq, on the PGconn of Qt's own QPSQL connection (QSqlDriver::handle(), type name "PGconn*"), so in the caller's
// transaction; Qt does not see the COPY, and no query of Qt's may be unfinished when a batch goes. Ids come from
// the table's identity sequence, reserved with nextval() in growing blocks, and are written in the id column, so a
// row's id is known before its batch is sent (the old device of a swap points at its successor). Constraints are
// checked as each batch's COPY ends; a failure aborts the transaction.
class PostgresCopy final : public BulkInsert
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

private:
    PostgresCopy(QSqlDatabase db, QString table, const QStringList& columns, PostgresCopy* dependsOn, bool withIds);
    Status reserveIds();
    Status send();
    void setNull(int column);

    // A batch is sent when its text reaches this size: large enough that a COPY's fixed cost vanishes, small
    // enough to keep the client's memory flat.
    static constexpr qsizetype BatchBytes = 8 * 1024 * 1024;
    static constexpr qsizetype MaxIdBlock = 65536;

    QSqlDatabase m_db;
    QString m_table; // schema-qualified
    QByteArray m_copySql;
    PostgresCopy* m_dependsOn = nullptr;
    bool m_withIds = true;
    std::vector<QByteArray> m_fields; // the current row's escaped values, by column (0-based)
    QByteArray m_batch;
    std::vector<qint64> m_ids; // reserved, not yet used
    size_t m_nextId = 0;
    qsizetype m_idBlock = 1024;
    QString m_error;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace rullering
