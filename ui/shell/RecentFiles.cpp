#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace rullering::RecentFiles {
namespace {

constexpr int MaximumCount = 8;
const QString Key = QStringLiteral("recentDatabases");

} // namespace

QStringList list()
{
    return QSettings().value(Key).toStringList();
}

void add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, files);
}

void clear()
{
    QSettings().remove(Key);
}

} // namespace rullering::RecentFiles
