#include "Statement.h"

#include "BulkStream.h"
#include "util/VectorState.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace rullering {
namespace {

// ?N becomes $N, and each plain ? the next number, outside quoted text: PostgreSQL's own placeholders, which Qt
// passes through. The highest number is how many values a run binds.
QString postgresPlaceholders(const QString& sql, int& count)
{
    QString out;
    out.reserve(sql.size() + 16);
    int next = 0;
    count = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            out.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            out.append(c);
            continue;
        }
        if (c != u'?') {
            out.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql[end].isDigit())
            ++end;
        const int number = end > i + 1 ? sql.mid(i + 1, end - i - 1).toInt() : ++next;
        count = std::max(count, number);
        out.append(u'$').append(QString::number(number));
        i = end - 1;
    }
    return out;
}

} // namespace

Statement::Statement(const QSqlDatabase& db, const char* sql)
{
    if (sqlite3* raw = sqliteHandle(db)) {
        m_sqliteDb = raw;
        m_sqlite = std::make_unique<SqliteStatement>(raw, sql);
        return;
    }
    int count = 0;
    const QString text = postgresPlaceholders(QString::fromUtf8(sql), count);
    m_db = db;
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    m_prepared = settleBulkStream(db) && m_query->prepare(text);
    m_values.resize(count);
}

Statement::~Statement() = default;

QString Statement::errorText() const
{
    if (m_sqlite)
        return m_sqlite->errorText();
    return m_streamError.isEmpty() ? sqlErrorText(*m_query) : m_streamError;
}

void Statement::bind(int index, const QVariant& value)
{
    if (index >= 1 && index <= m_values.size())
        m_values[index - 1] = value;
}

bool Statement::run()
{
    if (Status settled = settleBulkStream(m_db); !settled) {
        m_streamError = settled.errorMessage();
        m_running = false;
        m_failed = true;
        return false;
    }
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_query->bindValue(int(i), m_values[i]);
    m_running = m_query->exec();
    m_failed = !m_running;
    return m_running;
}

bool Statement::execute()
{
    if (m_sqlite) {
        const int rc = m_sqlite->execute();
        m_extendedRc = m_sqlite->extendedResult();
        m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
        m_changes = m_failed ? 0 : sqlite3_changes64(m_sqliteDb);
        return !m_failed;
    }
    const bool done = run();
    m_changes = done ? m_query->numRowsAffected() : 0;
    m_query->finish();
    m_running = false;
    return done;
}

bool Statement::violatedUniqueKey() const
{
    if (m_sqlite)
        return m_extendedRc == SQLITE_CONSTRAINT_UNIQUE || m_extendedRc == SQLITE_CONSTRAINT_PRIMARYKEY;
    return m_failed && m_query->lastError().nativeErrorCode() == QLatin1String("23505");
}

qint64 Statement::changes() const
{
    return m_changes;
}

bool Statement::step()
{
    if (m_sqlite) {
        clearUpperVectorState();
        const int rc = sqlite3_step(m_sqlite->handle());
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    if (!m_running && !run())
        return false;
    if (m_query->next())
        return true;
    m_failed = m_query->lastError().isValid();
    return false;
}

void Statement::reset()
{
    if (m_sqlite) {
        m_sqlite->reset();
        return;
    }
    m_query->finish();
    m_running = false;
}

} // namespace rullering
