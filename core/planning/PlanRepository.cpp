#include "PlanRepository.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace rullering {
PlanRepository::PlanRepository(Connection db)
    : m_db(std::move(db))
{}

Result<QStringList> PlanRepository::names() const
{
    Result<QSqlQuery> query =
        runQuery(m_db, QStringLiteral("SELECT name FROM named_item WHERE kind = ? ORDER BY name"), {kind()});
    if (!query)
        return query.error();
    QStringList names;
    while (query.value().next())
        names.append(query.value().value(0).toString());
    return names;
}

Result<PlanPolicy> PlanRepository::load(const QString& name) const
{
    Result<QSqlQuery> query =
        runQuery(m_db, QStringLiteral("SELECT value FROM named_item WHERE kind = ? AND name = ?"), {kind(), name});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(QCoreApplication::translate("PlanRepository", "There is no saved plan named \"%1\".").arg(name),
                     Error::Code::NotFound);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value().value(0).toString().toUtf8(), &parseError);
    if (!document.isObject())
        return Error(QCoreApplication::translate("PlanRepository", "The saved plan \"%1\" is damaged: %2")
                         .arg(name, parseError.errorString()),
                     Error::Code::Invalid);
    Result<PlanPolicy> policy = PlanPolicy::fromJson(document.object());
    if (!policy)
        return Error(
            QCoreApplication::translate("PlanRepository", "The saved plan \"%1\": %2").arg(name, policy.errorMessage()),
            Error::Code::Invalid);
    return policy;
}

Status PlanRepository::save(Transaction& tx, const QString& name, const PlanPolicy& policy)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(QCoreApplication::translate("PlanRepository", "A plan needs a name."), Error::Code::Invalid);
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return Error(problem, Error::Code::Invalid);
    const QString json = QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return runStatement(tx.database(),
                        QStringLiteral("INSERT INTO named_item (kind, name, value, updated_at, updated_by)"
                                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET"
                                       " value = excluded.value, updated_at = excluded.updated_at,"
                                       " updated_by = excluded.updated_by"),
                        {kind(), trimmed, json, now, currentActor()});
}

Status PlanRepository::remove(Transaction& tx, const QString& name)
{
    Result<QSqlQuery> query =
        runQuery(tx.database(), QStringLiteral("DELETE FROM named_item WHERE kind = ? AND name = ?"), {kind(), name});
    if (!query)
        return query.error();
    if (query.value().numRowsAffected() == 0)
        return Error(QCoreApplication::translate("PlanRepository", "There is no saved plan named \"%1\".").arg(name),
                     Error::Code::NotFound);
    return {};
}

namespace {
const QString CurrentName = QStringLiteral("current");
const QString FollowsTodayKey = QStringLiteral("statusDateFollowsToday");
} // namespace

Result<PlanPolicy> PlanRepository::current(const QDate& today) const
{
    Result<QSqlQuery> query = runQuery(m_db, QStringLiteral("SELECT value FROM named_item WHERE kind = ? AND name = ?"),
                                       {currentKind(), CurrentName});
    if (!query)
        return query.error();
    if (!query.value().next())
        return PlanPolicy::defaults(today);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value().value(0).toString().toUtf8(), &parseError);
    if (!document.isObject())
        return Error(QCoreApplication::translate("PlanRepository", "The saved current plan settings are damaged: %1")
                         .arg(parseError.errorString()),
                     Error::Code::Invalid);
    Result<PlanPolicy> policy = PlanPolicy::fromJson(document.object());
    if (!policy)
        return Error(QCoreApplication::translate("PlanRepository", "The saved current plan settings are damaged: %1")
                         .arg(policy.errorMessage()),
                     Error::Code::Invalid);
    if (document.object().value(FollowsTodayKey).toBool() && policy.value().statusDate != today) {
        policy.value().firstYear = today.year();
        policy.value().statusDate = today;
    }
    return policy;
}

Status PlanRepository::saveCurrent(const PlanPolicy& policy, const QDate& today)
{
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return Error(problem, Error::Code::Invalid);
    QJsonObject json = policy.toJson();
    json.insert(FollowsTodayKey, policy.statusDate == today && policy.firstYear == today.year());
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Status saved = runStatement(tx.database(),
                                QStringLiteral("INSERT INTO named_item (kind, name, value, updated_at, updated_by)"
                                               " VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET"
                                               " value = excluded.value, updated_at = excluded.updated_at,"
                                               " updated_by = excluded.updated_by"),
                                {currentKind(), CurrentName, text, now, currentActor()});
    if (!saved)
        return saved;
    return tx.commit();
}

Status PlanRepository::save(const QString& name, const PlanPolicy& policy)
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (Status saved = save(tx, name, policy); !saved)
        return saved;
    return tx.commit();
}

} // namespace rullering
