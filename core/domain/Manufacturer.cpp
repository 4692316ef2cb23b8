#include "Manufacturer.h"

#include "util/TextHash.h"

#include <QHash>

#include <utility>

namespace rullering {
namespace {

// Keys: lower case, without punctuation and company suffixes (see key()). Values: the name shown.
const std::pair<const char*, const char*> Makers[] = {
    {"dell", "Dell"},
    {"lenovo", "Lenovo"},
    {"hp", "HP"},
    {"hewlett packard", "HP"},
    {"hewlettpackard", "HP"},
    {"hpe", "HPE"},
    {"hewlett packard enterprise", "HPE"},
    {"microsoft", "Microsoft"},
    {"apple", "Apple"},
    {"samsung", "Samsung"},
    {"samsung electronics", "Samsung"},
    {"acer", "Acer"},
    {"asus", "ASUS"},
    {"asustek", "ASUS"},
    {"fujitsu", "Fujitsu"},
    {"fujitsu technology solutions", "Fujitsu"},
    {"toshiba", "Toshiba"},
    {"dynabook", "Dynabook"},
    {"panasonic", "Panasonic"},
    {"getac", "Getac"},
    {"google", "Google"},
    {"xiaomi", "Xiaomi"},
    {"motorola", "Motorola"},
    {"vmware", "VMware"},
    {"intel", "Intel"},
    {"medion", "Medion"},
};

// "Dell Inc." -> "dell", "LENOVO" -> "lenovo", "Hewlett-Packard Company" -> "hewlett packard".
QString key(const QString& raw)
{
    QString text = raw.toLower();
    for (QChar& c : text) {
        if (c == u'-' || c == u',' || c == u'.' || c == u'_')
            c = u' ';
    }
    QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    static const QStringList suffixes = {
        QStringLiteral("inc"), QStringLiteral("corporation"), QStringLiteral("corp"),     QStringLiteral("co"),
        QStringLiteral("ltd"), QStringLiteral("company"),     QStringLiteral("gmbh"),     QStringLiteral("as"),
        QStringLiteral("llc"), QStringLiteral("computer"),    QStringLiteral("computers")};
    while (words.size() > 1 && suffixes.contains(words.back()))
        words.removeLast();
    return words.join(u' ');
}

} // namespace

QString normaliseManufacturer(const QString& raw)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const auto& [k, name] : Makers)
            result.insert(QString::fromUtf8(k), QString::fromUtf8(name));
        return result;
    }();
    // An import calls this for every row, and a file holds a handful of spellings: remembered per thread.
    thread_local TextMap<QString> seen;
    if (const auto it = seen.find(raw); it != seen.end())
        return it->second;
    const QString trimmed = raw.trimmed();
    const QString shown = table.value(key(trimmed), trimmed);
    if (seen.size() < 1024)
        seen.emplace(raw, shown);
    return shown;
}

} // namespace rullering
