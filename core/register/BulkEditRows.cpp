#include "BulkEditRows.h"

#include "storage/DeviceConflict.h"
#include "storage/Engine.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace rullering {
namespace {

// How a column is stored: text (NULL when empty), a number, or an optional id or year (NULL when 0).
enum class ColumnKind
{
    Text,
    Number,
    OptionalNumber,
};

struct Column
{
    DeviceField field;
    const char* name;
    ColumnKind kind;
    const char* referenceTable; // for audit values: reference fields are logged by name
};

// The columns a bulk edit can write, in DeviceField order.
constexpr Column EditableColumns[] = {
    {DeviceField::AssetTag, "asset_tag", ColumnKind::Text, nullptr},
    {DeviceField::Hostname, "hostname", ColumnKind::Text, nullptr},
    {DeviceField::Type, "type", ColumnKind::Number, nullptr},
    {DeviceField::Manufacturer, "manufacturer", ColumnKind::Text, nullptr},
    {DeviceField::Model, "model", ColumnKind::Text, nullptr},
    {DeviceField::ProductionYear, "production_year", ColumnKind::OptionalNumber, nullptr},
    {DeviceField::YearSource, "year_source", ColumnKind::Number, nullptr},
    {DeviceField::Municipality, "municipality_id", ColumnKind::OptionalNumber, "municipality"},
    {DeviceField::Location, "location_id", ColumnKind::OptionalNumber, "location"},
    {DeviceField::Department, "department_id", ColumnKind::OptionalNumber, "department"},
    {DeviceField::Network, "network_id", ColumnKind::OptionalNumber, "network"},
    {DeviceField::PrimaryUser, "primary_user", ColumnKind::Text, nullptr},
    {DeviceField::State, "state", ColumnKind::Number, nullptr},
    {DeviceField::Keep, "keep", ColumnKind::Number, nullptr},
    {DeviceField::Pool, "pool_id", ColumnKind::OptionalNumber, "pool"},
    {DeviceField::Notes, "notes", ColumnKind::Text, nullptr},
};

const Column* findColumn(DeviceField field)
{
    for (const Column& column : EditableColumns) {
        if (column.field == field)
            return &column;
    }
    return nullptr;
}

const Column& columnOf(DeviceField field)
{
    const Column* column = findColumn(field);
    Q_ASSERT(column);
    return *column;
}

QString sqlError(const QString& text)
{
    return QCoreApplication::translate("Sql", "Database error: %1").arg(text);
}

// Columns read before the written fields: version, serial, hostname, state, municipality_id, production_year.
constexpr int FirstWritten = 6;

QByteArray readSql(const QList<DeviceField>& fields)
{
    QByteArray sql = "SELECT version, serial, hostname, state, municipality_id, production_year";
    for (DeviceField field : fields)
        sql.append(", ").append(columnOf(field).name);
    return sql.append(" FROM device WHERE id = ?");
}

QByteArray stagingTable(const QSqlDatabase& db)
{
    return Engine::of(db).temporaryTable(QStringLiteral("rullering_bulk_edit")).toUtf8();
}

// Typed columns (PostgreSQL needs a type; on SQLite TEXT and INTEGER keep the values as bound).
QString createStagingTable(const QSqlDatabase& db, const QList<DeviceField>& fields)
{
    const Engine& engine = Engine::of(db);
    QString sql = QStringLiteral("CREATE TEMP TABLE rullering_bulk_edit (id %1, version INTEGER NOT NULL")
                      .arg(engine.integerKeyType());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const bool text = columnOf(fields[i]).kind == ColumnKind::Text;
        sql += QStringLiteral(", c%1 %2").arg(i).arg(text ? engine.textType() : QStringLiteral("BIGINT"));
    }
    sql += u')';
    const Status created =
        execStatements(db, {QStringLiteral("DROP TABLE IF EXISTS ") + QString::fromUtf8(stagingTable(db)), sql});
    return created ? QString() : created.errorMessage();
}

QByteArray stageSql(const QByteArray& staging, const QList<DeviceField>& fields)
{
    QByteArray sql = "INSERT INTO " + staging + " VALUES (?, ?";
    for (qsizetype i = 0; i < fields.size(); ++i)
        sql.append(", ?");
    return sql.append(")");
}

QByteArray flushSql(const QByteArray& staging, const QList<DeviceField>& fields)
{
    QByteArray sql = "UPDATE device SET ";
    for (qsizetype i = 0; i < fields.size(); ++i)
        sql.append(columnOf(fields[i]).name).append(" = s.c").append(QByteArray::number(i)).append(", ");
    return sql.append("version = device.version + 1, updated_at = ? FROM " + staging +
                      " AS s WHERE device.id = s.id AND device.version = s.version");
}

QByteArray utcText(const QDateTime& at, Qt::DateFormat format)
{
    return at.toUTC().toString(format).toUtf8();
}

} // namespace

bool isBulkEditColumn(DeviceField field)
{
    return findColumn(field) != nullptr;
}

BulkEditRows::BulkEditRows(const QSqlDatabase& db, const QList<DeviceField>& fields, const ChangeContext& context)
    : m_db(db)
    , m_fields(fields)
    , m_tableError(createStagingTable(db, fields))
    , m_staging(stagingTable(db))
    , m_read(db, readSql(fields).constData())
    , m_stage(db, stageSql(m_staging, fields).constData())
    , m_flush(db, flushSql(m_staging, fields).constData())
    , m_clear(db, QByteArray("DELETE FROM " + m_staging).constData())
    , m_audit(db, "INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, import_id)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")
    , m_now(utcText(QDateTime::currentDateTimeUtc(), Qt::ISODate))
    , m_at(utcText(context.at.isValid() ? context.at : QDateTime::currentDateTimeUtc(), Qt::ISODateWithMs))
    , m_who((context.who.isEmpty() ? currentActor() : context.who).toUtf8())
    , m_reason(context.reason.toUtf8())
{
    for (DeviceField field : fields)
        m_keys.append(deviceFieldKey(field).toUtf8());
    if (ok()) {
        m_audit.staticText(1, m_at);
        m_audit.staticText(2, m_who);
        m_audit.staticText(7, m_reason);
    }
}

bool BulkEditRows::ok() const
{
    return m_tableError.isEmpty() && m_read.ok() && m_stage.ok() && m_flush.ok() && m_clear.ok() && m_audit.ok();
}

QString BulkEditRows::prepareError() const
{
    if (!m_tableError.isEmpty())
        return m_tableError;
    for (const Statement* statement : {&m_read, &m_stage, &m_flush, &m_clear, &m_audit}) {
        if (!statement->ok())
            return sqlError(statement->errorText());
    }
    return {};
}

Result<bool> BulkEditRows::read(qint64 id, Row& row, QString* label)
{
    m_read.integer(1, id);
    if (!m_read.step()) {
        const bool failed = m_read.failed();
        const QString error = failed ? m_read.errorText() : QString();
        m_read.reset();
        if (failed)
            return Error(sqlError(error));
        return false;
    }
    row.version = int(m_read.columnInt(0));
    row.state = static_cast<LifecycleState>(m_read.columnInt(3));
    row.municipalityId = m_read.columnInt(4);
    row.productionYear = int(m_read.columnInt(5));
    row.values.resize(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const int column = int(i) + FirstWritten;
        if (columnOf(m_fields[i]).kind == ColumnKind::Text)
            row.values[i] = Value{0, m_read.columnText(column)};
        else
            row.values[i] = Value{m_read.columnInt(column), {}};
    }
    if (label) {
        *label = m_read.columnText(1);
        if (label->isEmpty())
            *label = m_read.columnText(2);
        if (label->isEmpty())
            *label = QStringLiteral("#%1").arg(id);
    }
    m_read.reset();
    return true;
}

Result<int> BulkEditRows::stage(qint64 id, int expectedVersion, const QList<Value>& old, const QList<Value>& values)
{
    m_stage.integer(1, id);
    m_stage.integer(2, expectedVersion);
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const int index = int(i) + 3;
        switch (columnOf(m_fields[i]).kind) {
        case ColumnKind::Text:
            m_stage.text(index, values[i].text);
            break;
        case ColumnKind::Number:
            m_stage.integer(index, values[i].number);
            break;
        case ColumnKind::OptionalNumber:
            m_stage.idOrNull(index, values[i].number);
            break;
        }
    }
    if (!m_stage.execute())
        return Error(sqlError(m_stage.errorText()));
    ++m_staged;
    int audited = 0;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (sameValue(m_fields[i], old[i], values[i]))
            continue;
        m_audit.integer(3, id);
        m_audit.staticText(4, m_keys[i]);
        m_audit.text(5, auditText(m_fields[i], old[i]));
        m_audit.text(6, auditText(m_fields[i], values[i]));
        if (!m_audit.execute())
            return Error(sqlError(m_audit.errorText()));
        ++audited;
    }
    return audited;
}

Status BulkEditRows::flush()
{
    if (m_staged == 0)
        return {};
    m_flush.staticText(1, m_now);
    if (!m_flush.execute())
        return Error(sqlError(m_flush.errorText()));
    const qint64 written = m_flush.changes();
    // On a server another writer can save a device between its read and this UPDATE, which then skips it.
    const QString details = written != m_staged ? describeSkipped() : QString();
    if (!m_clear.execute())
        return Error(sqlError(m_clear.errorText()));
    if (written != m_staged)
        return Error(QCoreApplication::translate("rullering::BulkEditService",
                                                 "Nothing was changed: %n device(s) were changed by someone else "
                                                 "while saving.",
                                                 nullptr, int(m_staged - written)) +
                         details,
                     Error::Code::Conflict);
    m_staged = 0;
    return {};
}

QString BulkEditRows::describeSkipped() const
{
    // The flush gave its rows version + 1 and its own time; a device that has neither was written by another.
    Result<QSqlQuery> skipped =
        runQuery(m_db,
                 QStringLiteral("SELECT s.id, s.version FROM %1 AS s JOIN device d ON d.id = s.id"
                                " WHERE d.version <> s.version + 1 OR d.updated_at <> ? ORDER BY s.id LIMIT 3")
                     .arg(QString::fromUtf8(m_staging)),
                 {QString::fromUtf8(m_now)});
    if (!skipped)
        return {};
    QList<std::pair<qint64, int>> stale;
    while (skipped.value().next())
        stale.append({skipped.value().value(0).toLongLong(), skipped.value().value(1).toInt()});
    skipped.value().finish();
    QString details;
    for (const auto& [id, version] : stale)
        details += u' ' + DeviceConflict::describe(m_db, id, version);
    return details;
}

Result<qint64> BulkEditRows::ownerOf(const char* table, qint64 id)
{
    const QByteArray sql = QByteArray("SELECT municipality_id FROM ").append(table).append(" WHERE id = ?");
    Statement query(m_db, sql.constData());
    if (!query.ok())
        return Error(sqlError(query.errorText()));
    query.integer(1, id);
    const qint64 owner = query.step() ? query.columnInt(0) : 0;
    query.reset();
    return owner;
}

bool BulkEditRows::sameValue(DeviceField field, const Value& a, const Value& b)
{
    return columnOf(field).kind == ColumnKind::Text ? a.text == b.text : a.number == b.number;
}

QString BulkEditRows::auditText(DeviceField field, const Value& value)
{
    // As deviceFieldValue() writes it for a whole device, so the history reads the same whoever wrote it.
    Device device;
    const char* table = columnOf(field).referenceTable;
    switch (field) {
    case DeviceField::Type:
        device.type = static_cast<DeviceType>(value.number);
        break;
    case DeviceField::ProductionYear:
        device.productionYear = int(value.number);
        break;
    case DeviceField::YearSource:
        device.yearSource = static_cast<YearSource>(value.number);
        break;
    case DeviceField::State:
        device.state = static_cast<LifecycleState>(value.number);
        break;
    case DeviceField::Keep:
        device.keep = value.number != 0;
        break;
    case DeviceField::Municipality:
        device.municipalityId = value.number;
        device.municipalityName = referenceName(table, value.number);
        break;
    case DeviceField::Location:
        device.locationId = value.number;
        device.locationName = referenceName(table, value.number);
        break;
    case DeviceField::Department:
        device.departmentId = value.number;
        device.departmentName = referenceName(table, value.number);
        break;
    case DeviceField::Network:
        device.networkId = value.number;
        device.networkName = referenceName(table, value.number);
        break;
    case DeviceField::Pool:
        device.poolId = value.number;
        device.poolName = referenceName(table, value.number);
        break;
    default:
        return value.text;
    }
    return deviceFieldValue(device, field);
}

QString BulkEditRows::referenceName(const char* table, qint64 id)
{
    // A selection holds few distinct references: each name is read once.
    if (id <= 0)
        return {};
    QHash<qint64, QString>& names = m_names[QByteArray(table)];
    if (auto it = names.constFind(id); it != names.cend())
        return it.value();
    const QByteArray sql = QByteArray("SELECT name FROM ").append(table).append(" WHERE id = ?");
    Statement query(m_db, sql.constData());
    QString name;
    if (query.ok()) {
        query.integer(1, id);
        if (query.step())
            name = query.columnText(0);
        query.reset();
    }
    names.insert(id, name);
    return name;
}

} // namespace rullering
