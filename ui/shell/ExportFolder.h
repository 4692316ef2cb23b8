#pragma once

#include <QString>

namespace rullering {

// Where save dialogs for exports start: the folder of the last export, else Documents when it exists, else home
// (a Documents folder is not there on every machine, and a dialog opened on a missing folder confuses).
QString exportFolder();
// The folder of file becomes where the next export dialog starts.
void rememberExportFolder(const QString& file);
// exportFolder() joined with a suggested file name.
QString suggestedExportPath(const QString& fileName);

} // namespace rullering
