#include "RecentFiles.h"

#include "storage/ServerAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace rullering::RecentFiles {
namespace {

constexpr int MaximumCount = 8;
const QString Key = QStringLiteral("recentDatabases");

// A file by its absolute path; a server by its address without any password (never stored).
QString entry(const QString& path)
{
    if (ServerAddress::isServerAddress(path))
        return ServerAddress::withoutPassword(path);
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList list()
{
    return QSettings().value(Key).toStringList();
}

void add(const QString& path)
{
    const QString absolute = entry(path);
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaximumCount)
        files.removeLast();
    QSettings().setValue(Key, files);
}

void remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(entry(path));
    QSettings().setValue(Key, files);
}

void clear()
{
    QSettings().remove(Key);
}

} // namespace rullering::RecentFiles
