#include "StagedFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <unistd.h>
#endif

namespace rullering {
namespace {

QString prefixFor(const QFileInfo& target)
{
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".loading-");
}

// Whether the process that named a staging file may still be building it (its id is the first part of the suffix).
bool ownerMayBeAlive(const QString& suffix)
{
#ifdef Q_OS_UNIX
    bool ok = false;
    const qint64 pid = suffix.section(u'-', 0, 0).toLongLong(&ok);
    if (!ok || pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return true; // not ours to judge
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(suffix);
    return true;
#endif
}

// Writes what the kernel holds of the file (or folder) at path to the disk.
bool syncToDisk(const QString& path, QString& error)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

} // namespace

QString StagedFile::stagingPath(const QString& path)
{
    static QAtomicInteger<quint64> counter;
    const QFileInfo target(path);
    const QString prefix = prefixFor(target);
    QDir folder = target.absoluteDir();
    // Each file on its own: the staging file and what SQLite kept beside it ("-journal") name the same process.
    for (const QString& name : folder.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System)) {
        if (!ownerMayBeAlive(name.mid(prefix.size())))
            QFile::remove(folder.filePath(name));
    }
    QString staging;
    do {
        staging = folder.filePath(
            prefix +
            QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1)));
    } while (QFileInfo::exists(staging));
    return staging;
}

Status StagedFile::moveIntoPlace(const QString& staging, const QString& path)
{
    const auto failed = [&](const QString& reason) {
        return Error(QCoreApplication::translate("StagedFile",
                                                 "The new register is complete in %1 but could not be moved to %2: %3")
                         .arg(QDir::toNativeSeparators(staging), QDir::toNativeSeparators(path), reason));
    };
    QString error;
    if (!syncToDisk(staging, error))
        return failed(error);
    QFile file(staging);
    // Refused when something stands at path: on Linux one renameat2() with RENAME_NOREPLACE, so nothing made there
    // between a check and the move is overwritten.
    if (!file.rename(path))
        return failed(QFileInfo::exists(path)
                          ? QCoreApplication::translate("StagedFile", "another program created that file meanwhile")
                          : file.errorString());
    if (!syncToDisk(QFileInfo(path).absolutePath(), error))
        return Error(QCoreApplication::translate("StagedFile", "The new register %1 may not survive a power failure: "
                                                               "its folder could not be synced (%2).")
                         .arg(QDir::toNativeSeparators(path), error));
    return {};
}

void StagedFile::discard(const QString& staging)
{
    for (const QString& extra : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(staging + extra);
}

} // namespace rullering
