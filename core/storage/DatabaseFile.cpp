#include "DatabaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace rullering {
namespace {

// Tables every Rullering register has had since schema 1; a file holding them and a schema version is ours.
const QStringList& registerTables()
{
    static const QStringList names = {QStringLiteral("device"), QStringLiteral("municipality"),
                                      QStringLiteral("audit")};
    return names;
}

// Runs sql on db and hands each row's first column to row; false when SQLite failed.
template <typename Row>
bool eachRow(sqlite3* db, const char* sql, Row row)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return false;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

// Reads the schema of path through a read-only connection, immutable unless a writer may be at work (a -wal
// beside it): then only a reader that goes through the WAL sees what the writer committed (readOnlyUri).
DatabaseFile::Inspection readSchema(const QString& path)
{
    DatabaseFile::Inspection inspection;
    sqlite3* db = nullptr;
    const bool immutable = !QFileInfo::exists(path + QStringLiteral("-wal"));
    const QByteArray uri = DatabaseFile::readOnlyUri(path, immutable).toUtf8();
    const bool read =
        sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK &&
        eachRow(db, "PRAGMA user_version",
                [&](sqlite3_stmt* s) { inspection.userVersion = sqlite3_column_int(s, 0); }) &&
        eachRow(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", [&](sqlite3_stmt* s) {
            inspection.tables.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))));
        });
    if (!read) {
        inspection.kind = DatabaseFile::Kind::Unreadable;
        inspection.error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    }
    sqlite3_close(db);
    return inspection;
}

} // namespace

DatabaseFile::Inspection DatabaseFile::inspect(const QString& path)
{
    Inspection inspection;
    const QFileInfo info(path);
    if (!info.exists())
        return inspection;
    if (info.size() == 0) {
        inspection.kind = Kind::Empty;
        return inspection;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        inspection.kind = Kind::Unreadable;
        inspection.error = file.errorString();
        return inspection;
    }
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        inspection.kind = Kind::NotSqlite;
        return inspection;
    }
    file.close();

    inspection = readSchema(path);
    if (inspection.kind == Kind::Unreadable)
        return inspection;
    bool ours = inspection.userVersion > 0;
    for (const QString& table : registerTables())
        ours = ours && inspection.tables.contains(table);
    if (ours)
        inspection.kind = Kind::Register;
    else if (inspection.tables.isEmpty() && inspection.userVersion == 0)
        inspection.kind = Kind::Empty;
    else
        inspection.kind = Kind::Foreign;
    return inspection;
}

bool DatabaseFile::isWritable(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return QFileInfo(file.absolutePath()).isWritable();
    if (!file.isWritable())
        return false;
    if (QFileInfo(file.absolutePath()).isWritable())
        return true;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo shm(path + QStringLiteral("-shm"));
    return wal.exists() && wal.isWritable() && shm.exists() && shm.isWritable();
}

QString DatabaseFile::readOnlyUri(const QString& path, bool immutable)
{
    // QUrl escapes what SQLite's URI parser would read as syntax (%, ?, #) in the file name.
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                  QStringLiteral("?mode=ro");
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

} // namespace rullering
