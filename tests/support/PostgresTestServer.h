#pragma once

// The throwaway PostgreSQL server that scripts/test starts (scripts/pg-cluster), named by $RULLERING_TEST_PG: a libpq
// address of its maintenance database, signed in as a user allowed to create databases. A test needing it calls
// RULLERING_REQUIRE_TEST_SERVER() first: without the variable it is skipped, so a plain ctest passes; with it, a
// server that cannot be reached fails the test rather than skipping it.

#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#define RULLERING_REQUIRE_TEST_SERVER()                                                                                \
    do {                                                                                                               \
        if (PostgresTestServer::address().isEmpty())                                                                   \
            QSKIP("RULLERING_TEST_PG is not set: no PostgreSQL server to test against (scripts/test starts one)");     \
    } while (false)

class PostgresTestServer
{
public:
    static QString address() { return qEnvironmentVariable("RULLERING_TEST_PG"); }

    // The server's address with another database (libpq takes the last dbname given).
    static QString addressOf(const QString& database)
    {
        const QString base = address();
        return base + (base.contains(u'?') ? u'&' : u'?') + QStringLiteral("dbname=") + database;
    }

    // A raw connection (no register schema made or checked), for preparing what a test needs.
    class Connection
    {
    public:
        explicit Connection(const QString& uri)
            : m_name(QStringLiteral("test-pg-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
        {
            const rullering::Result<rullering::ServerAddress> parsed = rullering::ServerAddress::parse(uri);
            if (!parsed)
                m_error = parsed.errorMessage();
            else if (const rullering::Status opened = rullering::ServerConnection::open(parsed.value(), m_name);
                     !opened)
                m_error = opened.errorMessage();
        }
        ~Connection()
        {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
        bool isOpen() const { return m_error.isEmpty(); }
        const QString& error() const { return m_error; }
        QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
        // Runs sql; on failure the driver's words, else empty.
        QString exec(const QString& sql) const
        {
            QSqlQuery query(db());
            return query.exec(sql) ? QString() : query.lastError().text();
        }
        QStringList rows(const QString& sql) const
        {
            QSqlQuery query(db());
            if (!query.exec(sql))
                return {QStringLiteral("error: ") + query.lastError().text()};
            QStringList out;
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields.append(query.value(i).toString());
                out.append(fields.join(u'|'));
            }
            return out;
        }
        // "pages/all-visible pages" of a table of the register: equal once a VACUUM has marked every page visible to
        // all transactions, which index-only scans need to answer without reading the table.
        QString visiblePages(const QString& table) const
        {
            return rows(QStringLiteral("SELECT relpages || '/' || relallvisible FROM pg_class"
                                       " WHERE oid = CAST('rullering.%1' AS regclass)")
                            .arg(table))
                .join(u',');
        }

    private:
        QString m_name;
        QString m_error;
    };

    // A fresh, empty database on the server for one test, dropped again by the destructor.
    class Database
    {
    public:
        Database()
            : m_name(QStringLiteral("rullering_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
        {
            Connection admin(PostgresTestServer::address());
            m_error = admin.isOpen() ? admin.exec(QStringLiteral("CREATE DATABASE ") + m_name) : admin.error();
        }
        ~Database()
        {
            Connection admin(PostgresTestServer::address());
            admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        bool isValid() const { return m_error.isEmpty(); }
        const QString& error() const { return m_error; }
        const QString& name() const { return m_name; }
        QString address() const { return addressOf(m_name); }

    private:
        QString m_name;
        QString m_error;
    };
};
