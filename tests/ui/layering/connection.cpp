// Must not compile: the connection itself stays in core.
#include "storage/Database.h"

int main()
{
    rullering::Result<std::unique_ptr<rullering::Database>> db = rullering::Database::open(QStringLiteral(":memory:"));
    return db && db.value()->connection().isOpen() ? 0 : 1;
}
