#pragma once

#include "util/Result.h"

#include <QString>

namespace rullering {

// A new register file built under another name beside its path and moved there in one step once it is whole (a first
// load into a new file, Database::OpenMode::CreateForLoad). Until the move nothing stands at the path; a crash
// before it leaves only the staging file, which the next load into the same path removes. So the staging file needs
// no sync while it is built: one sync of the finished file and of its folder make it durable.
class StagedFile
{
public:
    // A name beside path that nothing uses: ".<file name>.loading-<process id>-<counter>". Staging files that a
    // process no longer running left beside path are removed first.
    static QString stagingPath(const QString& path);

    // Syncs the finished file at staging to disk, moves it to path in one step unless something stands there by
    // then (another program made that file meanwhile: it is left alone), and syncs the folder so the move is kept.
    // On failure the register stays whole at staging, and the message says where.
    static Status moveIntoPlace(const QString& staging, const QString& path);

    // Removes a staging file and whatever SQLite kept beside it (-journal, -wal, -shm).
    static void discard(const QString& staging);
};

} // namespace rullering
