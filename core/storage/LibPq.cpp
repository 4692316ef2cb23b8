#include "LibPq.h"

#include <QLibrary>

#include <cstdio>
#include <cstdlib>

namespace rullering::libpq {
namespace {

struct Loaded
{
    Functions functions;
    QString error; // empty when every function was found
};

Loaded loadLibrary()
{
    Loaded loaded;
#ifdef Q_OS_WIN
    QLibrary library(QStringLiteral("libpq"));
#else
    QLibrary library(QStringLiteral("pq"), 5); // libpq.so.5: the ABI libpq-fe.h describes
#endif
    if (!library.load()) {
        loaded.error = library.errorString();
        return loaded;
    }
    // Never unloaded (QLibrary's destructor leaves it loaded): the pointers stay valid until the program ends.
#define RULLERING_LIBPQ_RESOLVE(name)                                                                                  \
    loaded.functions.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));                               \
    if (!loaded.functions.name && loaded.error.isEmpty())                                                              \
        loaded.error = library.errorString();
    RULLERING_LIBPQ_FUNCTIONS(RULLERING_LIBPQ_RESOLVE)
#undef RULLERING_LIBPQ_RESOLVE
    return loaded;
}

const Loaded& loaded()
{
    static const Loaded library = loadLibrary(); // thread-safe initialisation
    return library;
}

} // namespace

bool load(QString* why)
{
    if (loaded().error.isEmpty())
        return true;
    if (why)
        *why = loaded().error;
    return false;
}

const Functions& functions()
{
    if (!loaded().error.isEmpty()) {
        // Only reached without a server connection and without load() first: a programming error.
        std::fprintf(stderr, "libpq: %s\n", qPrintable(loaded().error));
        std::abort();
    }
    return loaded().functions;
}

} // namespace rullering::libpq
