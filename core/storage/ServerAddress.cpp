#include "ServerAddress.h"

#include "LibPq.h"

#include <QCoreApplication>

#include <memory>

namespace rullering {
namespace {

// libpq's own connection-string quoting: single quotes, backslash escapes.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

bool isPlainPort(const QString& port)
{
    bool ok = false;
    const int number = port.toInt(&ok);
    return ok && number > 0 && number <= 65535;
}

// Removes "password=..." from the query part of a URI (keeping the other parameters and their order).
QString withoutPasswordParameter(const QString& uri)
{
    const qsizetype query = uri.indexOf(u'?');
    if (query < 0)
        return uri;
    QStringList kept;
    const QStringList parameters = uri.mid(query + 1).split(u'&');
    for (const QString& parameter : parameters) {
        if (!parameter.startsWith(QLatin1String("password="), Qt::CaseSensitive))
            kept.append(parameter);
    }
    return kept.isEmpty() ? uri.left(query) : uri.left(query + 1) + kept.join(u'&');
}

} // namespace

bool ServerAddress::isServerAddress(const QString& text)
{
    // libpq compares its designators case-sensitively; so do we, so a file named "Postgres://x" stays a file.
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString ServerAddress::withoutPassword(const QString& uri)
{
    if (!isServerAddress(uri))
        return uri;
    // postgresql://[user[:password]@][hosts][/dbname][?parameters]; ':' and '@' inside a password are
    // percent-encoded, so the first '@' of the authority ends the user part.
    const qsizetype authorityStart = uri.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = uri.size();
    for (const QChar end : {u'/', u'?'}) {
        const qsizetype at = uri.indexOf(end, authorityStart);
        if (at >= 0)
            authorityEnd = qMin(authorityEnd, at);
    }
    QString result = uri;
    const qsizetype at = uri.indexOf(u'@', authorityStart);
    if (at >= 0 && at < authorityEnd) {
        const qsizetype colon = uri.indexOf(u':', authorityStart);
        if (colon >= 0 && colon < at)
            result = uri.left(colon) + uri.mid(at);
    }
    return withoutPasswordParameter(result);
}

Result<ServerAddress> ServerAddress::parse(const QString& uri)
{
    // The first libpq call for any server address: loads the library (LibPq.h).
    if (QString why; !libpq::load(&why))
        return Error(
            QCoreApplication::translate("ServerAddress", "PostgreSQL's client library (libpq) could not be loaded: %1")
                .arg(why),
            Error::Code::Failed);
    char* message = nullptr;
    const QByteArray utf8 = uri.toUtf8();
    auto free = [](PQconninfoOption* options) {
        libpq::PQconninfoFree(options);
    };
    std::unique_ptr<PQconninfoOption, decltype(free)> parsed(libpq::PQconninfoParse(utf8.constData(), &message), free);
    if (!parsed) {
        const QString reason = message ? QString::fromUtf8(message).trimmed()
                                       : QCoreApplication::translate("ServerAddress", "out of memory");
        libpq::PQfreemem(message);
        return Error(QCoreApplication::translate("ServerAddress", "The server address %1 is not valid: %2")
                         .arg(withoutPassword(uri), reason),
                     Error::Code::Invalid);
    }

    ServerAddress address;
    address.display = withoutPassword(uri);
    for (const PQconninfoOption* option = parsed.get(); option->keyword; ++option) {
        if (!option->val)
            continue; // not in the URI: libpq's defaults and the PG* variables decide when connecting
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QLatin1String("host"))
            address.host = value;
        else if (keyword == QLatin1String("port"))
            address.port = value;
        else if (keyword == QLatin1String("dbname"))
            address.database = value;
        else if (keyword == QLatin1String("user"))
            address.user = value;
        else if (keyword == QLatin1String("password"))
            address.password = value;
        else
            address.options.append({keyword, value});
        // Qt's driver turns every ';' of the options into a space before libpq sees them.
        if (value.contains(u';') && keyword != QLatin1String("host") && keyword != QLatin1String("dbname") &&
            keyword != QLatin1String("user") && keyword != QLatin1String("password")) {
            return Error(QCoreApplication::translate("ServerAddress",
                                                     "The server address %1 is not valid: the value of %2 "
                                                     "contains ';', which Qt's PostgreSQL driver cannot pass on.")
                             .arg(address.display, keyword),
                         Error::Code::Invalid);
        }
    }
    return address;
}

QString ServerAddress::connectOptions() const
{
    QStringList parts;
    if (!port.isEmpty() && !isPlainPort(port))
        parts.append(QStringLiteral("port=") + quoted(port));
    for (const auto& [keyword, value] : options)
        parts.append(keyword + u'=' + quoted(value));
    return parts.join(u' ');
}

int ServerAddress::singlePort() const
{
    return isPlainPort(port) ? port.toInt() : -1;
}

} // namespace rullering
