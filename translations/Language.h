#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rullering {

// Installs Rullering's and Qt's own translations. language: "nb", "en", or empty to follow the system locale.
// Returns the language in effect ("nb" or "en").
QString installTranslations(QCoreApplication& app, const QString& language);

// The languages the user can choose, as codes.
QStringList availableLanguages();

} // namespace rullering
