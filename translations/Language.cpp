#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rullering {

QStringList availableLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("en")};
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    QString code = language.trimmed().toLower();
    if (!availableLanguages().contains(code)) {
        // Norwegian (Bokmål, or plain "no"/"nn" which read Bokmål well) gets Norwegian; everything else English.
        const QLocale::Language system = QLocale::system().language();
        code = (system == QLocale::NorwegianBokmal || system == QLocale::NorwegianNynorsk) ? QStringLiteral("nb")
                                                                                           : QStringLiteral("en");
    }
    // Rullering's own file for both: English needs it for its plural forms ("1 device", "2 devices").
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/rullering_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    if (code == QLatin1String("en")) {
        // English text with English numbers and dates ("35.9 %", not "35,9 %" from a Norwegian system locale);
        // British English for the day-first dates Norwegian readers expect.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return code;
    }

    const QLocale locale(QLocale::NorwegianBokmal, QLocale::Norway);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
    return code;
}

} // namespace rullering
