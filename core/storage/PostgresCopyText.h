#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstring>

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

// Whether any of the eight bytes in word is below 0x20 (tab, newline, carriage return among them) or a backslash:
// the test for "at least one byte below n" on the word and on the word XOR backslashes. UTF-8's bytes of 0x80 and
// above never match.
constexpr bool mayNeedCopyEscape(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const quint64 backslashes = word ^ (ones * 0x5C);
    return (((word - ones * 0x20) & ~word) | ((backslashes - ones) & ~backslashes)) & highs;
}

// One value in COPY's text format: a backslash, tab, newline or carriage return inside it is escaped (\N, NULL, is
// the caller's). Out: QByteArray or std::string. Eight bytes at a time where none needs a look (at 1M rows the
// byte-by-byte test was a tenth of the client's work: 2.5k instructions a row).
template <typename Out>
void appendCopyText(Out& out, const char* data, qsizetype size)
{
    const char* end = data + size;
    const char* run = data;
    const char* p = data;
    while (p != end) {
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (!mayNeedCopyEscape(word)) {
                p += 8;
                continue;
            }
        }
        const char* stop = std::min(p + 8, end);
        for (; p != stop; ++p) {
            const char c = *p;
            if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
                continue;
            out.append(run, p - run);
            out += '\\';
            out += c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
            run = p + 1;
        }
    }
    out.append(run, end - run);
}

} // namespace rullering
