#pragma once

// For import tests: a register on the run's engine (TestRegister: a file in a temporary directory, or a fresh
// database on the test server), files written beside it, and a fingerprint of the register (the file's bytes after
// every connection closed; on a server every table's rows) to prove that a rolled-back import left nothing behind.

#include "TestRegister.h"
#include "import/ImportApplier.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <list>
#include <memory>

// A test about SQLite itself (its journal, PRAGMAs, index suspension, file bytes): skipped on the server run.
#define RULLERING_SQLITE_ONLY()                                                                                        \
    do {                                                                                                               \
        if (rullering::test::TestRegister::onServer())                                                                 \
            QSKIP("about SQLite itself");                                                                              \
    } while (false)

namespace rullering::test {

inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A subquery in FROM gets a name (PostgreSQL 15 wants one; SQLite does not mind).
inline QString namedSubqueries(const QString& sql)
{
    QString out = sql;
    int n = 0;
    for (qsizetype at = 0; (at = out.indexOf(QStringLiteral("FROM ("), at, Qt::CaseInsensitive)) >= 0;) {
        qsizetype i = at + 6;
        for (int depth = 0; i < out.size(); ++i) {
            if (out[i] == u'(')
                ++depth;
            else if (out[i] == u')' && depth-- == 0)
                break;
        }
        const QString rest = out.mid(i + 1).trimmed();
        if (rest.isEmpty() || rest.startsWith(u')') || rest.startsWith(QLatin1String("ORDER"), Qt::CaseInsensitive) ||
            rest.startsWith(QLatin1String("WHERE"), Qt::CaseInsensitive) ||
            rest.startsWith(QLatin1String("GROUP"), Qt::CaseInsensitive))
            out.insert(i + 1, QStringLiteral(" AS sub%1").arg(++n));
        at += 6;
    }
    return out;
}

// The tests' SQLite spelling of a query, for the engine under test: PostgreSQL has string_agg where SQLite has
// group_concat (whose separator defaults to a comma), and names its subqueries.
inline QString forEngine(const QString& sql)
{
    if (!TestRegister::onServer())
        return sql;
    if (!sql.contains(QStringLiteral("group_concat("), Qt::CaseInsensitive))
        return namedSubqueries(sql);
    QString out;
    const QString name = QStringLiteral("group_concat(");
    qsizetype at = 0;
    for (qsizetype found; (found = sql.indexOf(name, at, Qt::CaseInsensitive)) >= 0;) {
        out += sql.mid(at, found - at);
        qsizetype i = found + name.size();
        int depth = 0;
        qsizetype comma = -1;
        bool quoted = false;
        for (; i < sql.size(); ++i) {
            const QChar c = sql[i];
            if (c == u'\'')
                quoted = !quoted;
            else if (!quoted && c == u'(')
                ++depth;
            else if (!quoted && c == u')' && depth-- == 0)
                break;
            else if (!quoted && c == u',' && depth == 0 && comma < 0)
                comma = i;
        }
        const qsizetype start = found + name.size();
        const QString value = sql.mid(start, (comma >= 0 ? comma : i) - start);
        const QString separator = comma >= 0 ? sql.mid(comma + 1, i - comma - 1) : QStringLiteral("','");
        out += QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)").arg(forEngine(value), separator);
        at = i + 1;
    }
    return namedSubqueries(out + sql.mid(at));
}

inline qint64 number(Database& db, const char* sql)
{
    Result<QSqlQuery> q = runQuery(db.connection(), forEngine(QString::fromUtf8(sql)));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

inline QString text(Database& db, const char* sql)
{
    Result<QSqlQuery> q = runQuery(db.connection(), forEngine(QString::fromUtf8(sql)));
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
        m_others.clear();
        m_register = std::make_unique<TestRegister>();
        if (!m_register->isValid()) {
            m_error = m_register->error();
            return false;
        }
        m_path = m_register->path();
        return reopen();
    }
    void clear()
    {
        m_db.reset();
        m_others.clear();
        m_register.reset();
    }
    // Another empty register on the same engine, kept until the test ends (name: its file's name on SQLite).
    Result<std::unique_ptr<Database>> openAnother(const QString& name)
    {
        TestRegister& other = m_others.emplace_back(name);
        if (!other.isValid())
            return Error(other.error());
        return Database::open(other.path());
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
    QString filePath(const QString& name) const { return m_register->filePath(name); }

    QString write(const QString& name, const QByteArray& content) const
    {
        const QString path = m_register->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file");
        return path;
    }

    // Imports one device unrelated to the test's rows, so that the next import is not a first load (which takes
    // other paths: indexes set aside, keys in memory, estimates written with the rows). False if that failed.
    bool addUnrelatedDevice()
    {
        return ImportApplier::run(db(),
                                  write(QStringLiteral("unrelated.csv"), "Serial number;Device name\nZZ1;OTHER\n"), {})
            .ok();
    }

    // The database file's bytes after every connection closed (WAL checkpointed), so uncommitted work cannot hide.
    enum class HeaderCounters
    {
        Compared,
        Ignored, // the file change counter and version-valid-for number (a rolled-back write may move them)
    };
    QByteArray fileHash(HeaderCounters counters = HeaderCounters::Compared)
    {
        if (TestRegister::onServer())
            return tablesHash();
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
    // On a server: every table's rows, sorted (the sequences are left out: a rolled-back nextval is not undone).
    QByteArray tablesHash()
    {
        const QSqlDatabase db = m_db->connection();
        Result<QList<RegisterTable>> tables = Engine::of(db).registerTables(db);
        if (!tables)
            return tables.errorMessage().toUtf8();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const RegisterTable& table : tables.value()) {
            QStringList rows;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table.name)))
                return query.lastQuery().toUtf8();
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
                rows.append(values.join(u'|'));
            }
            rows.sort();
            hash.addData(table.name.toUtf8());
            hash.addData(rows.join(u'\n').toUtf8());
        }
        return hash.result();
    }

    std::unique_ptr<TestRegister> m_register;
    std::list<TestRegister> m_others;
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_db;
};

} // namespace rullering::test
