#include "RowReader.h"

#include "Sql.h"
#include "SqliteStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace rullering {

class RowReader::Backend
{
public:
    virtual ~Backend() = default;
    virtual bool ok() const = 0;
    virtual QString errorText() const = 0;
    virtual void text(int index, const QString& value) = 0;
    virtual void utf8(int index, const QByteArray& value) = 0;
    virtual void integer(int index, qint64 value) = 0;
    virtual void null(int index) = 0;
    virtual bool start() = 0;
    virtual bool next() = 0;
    virtual bool failed() const = 0;
    virtual void finish() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integerColumn(int column) const = 0;
    virtual QByteArray utf8Column(int column) const = 0;
    virtual QString textColumn(int column) const = 0;
};

namespace {

// SQLite: the raw statement on Qt's handle.
class SqliteBackend final : public RowReader::Backend
{
public:
    SqliteBackend(sqlite3* db, const QByteArray& sql)
        : m_statement(db, sql.constData())
    {}

    bool ok() const override { return m_statement.ok(); }
    QString errorText() const override { return m_statement.errorText(); }
    // SQLite refuses new values for a statement between its first step and its reset.
    void text(int index, const QString& value) override
    {
        ready();
        m_statement.text(index, value);
    }
    void utf8(int index, const QByteArray& value) override
    {
        ready();
        m_statement.utf8(index, value);
    }
    void integer(int index, qint64 value) override
    {
        ready();
        m_statement.integer(index, value);
    }
    void null(int index) override
    {
        ready();
        sqlite3_bind_null(m_statement.handle(), index);
    }
    bool start() override
    {
        ready();
        m_failed = false;
        return true;
    }
    bool next() override
    {
        m_stepped = true;
        const int rc = sqlite3_step(m_statement.handle());
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    bool failed() const override { return m_failed; }
    void finish() override { ready(); }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement.handle(), column) == SQLITE_NULL; }
    qint64 integerColumn(int column) const override { return m_statement.columnInt(column); }
    QByteArray utf8Column(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.handle(), column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_statement.handle(), column)) : QByteArray();
    }
    QString textColumn(int column) const override { return m_statement.columnText(column); }

private:
    void ready()
    {
        if (m_stepped)
            m_statement.reset();
        m_stepped = false;
    }

    SqliteStatement m_statement;
    bool m_stepped = false;
    bool m_failed = false;
};

// SQLite's "?1" and "?" as PostgreSQL's "$1" (outside quoted text and names); how many parameters there are.
QString numberedPlaceholders(const QByteArray& sql, int& count)
{
    const QString text = QString::fromUtf8(sql);
    QString out;
    out.reserve(text.size() + 16);
    count = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != u'?') {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && text[end].isDigit())
            ++end;
        const int number = end > i + 1 ? text.mid(i + 1, end - i - 1).toInt() : count + 1;
        count = std::max(count, number);
        out += u'$' + QString::number(number);
        i = end - 1;
    }
    return out;
}

// Another engine: a QSqlQuery, forward-only when Streamed, the values bound in parameter order when it runs.
class QueryBackend final : public RowReader::Backend
{
public:
    QueryBackend(const QSqlDatabase& db, const QByteArray& sql, RowReader::Reading reading)
        : m_query(db)
    {
        int count = 0;
        QString text = numberedPlaceholders(sql, count);
        m_values.resize(size_t(count));
        m_query.setForwardOnly(reading == RowReader::Reading::Streamed);
        m_ok = m_query.prepare(text);
        if (!m_ok)
            m_error = sqlErrorText(m_query);
    }

    bool ok() const override { return m_ok; }
    QString errorText() const override { return m_error; }
    void text(int index, const QString& value) override { set(index, value.isEmpty() ? QVariant() : value); }
    void utf8(int index, const QByteArray& value) override
    {
        set(index, value.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(value)));
    }
    void integer(int index, qint64 value) override { set(index, QVariant(static_cast<qlonglong>(value))); }
    void null(int index) override { set(index, QVariant()); }
    bool start() override { return run(); }
    bool next() override
    {
        if (m_query.next())
            return true;
        m_failed = m_query.lastError().isValid();
        if (m_failed)
            m_error = sqlErrorText(m_query);
        return false;
    }
    bool failed() const override { return m_failed; }
    void finish() override { m_query.finish(); }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integerColumn(int column) const override { return m_query.value(column).toLongLong(); }
    QByteArray utf8Column(int column) const override { return m_query.value(column).toString().toUtf8(); }
    QString textColumn(int column) const override { return m_query.value(column).toString(); }

private:
    void set(int index, const QVariant& value)
    {
        if (index >= 1 && size_t(index) <= m_values.size())
            m_values[size_t(index) - 1] = value;
    }
    bool run()
    {
        m_failed = false;
        if (!m_ok)
            return false;
        for (size_t i = 0; i < m_values.size(); ++i)
            m_query.bindValue(int(i), m_values[i]);
        if (m_query.exec())
            return true;
        m_failed = true;
        m_error = sqlErrorText(m_query);
        return false;
    }

    QSqlQuery m_query;
    std::vector<QVariant> m_values;
    bool m_ok = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace

RowReader::RowReader(const QSqlDatabase& db, const QByteArray& sql, Reading reading)
{
    if (sqlite3* raw = sqliteHandle(db))
        m_backend = std::make_unique<SqliteBackend>(raw, sql);
    else
        m_backend = std::make_unique<QueryBackend>(db, sql, reading);
}

RowReader::~RowReader() = default;

bool RowReader::ok() const
{
    return m_backend->ok();
}

QString RowReader::errorText() const
{
    return m_backend->errorText();
}

void RowReader::text(int index, const QString& value)
{
    m_backend->text(index, value);
}

void RowReader::utf8(int index, const QByteArray& value)
{
    m_backend->utf8(index, value);
}

void RowReader::integer(int index, qint64 value)
{
    m_backend->integer(index, value);
}

void RowReader::idOrNull(int index, qint64 value)
{
    if (value > 0)
        m_backend->integer(index, value);
    else
        m_backend->null(index);
}

void RowReader::null(int index)
{
    m_backend->null(index);
}

bool RowReader::start()
{
    return m_backend->start();
}

bool RowReader::next()
{
    return m_backend->next();
}

bool RowReader::failed() const
{
    return m_backend->failed();
}

void RowReader::finish()
{
    m_backend->finish();
}

bool RowReader::isNull(int column) const
{
    return m_backend->isNull(column);
}

qint64 RowReader::integer(int column) const
{
    return m_backend->integerColumn(column);
}

QByteArray RowReader::utf8(int column) const
{
    return m_backend->utf8Column(column);
}

QString RowReader::text(int column) const
{
    return m_backend->textColumn(column);
}

} // namespace rullering
