#include "Transaction.h"

#include "BulkStream.h"
#include "Engine.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

namespace rullering {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const Engine& engine = Engine::of(m_db);
    // SQLite begins a write transaction on a read-only connection and fails only at the first write, in its own
    // words: refuse at the start instead, in the user's.
    if (engine.isReadOnly(m_db)) {
        m_error = Error(readOnlyRegisterText(), Error::Code::Refused);
        return;
    }
    // A server connection known to be gone: say so rather than libpq's "no connection to the server".
    if (engine.isConnectionLost(m_db)) {
        m_error = Error(connectionLostText());
        return;
    }
    QSqlQuery query(m_db);
    if (query.exec(engine.beginStatement()))
        m_active = true;
    else
        m_error = Error(QCoreApplication::translate("Transaction", "Cannot start a change in the database: %1")
                            .arg(sqlErrorText(query)));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin() const
{
    if (!m_active)
        return m_error;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message().isEmpty()
                   ? Error(QCoreApplication::translate("Transaction", "The change was already ended."))
                   : m_error;
    if (Status settled = settleBulkStream(m_db); !settled) { // rows still streaming: stored, or the change fails
        rollback();
        return Error(
            QCoreApplication::translate("Transaction", "The change could not be saved, nothing was changed: %1")
                .arg(settled.errorMessage()));
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        // A failed COMMIT (disk full, I/O error) leaves the transaction open: roll it back so nothing is half-saved.
        const QString reason = sqlErrorText(query);
        // The connection went while COMMIT was on its way: the server may or may not have stored the change. The
        // window reads the register again once reconnected (ChangeFeed), and shows what the server holds.
        if (Engine::of(m_db).isConnectionLost(m_db)) {
            m_active = false;
            return Error(QCoreApplication::translate("Transaction",
                                                     "The connection to the database server was lost while saving: "
                                                     "the change may not have been stored. The register is shown "
                                                     "again as the server holds it once the connection is back."));
        }
        rollback();
        return Error(
            QCoreApplication::translate("Transaction", "The change could not be saved, nothing was changed: %1")
                .arg(reason));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    static_cast<void>(settleBulkStream(m_db)); // the rows go with the rest
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace rullering
