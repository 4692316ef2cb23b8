// Must not compile: core opens every write transaction.
#include "storage/Transaction.h"

#include "storage/Database.h"

int main()
{
    rullering::Result<std::unique_ptr<rullering::Database>> db = rullering::Database::open(QStringLiteral(":memory:"));
    rullering::Transaction tx(*db.value());
    return tx.commit() ? 0 : 1;
}
