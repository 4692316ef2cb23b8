#include "ModelYearEstimator.h"

#include "domain/YearSource.h"
#include "storage/Engine.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "util/AsciiCase.h"

#include <QByteArray>
#include <QHash>

namespace rullering {
namespace {

// The one definition of "the same model" (SQLite's lower() folds ASCII letters only; so does every comparison here).
constexpr char ModelKey[] = "lower(trim(%1model))";

QString modelKeySql(const QString& table)
{
    return QString::fromLatin1(ModelKey).arg(table);
}

// The stored keys of the year sources, for audit rows written by SQL alone.
QString yearSourceKeyCase(const QString& column)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    for (YearSource source :
         {YearSource::Unknown, YearSource::Explicit, YearSource::PurchaseDate, YearSource::WarrantyStart,
          YearSource::OsInstall, YearSource::BiosRelease, YearSource::ModelTypical})
        sql += QStringLiteral(" WHEN %1 THEN '%2'").arg(int(source)).arg(yearSourceKey(source));
    return sql + QStringLiteral(" END");
}

// The counts into the work table: model (as stored), year, devices. A count that fell to 0 is no evidence.
void bindModel(Statement& insert, const QByteArray& model)
{
    insert.utf8(1, model);
}

void bindModel(Statement& insert, const QString& model)
{
    insert.text(1, model);
}

template <typename Counts>
Status writeEvidence(const QSqlDatabase& db, const QString& countTable, const Counts& counts)
{
    Statement insert(
        db,
        QByteArray("INSERT INTO " + countTable.toUtf8() + " (model, year, devices) VALUES (?1, ?2, ?3)").constData());
    if (!insert.ok())
        return Error(insert.errorText());
    for (const auto& [model, years] : counts) {
        for (auto year = years.cbegin(); year != years.cend(); ++year) {
            if (year.value() == 0)
                continue;
            bindModel(insert, model);
            insert.integer(2, year.key());
            insert.integer(3, year.value());
            if (!insert.execute())
                return Error(insert.errorText());
        }
    }
    return {};
}

// The devices with evidence per model as written and year, into the work table model_year_count (a few thousand rows):
// counted here over one scan, where SQL's GROUP BY would sort every such device first, ten times the work
// (docs/import-speed.md).
Status countEvidence(const QSqlDatabase& db, const QString& countTable)
{
    Statement read(db, "SELECT model, production_year FROM device WHERE year_source BETWEEN ?1 AND ?2"
                       " AND production_year > 0 AND model IS NOT NULL");
    if (!read.ok())
        return Error(read.errorText());
    read.integer(1, int(YearSource::Explicit));
    read.integer(2, int(YearSource::BiosRelease));
    Utf8Map<QHash<int, qint64>> counts;
    while (read.step()) {
        // Looked up without a copy of the text; copied only for a model not seen before.
        const QByteArray text = read.columnUtf8(0);
        auto model = counts.find(text);
        if (model == counts.end())
            model = counts.emplace(QByteArray(text.constData(), text.size()), QHash<int, qint64>()).first;
        ++model->second[int(read.columnInt(1))];
    }
    if (read.failed())
        return Error(read.errorText());
    read.reset();
    return writeEvidence(db, countTable, counts);
}

} // namespace

QString ModelYearEstimator::modelKey(const QString& model)
{
    qsizetype begin = 0;
    qsizetype end = model.size();
    while (begin < end && model.at(begin) == u' ')
        ++begin;
    while (end > begin && model.at(end - 1) == u' ')
        --end;
    return asciiLower(QStringView(model).mid(begin, end - begin));
}

int ModelYearEstimator::usualYear(const QHash<int, qint64>& devicesPerYear)
{
    int year = 0;
    qint64 most = 0;
    for (auto it = devicesPerYear.cbegin(); it != devicesPerYear.cend(); ++it) {
        if (it.value() > most || (it.value() == most && most > 0 && it.key() < year)) {
            year = it.key();
            most = it.value();
        }
    }
    return year;
}

void ModelYearEstimator::addModel(const QString& model)
{
    if (!m_allModels && !model.trimmed().isEmpty())
        m_models.insert(model);
}

Result<qint64> ModelYearEstimator::refresh(Transaction& tx, const ChangeContext& context) const
{
    if (isEmpty())
        return qint64(0);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const QSqlDatabase db = tx.database();
    // This connection's own work tables (temp.* on SQLite, pg_temp.* on PostgreSQL), kept for the session.
    const Engine& engine = Engine::of(db);
    const QString scopeTable = engine.temporaryTable(QStringLiteral("model_year_scope"));
    const QString usualTable = engine.temporaryTable(QStringLiteral("model_usual_year"));
    const QString countTable = engine.temporaryTable(QStringLiteral("model_year_count"));
    const QString changeTable = engine.temporaryTable(QStringLiteral("model_year_change"));
    const QString text = engine.textType();
    if (Status tables = execStatements(
            db,
            {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS model_year_scope (model_key %1 PRIMARY KEY)").arg(text),
             QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS model_usual_year (model_key %1 PRIMARY KEY,"
                            " year INTEGER NOT NULL)")
                 .arg(text),
             QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS model_year_count (model %1, year INTEGER,"
                            " devices INTEGER)")
                 .arg(text),
             QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS model_year_change (id %1, version INTEGER,"
                            " old_year INTEGER, old_source INTEGER, new_year INTEGER, new_source INTEGER)")
                 .arg(engine.integerKeyType()),
             QStringLiteral("DELETE FROM ") + scopeTable, QStringLiteral("DELETE FROM ") + usualTable,
             QStringLiteral("DELETE FROM ") + changeTable, QStringLiteral("DELETE FROM ") + countTable});
        !tables)
        return tables.error();

    QString scope; // every model, or those named
    if (!m_allModels) {
        // The keys folded here: a bound value's lower() on PostgreSQL follows the database's locale (Ø -> ø),
        // where the columns' "C" collation folds ASCII letters only, so "ØRSTA PC" never matched its devices.
        Statement insert(
            db, QByteArray("INSERT INTO " + scopeTable.toUtf8() + " (model_key) VALUES (?1) ON CONFLICT DO NOTHING")
                    .constData());
        if (!insert.ok())
            return Error(insert.errorText());
        for (const QString& model : std::as_const(m_models)) {
            insert.text(1, modelKey(model));
            if (!insert.execute())
                return Error(insert.errorText());
        }
        scope = QStringLiteral(" AND %1 IN (SELECT model_key FROM ") + scopeTable + u')';
    }
    const auto scoped = [&scope](const QString& table) {
        return scope.isEmpty() ? QString() : scope.arg(modelKeySql(table));
    };

    if (Status counted = m_evidence ? writeEvidence(db, countTable, *m_evidence) : countEvidence(db, countTable);
        !counted)
        return counted.error();
    // The usual year of each model: most devices with evidence; a tie goes to the older year. (SQL both engines
    // take: named subqueries, IS DISTINCT FROM, CASE for a truth value.)
    const QString usual = QStringLiteral("INSERT INTO %3 (model_key, year)"
                                         " SELECT model_key, year FROM (SELECT model_key, year, ROW_NUMBER() OVER"
                                         " (PARTITION BY model_key ORDER BY devices DESC, year) AS place"
                                         " FROM (SELECT %1 AS model_key, year, SUM(devices) AS devices FROM %4"
                                         " WHERE 1 = 1%2 GROUP BY 1, 2) AS counted) AS ranked WHERE place = 1")
                              .arg(modelKeySql({}), scoped({}), usualTable, countTable);
    // The devices whose year rests on no evidence of their own and differs from their model's usual year.
    const QString changes =
        QStringLiteral("INSERT INTO %5 (id, version, old_year, old_source, new_year, new_source)"
                       " SELECT d.id, d.version, NULLIF(d.production_year, 0), d.year_source, u.year,"
                       " CASE WHEN u.year IS NULL THEN %1 ELSE %2 END"
                       " FROM device d LEFT JOIN %6 u ON u.model_key = %3"
                       " WHERE d.year_source IN (%1, %2) AND d.model IS NOT NULL AND trim(d.model) <> ''%4"
                       " AND (NULLIF(d.production_year, 0) IS DISTINCT FROM u.year"
                       " OR d.year_source <> CASE WHEN u.year IS NULL THEN %1 ELSE %2 END)")
            .arg(int(YearSource::Unknown))
            .arg(int(YearSource::ModelTypical))
            .arg(modelKeySql(QStringLiteral("d.")))
            .arg(scoped(QStringLiteral("d.")), changeTable, usualTable);
    if (Status computed = runStatements(db, {usual, changes}); !computed)
        return computed.error();

    const QDateTime at = context.at.isValid() ? context.at : QDateTime::currentDateTimeUtc();
    if (Result<QSqlQuery> updated = runQuery(
            db,
            QStringLiteral("UPDATE device SET production_year = c.new_year, year_source = c.new_source,"
                           " version = device.version + CASE WHEN CAST(? AS BIGINT) < 0 OR device.id <= ?"
                           " THEN 1 ELSE 0 END,"
                           " updated_at = CASE WHEN CAST(? AS BIGINT) < 0 OR device.id <= ? THEN ?"
                           " ELSE updated_at END FROM ") +
                changeTable +
                // The id list too: without it SQLite scans every device and probes the changes for each (1M
                // devices: 1M probes for 42k changes); with it, it reads the changes and seeks each device.
                QStringLiteral(" c WHERE device.id = c.id AND device.version = c.version AND device.id IN"
                               " (SELECT id FROM ") +
                changeTable + u')',
            {m_createdAbove, m_createdAbove, m_createdAbove, m_createdAbove, at.toUTC().toString(Qt::ISODateWithMs)});
        !updated)
        return updated.error();
    // A device another writer saved since it was read (on a server, between the read above and this UPDATE) keeps
    // what that writer stored: it is left out here and of the audit, and its year is estimated again next time.
    // (Devices this transaction created are seen by no one else.)
    if (Status kept = runStatement(db,
                                   QStringLiteral("DELETE FROM %1 WHERE (CAST(? AS BIGINT) < 0 OR id <= ?)"
                                                  " AND NOT EXISTS (SELECT 1 FROM device d"
                                                  " WHERE d.id = %1.id AND d.version = %1.version + 1)")
                                       .arg(changeTable),
                                   {m_createdAbove, m_createdAbove});
        !kept)
        return kept.error();
    // Devices that existed before this change are audited and get a new version; those it created are not.
    const QVariantList audit = {at.toUTC().toString(Qt::ISODateWithMs),
                                context.who.isEmpty() ? currentActor() : context.who, context.reason,
                                nullIfZero(context.importId), m_createdAbove};
    const QString auditSql =
        QStringLiteral("INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, import_id)"
                       " SELECT ?, ?, id, '%1', %2, %3, ?, CAST(? AS BIGINT) FROM %4"
                       " WHERE (CAST(? AS BIGINT) < 0 OR id <= ?) AND %2 IS DISTINCT FROM %3 ORDER BY id");
    for (const auto& [field, before, after] :
         {std::tuple(QStringLiteral("production_year"), QStringLiteral("old_year"), QStringLiteral("new_year")),
          std::tuple(QStringLiteral("year_source"), yearSourceKeyCase(QStringLiteral("old_source")),
                     yearSourceKeyCase(QStringLiteral("new_source")))}) {
        QVariantList values = audit;
        values.append(m_createdAbove);
        if (Result<QSqlQuery> logged = runQuery(db, auditSql.arg(field, before, after, changeTable), values); !logged)
            return logged.error();
    }
    Result<QSqlQuery> counted = runQuery(db,
                                         QStringLiteral("SELECT COUNT(*) FROM ") + changeTable +
                                             QStringLiteral(" WHERE CAST(? AS BIGINT) < 0 OR id <= ?"),
                                         {m_createdAbove, m_createdAbove});
    if (!counted)
        return counted.error();
    counted.value().next();
    return counted.value().value(0).toLongLong();
}

} // namespace rullering
