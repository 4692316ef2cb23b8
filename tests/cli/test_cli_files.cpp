// rullering-cli on files it did not create (issue 19, points 10 and 11): someone else's SQLite file is refused and
// left as it was, reading commands create nothing, and a register the user may only read opens for reading while
// writing commands say why they cannot.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QByteArray fileState(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QFileInfo info(path);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() + ' ' +
           QByteArray::number(info.size()) + ' ' +
           QByteArray::number(info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch());
}

bool hasLeftovers(const QString& path)
{
    return QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm")) ||
           QFile::exists(path + QStringLiteral("-journal"));
}

// The CLI as the unprivileged user "nobody", for whom file and folder permissions bind (root ignores them).
CliRun runCliAsNobody(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RULLERING_DB"));
    env.insert(QStringLiteral("RULLERING_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(env);
    process.start(QStandardPaths::findExecutable(QStringLiteral("runuser")),
                  QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                              QStringLiteral(RULLERING_CLI)} +
                      arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesForeignFileUnchanged_data();
    void refusesForeignFileUnchanged();
    void readingCommandsCreateNoFile_data();
    void readingCommandsCreateNoFile();
    void readOnlyRegisterAsUnprivilegedUser_data();
    void readOnlyRegisterAsUnprivilegedUser();

private:
    QString db(const QString& name = QStringLiteral("register.sqlite")) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliFiles::refusesForeignFileUnchanged_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("info") << QStringList{QStringLiteral("info")};
    QTest::newRow("status") << QStringList{QStringLiteral("status")};
    QTest::newRow("generate") << QStringList{QStringLiteral("generate"), QStringLiteral("--devices"),
                                             QStringLiteral("10"), QStringLiteral("-q")};
}

void TestCliFiles::refusesForeignFileUnchanged()
{
    QFETCH(QStringList, command);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(db());
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE fakturaer (id INTEGER PRIMARY KEY, beloep REAL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO fakturaer (beloep) VALUES (1250.5)")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileState(db());
    QTest::qWait(1100);

    const CliRun run = runCli(QStringList{QStringLiteral("--db"), db()} + command);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not a Rullering register")), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QCOMPARE(fileState(db()), before);
    QVERIFY(!hasLeftovers(db()));
}

void TestCliFiles::readingCommandsCreateNoFile_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("info") << QStringList{QStringLiteral("info")} << 1;
    QTest::newRow("status") << QStringList{QStringLiteral("status")} << 1;
    QTest::newRow("plan") << QStringList{QStringLiteral("plan")} << 1;
    QTest::newRow("export devices") << QStringList{QStringLiteral("export"), QStringLiteral("devices"),
                                                   QStringLiteral("-o"), QStringLiteral("devices-out.csv")}
                                    << 1;
    QTest::newRow("export procurement") << QStringList{QStringLiteral("export"), QStringLiteral("procurement"),
                                                       QStringLiteral("--year"), QStringLiteral("2024"),
                                                       QStringLiteral("-o"),     QStringLiteral("procurement-out.csv")}
                                        << 1;
    QTest::newRow("swap") << QStringList{QStringLiteral("swap"), QStringLiteral("OLD1"), QStringLiteral("NEW1")} << 1;
    // A dry run reads the file against an empty register: it works, and leaves no register behind.
    QTest::newRow("import --dry-run") << QStringList{QStringLiteral("import"), QStringLiteral("--dry-run"),
                                                     QStringLiteral("devices.csv")}
                                      << 0;
    QTest::newRow("csv-inspect") << QStringList{QStringLiteral("csv-inspect"), QStringLiteral("devices.csv")} << 0;
}

void TestCliFiles::readingCommandsCreateNoFile()
{
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    QFile csv(m_dir->filePath(QStringLiteral("devices.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Serial number,Device name,Model\nPF2ABC12,MOL-L0001,ThinkPad T14\n");
    csv.close();
    for (QString& argument : command) {
        if (argument.endsWith(QLatin1String(".csv")))
            argument = m_dir->filePath(argument);
    }
    const QString missing = db(QStringLiteral("sub/missing.sqlite"));
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), missing} + command);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    if (exitCode != 0)
        QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFileInfo::exists(db(QStringLiteral("sub"))));
}

void TestCliFiles::readOnlyRegisterAsUnprivilegedUser_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("file mode 0444 in a writable folder") << false;
    QTest::newRow("own file in a read-only folder") << true;
}

void TestCliFiles::readOnlyRegisterAsUnprivilegedUser()
{
    QFETCH(bool, folderReadOnly);
    if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        QSKIP("Needs root and runuser to run the CLI as the unprivileged user nobody.");
    const QString dir = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/register.sqlite");
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--devices"),
                     QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-q")})
                 .exitCode,
             0);
    const auto all = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOwner |
                     QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), all));
    if (folderReadOnly) {
        // nobody owns the file and may write it, but cannot make the -wal and -shm beside it.
        QVERIFY(::chown(path.toLocal8Bit().constData(), 65534, 65534) == 0);
        QVERIFY(QFile::setPermissions(dir, all));
    } else {
        QVERIFY(QFile::setPermissions(dir, all | QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                               QFileDevice::WriteOther));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    const QByteArray before = fileState(path);

    // Where nobody may write the export (the register's folders may be read-only).
    QTemporaryDir outDir(QDir::tempPath() + QStringLiteral("/rullering-out-XXXXXX"));
    QVERIFY(QFile::setPermissions(outDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::WriteOther | QFileDevice::ExeOther));
    for (const QStringList& reading :
         {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("status")},
          QStringList{QStringLiteral("plan")},
          QStringList{QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("-o"),
                      outDir.filePath(QStringLiteral("devices.csv"))}}) {
        const CliRun run = runCliAsNobody(QStringList{QStringLiteral("--db"), path} + reading);
        QVERIFY2(run.exitCode == 0, qPrintable(reading.join(u' ') + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        QVERIFY(!run.out.isEmpty());
    }
    const CliRun info = runCliAsNobody({QStringLiteral("--db"), path, QStringLiteral("info")});
    QVERIFY2(info.out.contains(QLatin1String("Devices: 200")), qPrintable(info.out));

    for (const QStringList& writing :
         {QStringList{QStringLiteral("swap"), QStringLiteral("OLD1"), QStringLiteral("NEW1")},
          QStringList{QStringLiteral("plan"), QStringLiteral("--save"), QStringLiteral("Neste år")}}) {
        const CliRun run = runCliAsNobody(QStringList{QStringLiteral("--db"), path} + writing);
        QVERIFY2(run.exitCode == 1, qPrintable(writing.join(u' ') + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(QLatin1String("the register is read-only (file or folder permissions)"),
                                  Qt::CaseInsensitive),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("attempt to write")), qPrintable(run.err));
    }
    QCOMPARE(fileState(path), before);
    QVERIFY(!hasLeftovers(path));
}

QTEST_GUILESS_MAIN(TestCliFiles)
#include "test_cli_files.moc"
