#pragma once

// For import tests: a register in a temporary directory, files written beside it, and the register file's bytes
// (after every connection closed) to prove that a rolled-back import left nothing behind.

#include "import/ImportApplier.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace rullering::test {

inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

inline qint64 number(Database& db, const char* sql)
{
    Result<QSqlQuery> q = runQuery(db.connection(), QString::fromUtf8(sql));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

inline QString text(Database& db, const char* sql)
{
    Result<QSqlQuery> q = runQuery(db.connection(), QString::fromUtf8(sql));
    if (!q || !q.value().next())
        return QStringLiteral("<none>");
    return q.value().value(0).toString();
}

// Options whose progress callback notes a PRAGMA's value (temp_store, say) while the import runs.
inline ImportOptions readingPragma(Database& db, const char* pragma, qint64& during)
{
    ImportOptions options;
    options.progress = [&db, name = QString::fromUtf8(pragma), &during](qint64, qint64) {
        during = pragmaNumber(db.connection(), name).valueOr(-1);
        return true;
    };
    return options;
}

class ImportScratch
{
public:
    // A new directory with an empty register; false (and the reason in error()) when that failed.
    bool create()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_path = m_dir->filePath(QStringLiteral("register.sqlite"));
        return reopen();
    }
    void clear()
    {
        m_db.reset();
        m_dir.reset();
    }
    bool reopen()
    {
        m_db.reset();
        Result<std::unique_ptr<Database>> opened = Database::open(m_path);
        if (!opened) {
            m_error = opened.errorMessage();
            return false;
        }
        m_db = std::move(opened.value());
        return true;
    }
    QString error() const { return m_error; }

    Database& db() { return *m_db; }
    const QString& registerPath() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir->filePath(name); }

    QString write(const QString& name, const QByteArray& content) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file");
        return path;
    }

    // The database file's bytes after every connection closed (WAL checkpointed), so uncommitted work cannot hide.
    enum class HeaderCounters
    {
        Compared,
        Ignored, // the file change counter and version-valid-for number (a rolled-back write may move them)
    };
    QByteArray fileHash(HeaderCounters counters = HeaderCounters::Compared)
    {
        m_db.reset();
        QFile file(m_path);
        QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (counters == HeaderCounters::Ignored && bytes.size() >= 100) {
            for (const qsizetype offset : {24, 92})
                bytes.replace(offset, 4, QByteArray(4, '\0'));
        }
        file.close();
        reopen();
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_db;
};

} // namespace rullering::test
