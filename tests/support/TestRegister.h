#pragma once

// Where a test keeps its register, on the engine the run is for. A test registered with ENGINES in
// rullering_add_test runs twice under ctest: as `name` on SQLite, and as `name-postgres` with
// RULLERING_TEST_ENGINE=postgres, where each TestRegister is a fresh database on the throwaway server that
// scripts/test starts ($RULLERING_TEST_PG). The test itself does not change: it opens path() (Database::open, or
// --db for the CLI) wherever it used a temporary file before.
//
//   void init() { RULLERING_REQUIRE_TEST_ENGINE(); m_register = std::make_unique<TestRegister>(); ... }
//
// Without a server the postgres run skips (a plain ctest passes); with one that cannot be reached, it fails.

#include "PostgresTestServer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define RULLERING_REQUIRE_TEST_ENGINE()                                                                                \
    do {                                                                                                               \
        if (rullering::test::TestRegister::onServer() && PostgresTestServer::address().isEmpty())                      \
            QSKIP("RULLERING_TEST_ENGINE=postgres but RULLERING_TEST_PG is not set (scripts/test starts a server)");   \
    } while (false)

namespace rullering::test {

class TestRegister
{
    Q_DISABLE_COPY_MOVE(TestRegister)

public:
    // The run is against the PostgreSQL server rather than SQLite files.
    static bool onServer() { return qEnvironmentVariable("RULLERING_TEST_ENGINE") == QLatin1String("postgres"); }
    static QString engineName() { return onServer() ? QStringLiteral("postgres") : QStringLiteral("sqlite"); }
    // The name the register records as "who" for this test's writes: RULLERING_USER on a file, and on a server the
    // signed-in database user whatever the client says (issue 18, point 2).
    static QString recordedWho(const QSqlDatabase& db)
    {
        if (!onServer())
            return qEnvironmentVariable("RULLERING_USER");
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT session_user")) && query.next() ? query.value(0).toString()
                                                                                 : QStringLiteral("(unknown)");
    }

    // fileName: the SQLite file's name inside the temporary folder (a test with several registers names each).
    explicit TestRegister(const QString& fileName = QStringLiteral("register.sqlite"))
    {
        if (onServer()) {
            m_server = std::make_unique<PostgresTestServer::Database>();
            if (!m_server->isValid())
                m_error = m_server->error();
            m_path = m_server->address();
        } else if (m_dir.isValid()) {
            m_path = m_dir.filePath(fileName);
        } else {
            m_error = QStringLiteral("cannot create a temporary folder");
        }
    }

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    // What Database::open and --db take: a file path, or the server database's libpq address.
    const QString& path() const { return m_path; }
    // A folder for the test's other files (input files, exports), on either engine.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestServer::Database> m_server;
    QString m_path;
    QString m_error;
};

} // namespace rullering::test
