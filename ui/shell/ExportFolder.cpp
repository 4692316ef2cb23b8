#include "ExportFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace rullering {
namespace {

const QString Key = QStringLiteral("export/folder");

} // namespace

QString exportFolder()
{
    const QString remembered = QSettings().value(Key).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void rememberExportFolder(const QString& file)
{
    if (!file.isEmpty())
        QSettings().setValue(Key, QFileInfo(file).absolutePath());
}

QString suggestedExportPath(const QString& fileName)
{
    return QDir(exportFolder()).filePath(fileName);
}

} // namespace rullering
