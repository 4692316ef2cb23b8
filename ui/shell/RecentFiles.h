#pragma once

#include <QStringList>

namespace rullering {

// The most recently opened database files, newest first, kept in QSettings.
namespace RecentFiles {
QStringList list();
void add(const QString& path);
void remove(const QString& path);
void clear();
} // namespace RecentFiles

} // namespace rullering
