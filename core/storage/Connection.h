#pragma once

#include <memory>

class QSqlDatabase;

namespace rullering {

class Database;

// The connection a core service keeps. Its header names QSqlDatabase only as a declaration, so the services' headers
// can be included above core (ui/) while Qt Sql stays private to rullering_core: a page constructs a service from
// its Database, and cannot reach the connection itself (Database::connection() needs Qt Sql's headers). Inside core
// it converts to the QSqlDatabase it holds.
class Connection
{
public:
    Connection(const QSqlDatabase& db);   // NOLINT(google-explicit-constructor): core passes its QSqlDatabase
    Connection(const Database& database); // NOLINT(google-explicit-constructor): what callers above core hold
    Connection(const Connection& other);
    Connection& operator=(const Connection& other);
    ~Connection();

    operator const QSqlDatabase&() const; // NOLINT(google-explicit-constructor): QSqlQuery(m_db), runQuery(m_db, ...)
    const QSqlDatabase& get() const;

private:
    std::unique_ptr<QSqlDatabase> m_db;
};

} // namespace rullering
