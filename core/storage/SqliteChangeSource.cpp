#include "SqliteChangeSource.h"

#include <QSqlQuery>
#include <QVariant>

namespace rullering {

SqliteChangeSource::SqliteChangeSource(const QSqlDatabase& db, QObject* parent)
    : ChangeSource(parent)
    , m_db(db)
{
    m_version = dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeSource::poll);
    m_timer.start(PollMs);
}

qint64 SqliteChangeSource::dataVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void SqliteChangeSource::poll()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return;
    m_version = version;
    emit notified(0, RegisterChange::all());
}

} // namespace rullering
