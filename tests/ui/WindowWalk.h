#pragma once

// Shared by the keyboard and accessibility tests: a main window on a demo or an empty register, in English or in
// Bokmål, and a walk over its pages.

#include "Language.h"
#include "generate/FleetGenerator.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace rullering::test {

inline const QStringList& pageIds()
{
    static const QStringList ids = {QStringLiteral("devices"), QStringLiteral("swap"), QStringLiteral("plan"),
                                    QStringLiteral("status")};
    return ids;
}

// Installs the language for the windows made after it; English removes every translator.
inline void useLanguage(const QString& code)
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    installTranslations(*qApp, code);
}

// Writes a small demo register (devices > 0) or an empty one at path.
inline bool makeRegister(const QString& path, qint64 devices)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return false;
    if (devices == 0)
        return true;
    GenerateOptions options;
    options.devices = devices;
    options.seed = 7;
    options.asOf = QDate(2026, 1, 25);
    return FleetGenerator::generate(*db.value(), options).ok();
}

// A demo register and an empty one in a temporary folder that also holds the tests' settings: what every walk runs on.
struct WalkRegisters
{
    QTemporaryDir dir;
    QString demo;
    QString empty;

    bool make()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("rullering-test"));
        demo = dir.filePath(QStringLiteral("demo.sqlite"));
        empty = dir.filePath(QStringLiteral("empty.sqlite"));
        return makeRegister(demo, 400) && makeRegister(empty, 0);
    }
};

// The rows of a walk: each language, on the demo register and on the empty one.
inline void addLanguageAndRegisterRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("empty");
    for (const char* language : {"en", "nb"}) {
        QTest::addRow("%s, demo register", language) << QString::fromLatin1(language) << false;
        QTest::addRow("%s, empty register", language) << QString::fromLatin1(language) << true;
    }
}

struct OpenWindow
{
    AppSession session;
    MainWindow window{session};

    bool open(const QString& path, const QSize& size = QSize(1440, 900))
    {
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        return window.openDatabase(path, false);
    }

    // Shows the page and lets it lay itself out and count what it shows.
    void show(const QString& id)
    {
        window.showPage(id);
        QCoreApplication::processEvents();
        QTest::qWait(50);
    }
};

} // namespace rullering::test
