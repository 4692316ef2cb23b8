// A register on a server is named by a libpq URI; these need no server: parsing, what is shown, and how a failed
// connection is told (an unreachable socket, and a TLS refusal from a stand-in server on a local port).

#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"

#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace rullering;

namespace {

// Answers one connection the way a PostgreSQL server without TLS answers libpq's SSLRequest: 'N'.
class NoTlsServer
{
public:
    NoTlsServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_socket, reinterpret_cast<sockaddr*>(&address), length) != 0 || ::listen(m_socket, 1) != 0 ||
            ::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] {
            const int client = ::accept(m_socket, nullptr, nullptr);
            if (client < 0)
                return;
            char request[8];
            if (::recv(client, request, sizeof request, MSG_WAITALL) == sizeof request)
                (void)!::send(client, "N", 1, 0);
            ::close(client);
        });
    }
    ~NoTlsServer()
    {
        ::shutdown(m_socket, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_socket);
    }
    int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
    std::thread m_thread;
};

} // namespace

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void recognisesServerAddresses_data();
    void recognisesServerAddresses();
    void parsesAsLibpqDoes_data();
    void parsesAsLibpqDoes();
    void refusesMalformedAddress();
    void showsNoPassword_data();
    void showsNoPassword();
    void classifiesLibpqFailures_data();
    void classifiesLibpqFailures();
    void unreachableSocketSaysSoInOneLine();
    void tlsRefusalSaysSo();
};

void TestServerAddress::recognisesServerAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::newRow("postgresql URI") << QStringLiteral("postgresql://db.molde.kommune.no/rullering") << true;
    QTest::newRow("postgres URI") << QStringLiteral("postgres:///rullering?host=/run/postgresql") << true;
    QTest::newRow("everything from PG* variables") << QStringLiteral("postgresql://") << true;
    QTest::newRow("a file path") << QStringLiteral("/home/kari/rullering.sqlite") << false;
    QTest::newRow("a file named like a server") << QStringLiteral("postgresql.sqlite") << false;
    QTest::newRow("designator in another case (libpq: a file)") << QStringLiteral("PostgreSQL://x/y") << false;
    QTest::newRow("in memory") << QStringLiteral(":memory:") << false;
}

void TestServerAddress::recognisesServerAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QCOMPARE(ServerAddress::isServerAddress(text), server);
}

void TestServerAddress::parsesAsLibpqDoes_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("qtPort");
    QTest::addColumn<QString>("connectOptions");
    QTest::newRow("user, host, port, database, TLS")
        << QStringLiteral("postgresql://kari@db.molde.kommune.no:5433/rullering?sslmode=verify-full")
        << QStringLiteral("db.molde.kommune.no") << QStringLiteral("5433") << QStringLiteral("rullering")
        << QStringLiteral("kari") << 5433 << QStringLiteral("sslmode='verify-full'");
    QTest::newRow("socket folder as a parameter")
        << QStringLiteral("postgresql:///rullering?host=/run/postgresql") << QStringLiteral("/run/postgresql")
        << QString() << QStringLiteral("rullering") << QString() << -1 << QString();
    QTest::newRow("socket folder percent-encoded in the host part")
        << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/rullering") << QStringLiteral("/var/run/postgresql")
        << QString() << QStringLiteral("rullering") << QString() << -1 << QString();
    // Left out: libpq fills in PGHOST, PGPORT, PGUSER, PGDATABASE, PGSERVICE ... when connecting.
    QTest::newRow("nothing given") << QStringLiteral("postgresql://") << QString() << QString() << QString()
                                   << QString() << -1 << QString();
    QTest::newRow("service file entry and Kerberos")
        << QStringLiteral("postgresql://?service=rullering&gssencmode=prefer&krbsrvname=postgres") << QString()
        << QString() << QString() << QString() << -1
        << QStringLiteral("service='rullering' gssencmode='prefer' krbsrvname='postgres'");
    QTest::newRow("several hosts, one port each")
        << QStringLiteral("postgresql://db1:5432,db2:5433/rullering?target_session_attrs=read-write")
        << QStringLiteral("db1,db2") << QStringLiteral("5432,5433") << QStringLiteral("rullering") << QString() << -1
        << QStringLiteral("port='5432,5433' target_session_attrs='read-write'");
    QTest::newRow("quotes and backslashes quoted for libpq")
        << QStringLiteral("postgresql:///r?application_name=it%27s%5Cok") << QString() << QString()
        << QStringLiteral("r") << QString() << -1 << QStringLiteral("application_name='it\\'s\\\\ok'");
}

void TestServerAddress::parsesAsLibpqDoes()
{
    QFETCH(QString, uri);
    const Result<ServerAddress> address = ServerAddress::parse(uri);
    QVERIFY2(address.ok(), qPrintable(address.errorMessage()));
    QTEST(address->host, "host");
    QTEST(address->port, "port");
    QTEST(address->database, "database");
    QTEST(address->user, "user");
    QTEST(address->singlePort(), "qtPort");
    QTEST(address->connectOptions(), "connectOptions");
    QCOMPARE(address->display, uri);
}

void TestServerAddress::refusesMalformedAddress()
{
    const Result<ServerAddress> unknown = ServerAddress::parse(QStringLiteral("postgresql://db/r?colour=blue"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), Error::Code::Invalid);
    QVERIFY2(unknown.errorMessage().contains(QLatin1String("postgresql://db/r?colour=blue")) &&
                 unknown.errorMessage().contains(QLatin1String("colour")),
             qPrintable(unknown.errorMessage()));
    const Result<ServerAddress> semicolon =
        ServerAddress::parse(QStringLiteral("postgresql://db/r?options=-c%20a%3Db%3Bc"));
    QVERIFY(!semicolon.ok());
    QVERIFY2(semicolon.errorMessage().contains(QLatin1String("';'")), qPrintable(semicolon.errorMessage()));
}

void TestServerAddress::showsNoPassword_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("shown");
    QTest::newRow("in the user part") << QStringLiteral(
                                             "postgresql://kari:hemmelig%40@db:5432/rullering?sslmode=require")
                                      << QStringLiteral("postgresql://kari@db:5432/rullering?sslmode=require");
    QTest::newRow("as a parameter") << QStringLiteral("postgres://db/rullering?password=hemmelig&sslmode=require")
                                    << QStringLiteral("postgres://db/rullering?sslmode=require");
    QTest::newRow("as the only parameter")
        << QStringLiteral("postgresql://db/r?password=x") << QStringLiteral("postgresql://db/r");
    QTest::newRow("a colon after the user part is a port")
        << QStringLiteral("postgresql://kari@db:5432/r") << QStringLiteral("postgresql://kari@db:5432/r");
    QTest::newRow("a file is shown as it is")
        << QStringLiteral("/srv/kari:x@y.sqlite") << QStringLiteral("/srv/kari:x@y.sqlite");
}

void TestServerAddress::showsNoPassword()
{
    QFETCH(QString, uri);
    QFETCH(QString, shown);
    QCOMPARE(ServerAddress::withoutPassword(uri), shown);
    if (ServerAddress::isServerAddress(uri)) {
        const Result<ServerAddress> address = ServerAddress::parse(uri);
        QVERIFY2(address.ok(), qPrintable(address.errorMessage()));
        QCOMPARE(address->display, shown);
        QVERIFY(!address->password.isEmpty() || uri == shown);
    }
}

void TestServerAddress::classifiesLibpqFailures_data()
{
    // libpq 15's and the server's own words.
    using F = ServerConnection::Failure;
    QTest::addColumn<QString>("message");
    QTest::addColumn<F>("failure");
    QTest::newRow("no server at the socket")
        << QStringLiteral("connection to server on socket \"/run/postgresql/.s.PGSQL.5432\" failed: No such file or "
                          "directory\n\tIs the server running locally and accepting connections on that socket?\n")
        << F::Unreachable;
    QTest::newRow("port closed") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                                                   "Connection refused\n\tIs the server running on that host and "
                                                   "accepting TCP/IP connections?\n")
                                 << F::Unreachable;
    QTest::newRow("unknown host") << QStringLiteral("could not translate host name \"dbx\" to address: Name or "
                                                    "service not known\n")
                                  << F::Unreachable;
    QTest::newRow("timeout") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                                               "timeout expired\n")
                             << F::Unreachable;
    QTest::newRow("wrong password") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                                                      "FATAL:  password authentication failed for user \"kari\"\n")
                                    << F::AuthenticationRefused;
    QTest::newRow("no password") << QStringLiteral("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: "
                                                   "fe_sendauth: no password supplied\n")
                                 << F::AuthenticationRefused;
    QTest::newRow("pg_hba.conf, even over TLS")
        << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: FATAL:  no pg_hba.conf entry "
                          "for host \"10.0.0.9\", user \"kari\", database \"rullering\", SSL encryption\n")
        << F::AuthenticationRefused;
    QTest::newRow("unknown role") << QStringLiteral("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: "
                                                    "FATAL:  role \"kari\" does not exist\n")
                                  << F::AuthenticationRefused;
    QTest::newRow("Kerberos") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                                                "GSSAPI continuation error: Unspecified GSS failure.\n")
                              << F::AuthenticationRefused;
    QTest::newRow("missing database")
        << QStringLiteral("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: FATAL:  database "
                          "\"rullering\" does not exist\n")
        << F::DatabaseMissing;
    QTest::newRow("server without TLS") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 "
                                                          "failed: server does not support SSL, but SSL was required\n")
                                        << F::Tls;
    QTest::newRow("certificate") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                                                   "server certificate for \"x\" does not match host name \"db\"\n")
                                 << F::Tls;
    QTest::newRow("anything else") << QStringLiteral("FATAL:  sorry, too many clients already\n") << F::Other;
}

void TestServerAddress::classifiesLibpqFailures()
{
    QFETCH(QString, message);
    QFETCH(ServerConnection::Failure, failure);
    QCOMPARE(ServerConnection::classify(message), failure);
    const QString shown = ServerConnection::failureMessage(QStringLiteral("postgresql://db/rullering"), message);
    QVERIFY2(!shown.contains(u'\n') && !shown.contains(u'\t'), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("postgresql://db/rullering")), qPrintable(shown));
}

void TestServerAddress::unreachableSocketSaysSoInOneLine()
{
    QTemporaryDir empty; // a socket folder where no server listens
    const QString uri = QStringLiteral("postgresql:///rullering?host=%1&password=hemmelig").arg(empty.path());
    const Result<std::unique_ptr<Database>> db = Database::open(uri);
    QVERIFY(!db.ok());
    const QString message = db.errorMessage();
    QVERIFY2(message.startsWith(QLatin1String("Cannot reach the database server for postgresql:///rullering?host=")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("No such file or directory")), qPrintable(message));
    QVERIFY2(!message.contains(u'\n') && !message.contains(QLatin1String("hemmelig")), qPrintable(message));
}

void TestServerAddress::tlsRefusalSaysSo()
{
    NoTlsServer server;
    QVERIFY(server.port() > 0);
    const QString uri = QStringLiteral("postgresql://127.0.0.1:%1/rullering?sslmode=require&gssencmode=disable"
                                       "&connect_timeout=10")
                            .arg(server.port());
    const Result<std::unique_ptr<Database>> db = Database::open(uri);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().startsWith(QLatin1String("The encrypted connection (TLS) to the server for ") + uri),
             qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QLatin1String("SSL was required")), qPrintable(db.errorMessage()));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "test_server_address.moc"
