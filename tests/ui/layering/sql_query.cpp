// Must not compile: Qt Sql's headers are private to rullering_core.
#include <QSqlQuery>

int main()
{
    QSqlQuery query;
    return query.exec(QStringLiteral("SELECT 1")) ? 0 : 1;
}
