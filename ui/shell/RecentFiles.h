#pragma once

#include <QStringList>

namespace rullering {

// The most recently opened registers, newest first, kept in QSettings: files by absolute path, servers by address
// without a password.
namespace RecentFiles {
QStringList list();
void add(const QString& path);
void remove(const QString& path);
void clear();
} // namespace RecentFiles

} // namespace rullering
