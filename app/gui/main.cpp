// rullering: the desktop application.

#include "Language.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace rullering;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rullering"));
    QCoreApplication::setOrganizationName(QStringLiteral("rullering"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RULLERING_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rullering"));
    QGuiApplication::setDesktopFileName(QStringLiteral("no.rullering.Rullering"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rullering"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Register to open: a database file (never created here; File > New makes one)."),
        QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language: nb or en (default: the setting, "
                                                 "else the system locale)."),
                                  QStringLiteral("CODE"));
    parser.addOptions({db, lang});
    parser.process(app);

    installTranslations(app, parser.isSet(lang) ? parser.value(lang) : PreferencesDialog::languageSetting());
    PreferencesDialog::applyUserName();

    AppSession session;
    MainWindow window(session);
    window.show();
    QString path = parser.value(db);
    if (path.isEmpty())
        path = qEnvironmentVariable("RULLERING_DB");
    // Open after the window is shown, so the first paint is not held up and dialogs have a parent on screen.
    QTimer::singleShot(0, &window, [&window, path] { window.openInitialDatabase(path); });
    return QApplication::exec();
}
