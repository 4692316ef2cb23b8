#include "Connection.h"

#include "Database.h"

#include <QSqlDatabase>

namespace rullering {

Connection::Connection(const QSqlDatabase& db)
    : m_db(std::make_unique<QSqlDatabase>(db))
{}

Connection::Connection(const Database& database)
    : m_db(std::make_unique<QSqlDatabase>(database.connection()))
{}

Connection::Connection(const Connection& other)
    : m_db(std::make_unique<QSqlDatabase>(*other.m_db))
{}

Connection& Connection::operator=(const Connection& other)
{
    *m_db = *other.m_db;
    return *this;
}

Connection::~Connection() = default;

Connection::operator const QSqlDatabase&() const
{
    return *m_db;
}

const QSqlDatabase& Connection::get() const
{
    return *m_db;
}

} // namespace rullering
