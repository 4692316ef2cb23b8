// Status and every dashboard chart on a large register: how long a refresh of the Status page takes.
//   bench_status [DATABASE]   (default: a copy of /tmp/big.db, the 1,000,000-device demo register, made once
//                              at /tmp/bench_status.db because opening it adds this version's indexes)
// Prints wall-clock and CPU milliseconds per run (median and best of 7) for each figure, the Status page's whole
// refresh with the plan chart (the target of issue 6: < 300 ms at 1M devices), and the plan's own cost alone.

#include "planning/PlanService.h"
#include "reporting/Dashboard.h"
#include "reporting/StatusCalculator.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace rullering;

namespace {

struct Timing
{
    double wallMs;
    double cpuMs;
};

Timing measureOnce(const std::function<bool()>& run)
{
    QElapsedTimer wall;
    const std::clock_t cpu = std::clock();
    wall.start();
    if (!run())
        qFatal("benchmark step failed");
    return {double(wall.nsecsElapsed()) / 1e6, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
}

void measure(QTextStream& out, const QString& name, int runs, const std::function<bool()>& run)
{
    measureOnce(run); // warm the page cache and the statement cache
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const Timing t = measureOnce(run);
        wall.append(t.wallMs);
        cpu.append(t.cpuMs);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    out << name.leftJustified(58)
        << QStringLiteral("wall median %1 ms (best %2), cpu median %3 ms")
               .arg(wall[runs / 2], 7, 'f', 1)
               .arg(wall.constFirst(), 7, 'f', 1)
               .arg(cpu[runs / 2], 7, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString path = app.arguments().value(1);
    if (path.isEmpty()) {
        path = QStringLiteral("/tmp/bench_status.db");
        if (!QFile::exists(path) && !QFile::copy(QStringLiteral("/tmp/big.db"), path))
            qFatal("cannot copy /tmp/big.db to /tmp/bench_status.db");
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::OpenMode::MustExist);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    Database& db = *opened.value();
    QSqlDatabase connection = db.connection();
    const QDate asOf(2026, 11, 23);

    Result<StatusReport> check = StatusCalculator::compute(connection, asOf);
    if (!check)
        qFatal("%s", qPrintable(check.errorMessage()));
    out << "Database: " << path << Qt::endl
        << "Devices in use on " << asOf.toString(Qt::ISODate) << ": " << check->total.inUse() << ", due "
        << check->total.due() << ", municipalities " << check->rows.size() << Qt::endl;
    // A past date's status reads the import history (device_seen); the generated register has none. To measure
    // with one, add sightings to the copy first, e.g. (~480k rows):
    //   INSERT OR IGNORE INTO device_seen (device_id, seen_at) SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ',
    //     last_seen, '-150 days') FROM device WHERE last_seen IS NOT NULL AND id % 3 = 0;   (and '-60 days', % 7)
    QSqlQuery sightings(connection);
    if (sightings.exec(QStringLiteral("SELECT COUNT(*) FROM device_seen")) && sightings.next())
        out << "Import history: " << sightings.value(0).toLongLong() << " sightings on record" << Qt::endl;

    const int runs = 7;
    measure(out, QStringLiteral("status table (per municipality + total)"), runs,
            [&] { return StatusCalculator::compute(connection, asOf).ok(); });
    measure(out, QStringLiteral("status + age + progress + activity (one refresh)"), runs,
            [&] { return Dashboard::load(connection, asOf, 90).ok(); });
    // What the Done-when of issue 6 measures: the Status page's refresh with the plan chart showing, the plan
    // counted from the devices in use the status load has just counted.
    measure(out, QStringLiteral("status + every chart, the plan's included (one refresh)"), runs, [&] {
        Result<Dashboard> dashboard = Dashboard::load(connection, asOf, 90);
        if (!dashboard || !dashboard->inUse)
            return false;
        PlanService service(db);
        PlanPolicy policy = PlanService::defaultPolicy(asOf);
        policy.activityDays = 90;
        return service.summary(policy, &*dashboard->inUse).ok();
    });
    measure(out, QStringLiteral("one refresh, status date 15.06.2026"), runs, [&] {
        Result<Dashboard> d = Dashboard::load(connection, QDate(2026, 6, 15), 90);
        if (!d)
            qWarning("%s", qPrintable(d.errorMessage()));
        return d.ok();
    });
    measure(out, QStringLiteral("one refresh, 30-day window"), runs,
            [&] { return Dashboard::load(connection, asOf, 30).ok(); });

    Result<QList<Municipality>> municipalities = ReferenceRepository(connection).municipalities();
    if (municipalities && !municipalities->isEmpty()) {
        DeviceFilter oneMunicipality;
        for (const Municipality& m : municipalities.value()) {
            if (m.name == QLatin1String("Molde"))
                oneMunicipality.municipalityIds = {m.id};
        }
        if (oneMunicipality.municipalityIds.isEmpty())
            oneMunicipality.municipalityIds = {municipalities->constFirst().id};
        measure(out, QStringLiteral("one refresh, filtered to one municipality"), runs,
                [&] { return Dashboard::load(connection, asOf, 90, oneMunicipality).ok(); });
    }
    DeviceFilter laptops;
    laptops.types = {DeviceType::Laptop};
    measure(out, QStringLiteral("one refresh, filtered to laptops"), runs,
            [&] { return Dashboard::load(connection, asOf, 90, laptops).ok(); });
    DeviceFilter search;
    search.search = QStringLiteral("Latitude");
    measure(out, QStringLiteral("one refresh, filtered by search text \"Latitude\""), 3,
            [&] { return Dashboard::load(connection, asOf, 90, search).ok(); });
    search.search = QStringLiteral("ThinkPad"); // ~250k devices
    measure(out, QStringLiteral("one refresh, filtered by search text \"ThinkPad\""), 3,
            [&] { return Dashboard::load(connection, asOf, 90, search).ok(); });
    measure(out, QStringLiteral("one refresh, \"ThinkPad\", status date 15.06.2026"), 3,
            [&] { return Dashboard::load(connection, QDate(2026, 6, 15), 90, search).ok(); });

    measure(out, QStringLiteral("plan chart: load the register + plan summary"), 3, [&] {
        PlanService service(db);
        return service.summary(PlanService::defaultPolicy(asOf)).ok();
    });
    PlanService loaded(db);
    if (!loaded.load())
        qFatal("cannot load the plan input");
    measure(out, QStringLiteral("plan chart: plan summary, register already loaded"), 3,
            [&] { return loaded.summary(PlanService::defaultPolicy(asOf)).ok(); });
    return 0;
}
