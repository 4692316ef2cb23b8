#pragma once

// libpq, PostgreSQL's client library, loaded the first time a server needs it rather than with the program: linked
// in, it and the 20 libraries it needs (Kerberos, LDAP, GnuTLS, SASL...) were loaded and relocated by every run,
// a file register's included (10.5 M instructions, about 10 ms of CPU of each `rullering-cli` start; see
// docs/import-speed.md). Qt's QPSQL plugin links libpq itself, so a server connection finds the same library
// loaded. Call sites say libpq::PQname(...) where they said PQname(...); the types and constants still come from
// libpq-fe.h.

#include <QString>

#include <libpq-fe.h>

// Every libpq function core calls. Add a function here before calling it.
#define RULLERING_LIBPQ_FUNCTIONS(X)                                                                                   \
    X(PQbackendPID)                                                                                                    \
    X(PQcancel)                                                                                                        \
    X(PQclear)                                                                                                         \
    X(PQconninfoFree)                                                                                                  \
    X(PQconninfoParse)                                                                                                 \
    X(PQconsumeInput)                                                                                                  \
    X(PQerrorMessage)                                                                                                  \
    X(PQexec)                                                                                                          \
    X(PQexecParams)                                                                                                    \
    X(PQflush)                                                                                                         \
    X(PQfreeCancel)                                                                                                    \
    X(PQfreemem)                                                                                                       \
    X(PQgetCancel)                                                                                                     \
    X(PQgetResult)                                                                                                     \
    X(PQisBusy)                                                                                                        \
    X(PQnotifies)                                                                                                      \
    X(PQputCopyData)                                                                                                   \
    X(PQputCopyEnd)                                                                                                    \
    X(PQresultErrorField)                                                                                              \
    X(PQresultErrorMessage)                                                                                            \
    X(PQresultStatus)                                                                                                  \
    X(PQsendQuery)                                                                                                     \
    X(PQsetNoticeProcessor)                                                                                            \
    X(PQsetnonblocking)                                                                                                \
    X(PQsocket)                                                                                                        \
    X(PQstatus)

namespace rullering::libpq {

struct Functions
{
#define RULLERING_LIBPQ_POINTER(name) decltype(&::name) name = nullptr;
    RULLERING_LIBPQ_FUNCTIONS(RULLERING_LIBPQ_POINTER)
#undef RULLERING_LIBPQ_POINTER
};

// True when libpq is loaded (loading it on the first call); otherwise why not in *why.
bool load(QString* why = nullptr);

// libpq's functions; loads it on first use. A caller holding a server connection has it loaded already (the QPSQL
// plugin needs it); one without calls load() first (ServerAddress::parse, the first libpq call of every address).
const Functions& functions();

#define RULLERING_LIBPQ_CALL(name)                                                                                     \
    template <typename... Args>                                                                                        \
    inline auto name(Args... args)                                                                                     \
    {                                                                                                                  \
        return functions().name(args...);                                                                              \
    }
RULLERING_LIBPQ_FUNCTIONS(RULLERING_LIBPQ_CALL)
#undef RULLERING_LIBPQ_CALL

} // namespace rullering::libpq
