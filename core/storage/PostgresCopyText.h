#pragma once

#include <QByteArray>

class QSqlDatabase;
class QSqlDriver;
struct pg_conn;

namespace rullering {

// What both COPY writers (PostgresCopy for bulk inserts, PostgresCopyWriter for a register copy) need from libpq.

// The libpq connection behind Qt's QPSQL connection (the same session, so inside its transaction), or nullptr when
// the connection is not PostgreSQL's. Qt documents the handle's type name as "PGconn*"; Debian 12's Qt 6.4 names it
// by libpq's struct, "pg_conn*": both are taken.
pg_conn* postgresHandle(const QSqlDatabase& db);
pg_conn* postgresHandle(const QSqlDriver* driver);

// One value in COPY's text format: a backslash, tab, newline or carriage return inside it is escaped (\N, NULL, is
// the caller's). Out: QByteArray or std::string.
template <typename Out>
void appendCopyText(Out& out, const char* data, qsizetype size)
{
    const char* end = data + size;
    const char* run = data;
    for (const char* p = data; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(run, p - run);
        out += '\\';
        out += c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        run = p + 1;
    }
    out.append(run, end - run);
}

} // namespace rullering
