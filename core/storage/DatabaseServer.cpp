// Database::open() for a register on a PostgreSQL server: connect, find or create the register's schema, migrate.

#include "Database.h"
#include "Engine.h"
#include "PostgresEngine.h"
#include "SchemaManager.h"
#include "ServerAddress.h"
#include "ServerConnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlQuery>

namespace rullering {

Result<std::unique_ptr<Database>> Database::openServer(const QString& address, OpenMode mode)
{
    Result<ServerAddress> parsed = ServerAddress::parse(address);
    if (!parsed)
        return parsed.error();
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("rullering-server-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(address, name)); // removes the connection again on failure
    if (Status connected = ServerConnection::open(parsed.value(), name); !connected)
        return connected.error();
    const QSqlDatabase db = database->connection();
    if (Status prepared = PostgresEngine::prepareRegister(db, mode == OpenMode::MustExist, parsed->display); !prepared)
        return prepared.error();
    if (Status migrated = SchemaManager::migrate(db); !migrated)
        return Error(QCoreApplication::translate("Database", "Cannot open %1: %2")
                         .arg(parsed->display, migrated.errorMessage()));
    return database;
}

QString Database::displayPath() const
{
    return ServerAddress::withoutPassword(m_path);
}

bool Database::isConnectionLost() const
{
    const QSqlDatabase db = connection();
    return Engine::of(db).isConnectionLost(db);
}

qint64 Database::sessionId() const
{
    const QSqlDatabase db = connection();
    return Engine::of(db).sessionId(db);
}

Status Database::restoreConnection()
{
    if (!isServer())
        return {};
    QSqlDatabase db = connection();
    if (!isConnectionLost()) {
        QSqlQuery alive(db);
        if (alive.exec(QStringLiteral("SELECT 1")))
            return {};
    }
    Result<ServerAddress> parsed = ServerAddress::parse(m_path);
    if (!parsed)
        return parsed.error();
    return ServerConnection::reopen(db, parsed->display);
}

bool Database::isServer() const
{
    return Engine::of(connection()).kind() == Engine::Kind::Postgres;
}

} // namespace rullering
