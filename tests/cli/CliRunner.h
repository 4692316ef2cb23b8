#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real rullering-cli binary, as a user's scheduled script would.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments, const QProcessEnvironment& extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RULLERING_DB"));
    env.insert(QStringLiteral("RULLERING_LANG"), QStringLiteral("en"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RULLERING_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

inline CliRun runCopy(const QString& source, const QString& target, const QStringList& extra = {})
{
    return runCli(QStringList{QStringLiteral("--db"), source, QStringLiteral("copy"), QStringLiteral("--to"), target} +
                  extra);
}

// The file `export devices` writes (byte for byte, as a user's script would compare it).
inline QByteArray exportedDevices(const QString& path)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("devices.csv"));
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("devices"),
                               QStringLiteral("-o"), file});
    QFile written(file);
    if (run.exitCode != 0 || !written.open(QIODevice::ReadOnly))
        return QByteArray("failed: ") + run.err.toUtf8();
    return written.readAll();
}
