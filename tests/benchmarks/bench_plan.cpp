// Measures the plan over a large register: the load (one pass over the devices in use), the computation of both
// plans, a levelled plan with capacities, a procurement list and a drill-down. Prints figures; asserts nothing.
//
//   bench_plan [DATABASE] [--as-of YYYY-MM-DD] [--repeat N]     (default /tmp/big.db, 2026-11-23, 3)
//
// The database is opened as it is; a schema upgrade would write to it, so benchmark a copy of a shared file.

#include "planning/PlanService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace rullering;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path = QStringLiteral("/tmp/big.db");
    QDate asOf(2026, 11, 23);
    int repeat = 3;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--as-of") && i + 1 < args.size())
            asOf = QDate::fromString(args[++i], Qt::ISODate);
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else
            path = args[i];
    }
    QTextStream out(stdout);
    Result<std::unique_ptr<Database>> database = Database::open(path, Database::OpenMode::MustExist);
    if (!database) {
        out << "bench_plan: " << database.errorMessage() << Qt::endl;
        return 1;
    }

    PlanPolicy policy = PlanPolicy::defaults(asOf);
    policy.levelled = true;
    PlanPolicy capped = policy;
    PlanService probe(*database.value());

    auto report = [&](const char* what, qint64 best, qint64 worst) {
        out << QString::fromLatin1(what).leftJustified(46) << QString::number(best).rightJustified(6) << " ms (worst "
            << worst << " ms)" << Qt::endl;
    };
    qint64 bestLoad = LLONG_MAX, worstLoad = 0, bestCompute = LLONG_MAX, worstCompute = 0;
    qint64 bestTotal = LLONG_MAX, worstTotal = 0;
    for (int r = 0; r < repeat; ++r) {
        PlanService service(*database.value());
        QElapsedTimer timer;
        timer.start();
        if (Status loaded = service.load(); !loaded) {
            out << "bench_plan: " << loaded.errorMessage() << Qt::endl;
            return 1;
        }
        const qint64 load = timer.restart();
        Result<PlanResult> computed = service.compute(policy);
        const qint64 compute = timer.elapsed();
        Result<PlanSummary> summary =
            computed ? Result<PlanSummary>(PlanService::summarise(computed.value())) : computed.error();
        if (!summary) {
            out << "bench_plan: " << summary.errorMessage() << Qt::endl;
            return 1;
        }
        bestLoad = std::min(bestLoad, load);
        worstLoad = std::max(worstLoad, load);
        bestCompute = std::min(bestCompute, compute);
        worstCompute = std::max(worstCompute, compute);
        bestTotal = std::min(bestTotal, load + compute);
        worstTotal = std::max(worstTotal, load + compute);
        if (r == 0) {
            out << "database " << path << ", status date " << asOf.toString(Qt::ISODate) << ", "
                << service.input().items.size() << " devices in use, " << summary->rows.size() << " plan rows, collect "
                << summary->collect << ", needs data " << summary->needsData << Qt::endl;
            // Half of each municipality's first-year straight demand as its capacity: forces carried overdue.
            for (const PlanRow& row : summary->rows) {
                if (row.year == policy.firstYear)
                    capped.municipalities[row.municipalityId].capacity = std::max<qint64>(1, row.straight / 2);
            }
        }
    }
    // Wall time depends on what else runs on the machine; CPU time (this process) is the steadier figure.
    qint64 bestSummary = LLONG_MAX, worstSummary = 0, bestSummaryCpu = LLONG_MAX;
    for (int r = 0; r < repeat; ++r) {
        PlanService service(*database.value());
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        Result<PlanSummary> summary = service.summary(policy);
        const qint64 elapsed = timer.elapsed();
        bestSummaryCpu = std::min<qint64>(bestSummaryCpu, (std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
        if (!summary) {
            out << "bench_plan: " << summary.errorMessage() << Qt::endl;
            return 1;
        }
        bestSummary = std::min(bestSummary, elapsed);
        worstSummary = std::max(worstSummary, elapsed);
    }
    report("plan summary counted by SQL, target < 1000", bestSummary, worstSummary);
    out << "  CPU time of the best summary run: " << bestSummaryCpu << " ms" << Qt::endl;
    report("load (one pass over devices in use)", bestLoad, worstLoad);
    report("compute straight + levelled plans", bestCompute, worstCompute);
    report("device-level plan (load + compute)", bestTotal, worstTotal);

    QElapsedTimer timer;
    timer.start();
    Result<PlanSummary> cappedSummary = probe.summary(capped);
    const qint64 firstCapped = timer.restart();
    cappedSummary = probe.summary(capped);
    report("levelled summary with capacities", firstCapped, firstCapped);
    report("the same summary again (warm cache)", timer.restart(), 0);
    qint64 overdue = 0;
    for (const PlanRow& row : cappedSummary->rows)
        overdue += row.overdue;
    out << "  overdue device-years with capacities: " << overdue << ", unplaced " << cappedSummary->unplaced
        << Qt::endl;

    timer.restart();
    Result<ProcurementList> list = probe.procurement(policy, policy.firstYear);
    report("procurement list for the first year", timer.restart(), 0);
    if (list)
        out << "  " << list->lines.size() << " lines, " << list->totalQuantity << " devices" << Qt::endl;

    Result<PlanResult> result = probe.compute(policy);
    timer.restart();
    if (result && !result->rows.isEmpty()) {
        Result<QList<PlanService::DeviceEntry>> devices =
            probe.devices(result.value(), result->rows.constFirst().municipalityId, policy.firstYear);
        report("drill-down to one municipality's first year", timer.elapsed(), 0);
        if (devices)
            out << "  " << devices->size() << " devices" << Qt::endl;
    }
    return 0;
}
