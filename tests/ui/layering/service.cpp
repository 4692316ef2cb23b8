// Compiles: what ui/ may do, construct a core service from its Database (the control for the cases below).
#include "planning/PlanRepository.h"
#include "storage/Database.h"

int main()
{
    rullering::Result<std::unique_ptr<rullering::Database>> db = rullering::Database::open(QStringLiteral(":memory:"));
    return db && rullering::PlanRepository(*db.value()).names() ? 0 : 1;
}
