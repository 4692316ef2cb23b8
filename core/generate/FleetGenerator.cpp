#include "FleetGenerator.h"

#include "FleetCatalog.h"
#include "Random.h"
#include "domain/Device.h"
#include "storage/AuditLog.h"
#include "storage/BulkInsert.h"
#include "storage/BulkWriteSettings.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/IndexSuspension.h"
#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace rullering {
namespace {

constexpr int FirstYear = 2014;
constexpr int LastYear = 2024;
constexpr std::array<int, 11> YearWeights = {2, 3, 5, 8, 12, 12, 11, 11, 10, 10, 8};
// Molde bought heavily in 2018 and 2019: the bulge the levelled plan must even out.
constexpr std::array<int, 11> MoldeYearWeights = {2, 3, 4, 6, 24, 24, 8, 7, 7, 7, 7};
// By DeviceType value: desktop, laptop, tablet, printer, other, phone, server.
constexpr std::array<int, DeviceTypeCount> TypeWeights = {24, 52, 14, 7, 3, 8, 1};
constexpr std::array<int, 7> YearSourceWeights = {1, 10, 35, 25, 15, 10, 4}; // by YearSource value

struct Place
{
    qint64 locationId;
    qint64 departmentId;
    bool school;
};

struct MunicipalityData
{
    qint64 id;
    QString code;
    QList<Place> places;
    qint64 townHallId;
    qint64 centralDepartmentId;
};

// Unique, random-looking serials: the index times a constant coprime to 36, modulo 36^len, is a bijection.
QString serialFor(const QString& manufacturer, qint64 index)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString prefix;
    int length = 8;
    if (manufacturer == QLatin1String("LENOVO")) {
        prefix = QStringLiteral("PF");
        length = 6;
    } else if (manufacturer == QLatin1String("HP")) {
        prefix = QStringLiteral("5CG");
        length = 7;
    } else if (manufacturer == QLatin1String("Apple")) {
        prefix = QStringLiteral("DMP");
        length = 9;
    } else if (manufacturer.startsWith(QLatin1String("Dell"))) {
        length = 7;
    } else {
        prefix = manufacturer.left(2).toUpper();
        length = 8;
    }
    quint64 modulus = 1;
    for (int i = 0; i < length; ++i)
        modulus *= 36;
    quint64 value = (static_cast<quint64>(index) * 1'000'000'007ULL + 12345) % modulus;
    QString body(length, u'0');
    for (int i = length - 1; i >= 0; --i) {
        body[i] = QLatin1Char(digits[value % 36]);
        value /= 36;
    }
    return prefix + body;
}

QChar typeLetter(DeviceType type)
{
    switch (type) {
    case DeviceType::Desktop:
        return u'D';
    case DeviceType::Laptop:
        return u'L';
    case DeviceType::Tablet:
        return u'T';
    case DeviceType::Printer:
        return u'P';
    case DeviceType::Phone:
        return u'M';
    case DeviceType::Server:
        return u'S';
    case DeviceType::Other:
        break;
    }
    return u'X';
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<GenerateSummary> FleetGenerator::generate(Database& database, const GenerateOptions& options,
                                                 const Progress& progress)
{
    if (options.devices <= 0)
        return Error(QCoreApplication::translate("FleetGenerator", "The number of devices must be at least 1."),
                     Error::Code::Invalid);
    if (!options.asOf.isValid())
        return Error(QCoreApplication::translate("FleetGenerator", "The reference date is not a valid date."),
                     Error::Code::Invalid);
    QSqlDatabase db = database.connection();
    {
        Result<QSqlQuery> existing = runQuery(db, QStringLiteral("SELECT COUNT(*) FROM device"));
        if (!existing)
            return existing.error();
        existing.value().next();
        if (existing.value().value(0).toLongLong() > 0)
            return Error(QCoreApplication::translate(
                             "FleetGenerator",
                             "The database already holds devices; demo data is only generated into an empty one."),
                         Error::Code::Refused);
    }
    const BulkWriteSettings bulkWrite(db, 256 * 1024); // put back after the commit, whatever happens
    Transaction tx(db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    ReferenceRepository refs(db);
    Random rng(options.seed);

    // Reference data.
    const auto& catalog = FleetCatalog::municipalities();
    const int municipalityCount = options.devices <= 50'000 ? 5 : options.devices <= 200'000 ? 14 : int(catalog.size());
    QList<MunicipalityData> municipalities;
    QList<int> municipalityWeights;
    auto fail = [](const Error& error) {
        return Result<GenerateSummary>(error);
    };
    for (int m = 0; m < municipalityCount; ++m) {
        const FleetCatalog::MunicipalityInfo& info = catalog[m];
        Result<qint64> mid = refs.ensureMunicipality(tx, QString::fromUtf8(info.name));
        if (!mid)
            return fail(mid.error());
        MunicipalityData data{mid.value(), QString::fromLatin1(info.code), {}, 0, 0};
        QHash<QString, qint64> departmentIds;
        for (const char* name : FleetCatalog::departments()) {
            Result<qint64> did = refs.ensureDepartment(tx, data.id, QString::fromUtf8(name));
            if (!did)
                return fail(did.error());
            departmentIds.insert(QString::fromUtf8(name), did.value());
        }
        const QStringList adminDepartments = {QStringLiteral("Sentraladministrasjonen"),
                                              QStringLiteral("Økonomi"),
                                              QStringLiteral("Personal og organisasjon"),
                                              QStringLiteral("Teknisk"),
                                              QStringLiteral("Plan og byggesak"),
                                              QStringLiteral("Kultur"),
                                              QStringLiteral("NAV"),
                                              QStringLiteral("Eiendom"),
                                              QStringLiteral("IKT"),
                                              QStringLiteral("Barnevern")};
        for (const char* central : FleetCatalog::centralLocations()) {
            Result<qint64> lid = refs.ensureLocation(tx, data.id, QString::fromUtf8(central));
            if (!lid)
                return fail(lid.error());
            const QString department = QString::fromUtf8(central) == QLatin1String("Helsehuset") ||
                                               QString::fromUtf8(central) == QLatin1String("Legevakta")
                                           ? QStringLiteral("Helse og omsorg")
                                           : adminDepartments[rng.below(int(adminDepartments.size()))];
            data.places.append({lid.value(), departmentIds.value(department), false});
            if (data.townHallId == 0) {
                data.townHallId = lid.value();
                data.centralDepartmentId = departmentIds.value(QStringLiteral("Sentraladministrasjonen"));
            }
        }
        const auto& kinds = FleetCatalog::locationKinds();
        for (const char* place : info.places) {
            for (int k = 0; k < 3; ++k) {
                const QString kind = QString::fromUtf8(kinds[rng.below(int(kinds.size()))]);
                Result<qint64> lid = refs.ensureLocation(tx, data.id, kind.arg(QString::fromUtf8(place)));
                if (!lid)
                    return fail(lid.error());
                const bool school = kind.contains(QLatin1String("skole"));
                const QString department =
                    school                                      ? QStringLiteral("Skole")
                    : kind.contains(QLatin1String("barnehage")) ? QStringLiteral("Barnehage")
                    : kind.contains(QLatin1String("helsestasjon"))
                        ? QStringLiteral("Helse og omsorg")
                        : (rng.chance(0.5) ? QStringLiteral("Helse og omsorg") : QStringLiteral("Hjemmetjenesten"));
                if (std::none_of(data.places.cbegin(), data.places.cend(),
                                 [&](const Place& p) { return p.locationId == lid.value(); }))
                    data.places.append({lid.value(), departmentIds.value(department), school});
            }
        }
        municipalities.append(data);
        municipalityWeights.append(info.weight);
    }
    Result<qint64> adminNet = refs.ensureNetwork(tx, QStringLiteral("Administrativt nett"));
    Result<qint64> pupilNet = refs.ensureNetwork(tx, QStringLiteral("Elevnett"));
    Result<qint64> electionPool = refs.ensurePool(tx, QStringLiteral("Valg 2023"), QDate(2023, 9, 12));
    if (!adminNet || !pupilNet || !electionPool)
        return fail(!adminNet ? adminNet.error() : !pupilNet ? pupilNet.error() : electionPool.error());

    // Models by type and year: the model sold that year, else the nearest older one.
    const auto& models = FleetCatalog::models();
    QHash<int, QList<int>> modelCandidates; // key: type * 10000 + year
    auto modelFor = [&](DeviceType type, int year) -> const FleetCatalog::ModelInfo& {
        QList<int>& candidates = modelCandidates[static_cast<int>(type) * 10000 + year];
        if (candidates.isEmpty()) {
            int bestYear = -1;
            for (int i = 0; i < models.size(); ++i) {
                if (models[i].type != type || models[i].year > year)
                    continue;
                if (models[i].year > bestYear) {
                    bestYear = models[i].year;
                    candidates.clear();
                }
                if (models[i].year == bestYear)
                    candidates.append(i);
            }
            for (int i = 0; candidates.isEmpty() && i < models.size(); ++i) {
                if (models[i].type == type)
                    candidates.append(i);
            }
        }
        return models[candidates[rng.below(int(candidates.size()))]];
    };

    // Bulk load: indexes are built once at the end (the larger page cache above keeps the load from spilling).
    Result<IndexSuspension> suspended =
        IndexSuspension::suspend(tx, {QStringLiteral("device"), QStringLiteral("audit")});
    if (!suspended)
        return fail(suspended.error());

    // Each engine's fast path (BulkInsert: prepared rows on SQLite, COPY on PostgreSQL); the audit rows point at
    // their devices, so the devices' rows go first.
    Result<std::unique_ptr<BulkInsert>> insertWriter = BulkInsert::open(
        db, QStringLiteral("device"),
        {QStringLiteral("serial"),          QStringLiteral("hostname"),      QStringLiteral("type"),
         QStringLiteral("manufacturer"),    QStringLiteral("model"),         QStringLiteral("production_year"),
         QStringLiteral("year_source"),     QStringLiteral("purchase_date"), QStringLiteral("municipality_id"),
         QStringLiteral("location_id"),     QStringLiteral("department_id"), QStringLiteral("network_id"),
         QStringLiteral("primary_user"),    QStringLiteral("last_seen"),     QStringLiteral("state"),
         QStringLiteral("replaced_by_id"),  QStringLiteral("replaced_on"),   QStringLiteral("replaced_by_technician"),
         QStringLiteral("in_service_from"), QStringLiteral("keep"),          QStringLiteral("pool_id"),
         QStringLiteral("notes"),           QStringLiteral("created_at"),    QStringLiteral("updated_at"),
         QStringLiteral("version")});
    if (!insertWriter)
        return Error(QCoreApplication::translate("FleetGenerator", "Cannot prepare the demo data: %1")
                         .arg(insertWriter.errorMessage()));
    BulkInsert& insert = *insertWriter.value();
    Result<std::unique_ptr<BulkInsert>> auditWriter = BulkInsert::open(
        db, QStringLiteral("audit"),
        {QStringLiteral("at"), QStringLiteral("who"), QStringLiteral("device_id"), QStringLiteral("field"),
         QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("reason")},
        &insert, false);
    if (!auditWriter)
        return Error(QCoreApplication::translate("FleetGenerator", "Cannot prepare the demo data: %1")
                         .arg(auditWriter.errorMessage()));
    BulkInsert& audit = *auditWriter.value();

    const QDateTime generatedAt(options.asOf, QTime(6, 0), Qt::UTC);
    const QString generatedText = isoTime(generatedAt);
    const QString who = currentActor();
    const int asOfYear = options.asOf.year();
    const auto& firstNames = FleetCatalog::firstNames();
    const auto& lastNames = FleetCatalog::lastNames();
    const QStringList technicians = {QStringLiteral("Kåre Tekniker"), QStringLiteral("Siri Bøe"),
                                     QStringLiteral("Ørjan Lie"), QStringLiteral("Åsmund Hauge")};

    qint64 written = 0;
    qint64 swaps = 0;
    QString error;
    auto writeRow = [&](const Device& d, const QString& createdAt) -> qint64 {
        insert.text(1, d.serial);
        insert.text(2, d.hostname);
        insert.integer(3, static_cast<int>(d.type));
        insert.text(4, d.manufacturer);
        insert.text(5, d.model);
        if (d.productionYear > 0)
            insert.integer(6, d.productionYear);
        else
            insert.idOrNull(6, 0);
        insert.integer(7, static_cast<int>(d.yearSource));
        insert.utf8(8, isoDate(d.purchaseDate));
        insert.idOrNull(9, d.municipalityId);
        insert.idOrNull(10, d.locationId);
        insert.idOrNull(11, d.departmentId);
        insert.idOrNull(12, d.networkId);
        insert.text(13, d.primaryUser);
        insert.utf8(14, isoUtc(d.lastSeen));
        insert.integer(15, static_cast<int>(d.state));
        insert.idOrNull(16, d.replacedById);
        insert.utf8(17, isoDate(d.replacedOn));
        insert.text(18, d.replacedByTechnician);
        insert.utf8(19, isoDate(d.inServiceFrom));
        insert.integer(20, d.keep ? 1 : 0);
        insert.idOrNull(21, d.poolId);
        insert.text(22, d.notes);
        insert.text(23, createdAt);
        insert.text(24, createdAt);
        insert.integer(25, 1);
        const qint64 id = insert.insert();
        if (id == 0) {
            error = insert.errorText();
            return 0;
        }
        ++written;
        return id;
    };
    auto writeAudit = [&](const QString& at, const QString& byWho, qint64 deviceId, const char* field,
                          const QString& oldValue, const QString& newValue, const char* reason) {
        audit.text(1, at);
        audit.text(2, byWho);
        audit.integer(3, deviceId);
        audit.text(4, QString::fromLatin1(field));
        audit.text(5, oldValue);
        audit.text(6, newValue);
        audit.text(7, QString::fromLatin1(reason));
        if (audit.insert() == 0) {
            error = audit.errorText();
            return false;
        }
        return true;
    };

    qint64 serialIndex = 0;
    qint64 reported = 0;
    while (written < options.devices) {
        const MunicipalityData& muni = municipalities[rng.weighted(municipalityWeights)];
        const bool molde = muni.code == QLatin1String("MOL");
        Device d;
        d.type = static_cast<DeviceType>(rng.weighted(TypeWeights));
        d.municipalityId = muni.id;
        const Place& place = muni.places[rng.below(int(muni.places.size()))];
        d.locationId = place.locationId;
        d.departmentId = place.departmentId;
        const bool pupil =
            place.school && (d.type == DeviceType::Laptop || d.type == DeviceType::Tablet) && rng.chance(0.6);
        d.networkId = pupil ? pupilNet.value() : adminNet.value();
        const int year = FirstYear + rng.weighted(molde ? MoldeYearWeights : YearWeights);
        const FleetCatalog::ModelInfo& model = modelFor(d.type, year);
        d.manufacturer = QString::fromUtf8(model.manufacturer);
        d.model = QString::fromUtf8(model.model);
        d.yearSource = static_cast<YearSource>(rng.weighted(YearSourceWeights));
        d.productionYear = d.yearSource == YearSource::Unknown ? 0 : year;
        if (d.yearSource == YearSource::PurchaseDate || rng.chance(0.3))
            d.purchaseDate = QDate(year, 1, 1).addDays(rng.below(360));
        d.serial = serialFor(d.manufacturer, ++serialIndex);
        d.hostname = muni.code + u'-' + typeLetter(d.type) + QString::number(100000 + serialIndex);
        const bool personal =
            !pupil && (d.type == DeviceType::Laptop || d.type == DeviceType::Desktop || d.type == DeviceType::Phone ||
                       (d.type == DeviceType::Tablet && rng.chance(0.5)));
        if (personal && rng.chance(0.88))
            d.primaryUser = QString::fromUtf8(firstNames[rng.below(int(firstNames.size()))]) + u' ' +
                            QString::fromUtf8(lastNames[rng.below(int(lastNames.size()))]);
        const bool stale = rng.chance(0.05);
        const int daysAgo = stale ? rng.between(100, 720) : rng.between(0, 30);
        d.lastSeen = QDateTime(options.asOf.addDays(-daysAgo), QTime(7, 0), Qt::UTC).addSecs(rng.below(11 * 3600));
        d.state = LifecycleState::InUse;
        const int stateRoll = rng.below(1000);
        if (stateRoll < 5) {
            d.state = LifecycleState::InStock;
        } else if (stateRoll < 8) {
            d.state = LifecycleState::Ordered;
        } else if (stateRoll < 16) {
            d.state = LifecycleState::Retired;
        } else if (stateRoll < 17) {
            d.state = LifecycleState::Lost;
        }
        if (d.state == LifecycleState::InStock || d.state == LifecycleState::Ordered) {
            d.productionYear = asOfYear;
            d.yearSource = YearSource::PurchaseDate;
            d.purchaseDate = options.asOf.addDays(-rng.between(1, 60));
            const FleetCatalog::ModelInfo& fresh = modelFor(d.type, asOfYear);
            d.manufacturer = QString::fromUtf8(fresh.manufacturer);
            d.model = QString::fromUtf8(fresh.model);
            d.primaryUser.clear();
            d.lastSeen = QDateTime();
            d.locationId = muni.townHallId;
            d.departmentId = muni.centralDepartmentId;
        }
        // The 2023 election pool: laptops bought for the election, waiting at the town hall.
        if (d.state == LifecycleState::InUse && d.type == DeviceType::Laptop && year == 2023 && rng.chance(0.04)) {
            d.state = LifecycleState::InPool;
            d.poolId = electionPool.value();
            d.locationId = muni.townHallId;
            d.departmentId = muni.centralDepartmentId;
            d.primaryUser.clear();
            d.lastSeen = QDateTime(QDate(2023, 9, 11), QTime(18, 0), Qt::UTC);
        }
        if (d.state == LifecycleState::InUse && rng.chance(0.005)) {
            d.keep = true;
            d.notes = QStringLiteral("Brukes til eksamen – skal ikke byttes før ny avtale");
        }

        // The rollout swaps the types a plan replaces; phones and servers are renewed outside it.
        const bool due = plannedByDefault(d.type) && d.productionYear > 0 &&
                         d.productionYear + defaultLifetimeYears(d.type) <= asOfYear;
        const int daysIntoYear = options.asOf.dayOfYear() - 1;
        if (d.state == LifecycleState::InUse && due && daysIntoYear > 0 && written + 2 <= options.devices &&
            rng.chance(0.35)) {
            // Swapped this year: the new device first, so the old one can point at it.
            Device fresh = d;
            const QDate swapDate = QDate(asOfYear, 1, 1).addDays(1 + rng.below(daysIntoYear));
            const FleetCatalog::ModelInfo& freshModel = modelFor(d.type, asOfYear);
            fresh.manufacturer = QString::fromUtf8(freshModel.manufacturer);
            fresh.model = QString::fromUtf8(freshModel.model);
            fresh.productionYear = asOfYear;
            fresh.yearSource = YearSource::PurchaseDate;
            fresh.purchaseDate = swapDate.addDays(-rng.between(7, 40));
            fresh.serial = serialFor(fresh.manufacturer, ++serialIndex);
            fresh.hostname = muni.code + u'-' + typeLetter(d.type) + QString::number(100000 + serialIndex);
            fresh.inServiceFrom = swapDate;
            const int sinceSwap = static_cast<int>(swapDate.daysTo(options.asOf));
            fresh.lastSeen = QDateTime(options.asOf.addDays(-rng.between(0, qMin(sinceSwap, 20))), QTime(8, 0), Qt::UTC)
                                 .addSecs(rng.below(9 * 3600));
            const QString swapAt = isoTime(QDateTime(swapDate, QTime(10, 0), Qt::UTC));
            const QString technician = technicians[rng.below(int(technicians.size()))];
            const qint64 freshId = writeRow(fresh, swapAt);
            if (freshId == 0 ||
                !writeAudit(swapAt, technician, freshId, "created", QString(), fresh.serial, AuditReason::Swap))
                break;
            d.state = LifecycleState::Replaced;
            d.replacedById = freshId;
            d.replacedOn = swapDate;
            d.replacedByTechnician = technician;
            d.lastSeen = qMin(d.lastSeen, QDateTime(swapDate, QTime(8, 0), Qt::UTC));
            const qint64 oldId = writeRow(d, generatedText);
            if (oldId == 0 ||
                !writeAudit(generatedText, who, oldId, "created", QString(), d.serial, AuditReason::Generate) ||
                !writeAudit(swapAt, technician, oldId, "state", lifecycleStateKey(LifecycleState::InUse),
                            lifecycleStateKey(LifecycleState::Replaced), AuditReason::Swap) ||
                !writeAudit(swapAt, technician, oldId, "replaced_by", QString(), fresh.serial, AuditReason::Swap))
                break;
            ++swaps;
        } else {
            const qint64 id = writeRow(d, generatedText);
            if (id == 0 || !writeAudit(generatedText, who, id, "created", QString(), d.serial, AuditReason::Generate))
                break;
        }
        if (progress && written - reported >= 20000) {
            reported = written;
            if (!progress(written, options.devices))
                return Error(QCoreApplication::translate("FleetGenerator", "Cancelled; nothing was stored."),
                             Error::Code::Refused);
        }
    }
    if (error.isEmpty()) {
        for (BulkInsert* writer : {&insert, &audit}) { // the rows still queued (in this order: audit after devices)
            if (Status sent = writer->finish(); !sent && error.isEmpty())
                error = sent.errorMessage();
        }
    }
    if (!error.isEmpty())
        return Error(
            QCoreApplication::translate("FleetGenerator", "Storing the demo data failed, nothing was stored: %1")
                .arg(error));
    if (Status restored = suspended.value().restore(tx); !restored)
        return fail(restored.error());

    const Status committed = tx.commit();
    if (!committed)
        return committed.error();
    // The first reads of a fresh server register (the window's count, status) need statistics and a visibility
    // map; autovacuum would bring them only minutes later.
    if (Status refreshed = Engine::of(db).refreshStatistics(db); !refreshed)
        return refreshed.error();
    if (progress && reported != written)
        progress(written, options.devices);
    return GenerateSummary{written, municipalities.size(), swaps};
}

} // namespace rullering
