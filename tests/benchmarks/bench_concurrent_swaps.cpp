// Issue 18, point 5: a team on one register. 20 technicians (each a thread with its own connection) record 200 swaps
// each while a coordinator runs one big write at the same time. Prints whether all 4,000 swaps are stored exactly
// once (counted in the register afterwards), the swap latency (p50/p95/p99/max; goal p95 < 200 ms), the
// coordinator's time, and the longest time no swap finished while the coordinator was writing.
//
//   bench_concurrent_swaps --db ADDRESS|FILE [--load bulk-edit|import] [--csv FILE] [--cli PATH]
//                          [--technicians 20] [--swaps 200] [--rows 100000] [--pause MS]
//
// ADDRESS: an empty database on a server (postgresql://...), FILE: a register file that does not exist yet (the
// benchmark fills it: a generated fleet of rows + technicians × swaps devices). The coordinator's load:
//   bulk-edit  a bulk edit of the notes of --rows devices (none of them swapped), in one transaction;
//   import     `rullering-cli --db ... import --csv-file`: the import of FILE (--csv, e.g. 100k rows exported from
//              another generated register) through the CLI, in its own process.
// The issue asks for the import; on a server it needs the PostgreSQL import port (docs/postgresql.md).

#include "generate/FleetGenerator.h"
#include "register/BulkEditService.h"
#include "register/SwapService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>

using namespace rullering;

namespace {

struct Settings
{
    QString database;
    QString load = QStringLiteral("bulk-edit");
    QString csv;
    QString cli;
    int technicians = 20;
    int swaps = 200;
    qint64 rows = 100000;
    int pause = 0; // ms a technician waits after each swap
};

// What the coordinator does while the technicians swap: one function per kind of load, chosen by --load.
using CoordinatorLoad = std::function<QString(const Settings&, const QStringList& untouched)>; // "" when it worked

QString bulkEditLoad(const Settings& settings, const QStringList& untouched)
{
    Result<std::unique_ptr<Database>> db = Database::open(settings.database, Database::OpenMode::MustExist);
    if (!db)
        return db.errorMessage();
    QList<DeviceStamp> selection; // read inside the edit's transaction (version 0), as a redo does
    for (const QString& id : untouched)
        selection.append({id.toLongLong(), 0});
    BulkEdit edit;
    edit.notes = QStringLiteral("Inventert desember 2026");
    Result<BulkEditOutcome> outcome = BulkEditService(db.value()->connection()).apply(selection, edit);
    if (!outcome)
        return outcome.errorMessage();
    if (outcome->changedDevices != selection.size())
        return QStringLiteral("the bulk edit changed %1 of %2 devices")
            .arg(outcome->changedDevices)
            .arg(selection.size());
    return {};
}

QString importLoad(const Settings& settings, const QStringList&)
{
    QProcess cli;
    cli.start(settings.cli, {QStringLiteral("--db"), settings.database, QStringLiteral("import"), settings.csv});
    if (!cli.waitForFinished(-1) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        return QStringLiteral("import exit %1: %2 %3")
            .arg(cli.exitCode())
            .arg(QString::fromUtf8(cli.readAllStandardError()), cli.errorString());
    return {};
}

QString noLoad(const Settings&, const QStringList&)
{
    return {};
}

// The coordinator's file when --csv is not given: the register's own export (through rullering-cli, as a coordinator
// would make it), cut to the --rows devices no technician swaps, each with new notes, so that every row is an update
// of a device. Returns "" when it worked.
QString writeImportFile(const Settings& settings, const QSet<QString>& serials, const QString& path)
{
    const QString exported = path + QStringLiteral(".export");
    QProcess cli;
    cli.start(settings.cli, {QStringLiteral("--db"), settings.database, QStringLiteral("export"),
                             QStringLiteral("devices"), QStringLiteral("-o"), exported});
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0)
        return QStringLiteral("export: %1").arg(QString::fromUtf8(cli.readAllStandardError()));
    QFile in(exported), out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(path);
    const QByteArray header = in.readLine();
    const QList<QByteArray> names = header.trimmed().split(';');
    const qsizetype notes = names.indexOf(QByteArrayLiteral("Notes"));
    if (notes < 0 || header.contains('"'))
        return QStringLiteral("unexpected export header: %1").arg(QString::fromUtf8(header));
    out.write(header);
    qint64 written = 0;
    while (!in.atEnd() && written < settings.rows) {
        const QByteArray line = in.readLine();
        QList<QByteArray> fields = line.chopped(line.endsWith('\n') ? 1 : 0).split(';');
        if (line.contains('"') || fields.size() != names.size() ||
            !serials.contains(QString::fromUtf8(fields.constFirst())))
            continue; // a quoted field would need a CSV parser: the generated fleet has none
        fields[notes] = QByteArrayLiteral("Inventert desember 2026");
        out.write(fields.join(';') + '\n');
        ++written;
    }
    in.close();
    QFile::remove(exported);
    if (written != settings.rows)
        return QStringLiteral("only %1 rows for the import").arg(written);
    return {};
}

QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    Result<QSqlQuery> query = runQuery(db, sql);
    if (!query)
        qFatal("%s", qPrintable(query.errorMessage()));
    while (query.value().next())
        values.append(query.value().value(0).toString());
    return values;
}

qint64 number(const QSqlDatabase& db, const QString& sql)
{
    const QStringList values = column(db, sql);
    return values.isEmpty() ? -1 : values.constFirst().toLongLong();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine()).section(u' ', 0, 2) : QString();
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype at = std::min(sorted.size() - 1, qsizetype(p * double(sorted.size())));
    return sorted.at(at);
}

Settings parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Register: server address or new file."),
                                QStringLiteral("ADDRESS"));
    const QCommandLineOption load(QStringLiteral("load"), QStringLiteral("none, bulk-edit or import."),
                                  QStringLiteral("KIND"), QStringLiteral("bulk-edit"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("The file the import load imports (default: --rows devices of the "
                                                "register's own export no technician swaps, with new notes)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("rullering-cli for the import load."),
                                 QStringLiteral("PATH"),
                                 app.applicationDirPath() + QStringLiteral("/../../app/cli/rullering-cli"));
    const QCommandLineOption technicians(QStringLiteral("technicians"), QStringLiteral("Threads."), QStringLiteral("N"),
                                         QStringLiteral("20"));
    const QCommandLineOption swaps(QStringLiteral("swaps"), QStringLiteral("Swaps per technician."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption pause(QStringLiteral("pause"),
                                   QStringLiteral("Milliseconds a technician waits after each swap (0: none)."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows of the bulk edit or import."),
                                  QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({db, load, csv, cli, technicians, swaps, rows, pause});
    parser.process(app);
    Settings settings;
    settings.database = parser.value(db);
    settings.load = parser.value(load);
    settings.csv = parser.value(csv);
    settings.cli = QFileInfo(parser.value(cli)).absoluteFilePath();
    settings.technicians = parser.value(technicians).toInt();
    settings.swaps = parser.value(swaps).toInt();
    settings.rows = parser.value(rows).toLongLong();
    settings.pause = parser.value(pause).toInt();
    if (settings.database.isEmpty() ||
        !QStringList{QStringLiteral("none"), QStringLiteral("bulk-edit"), QStringLiteral("import")}.contains(
            settings.load) ||
        settings.technicians < 1 || settings.swaps < 1)
        parser.showHelp(2);
    return settings;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Settings settings = parse(app);
    const int totalSwaps = settings.technicians * settings.swaps;

    // The register: a generated fleet with enough devices in use for every swap and the coordinator's rows besides.
    Result<std::unique_ptr<Database>> opened = Database::open(settings.database);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    Database& database = *opened.value();
    const QSqlDatabase db = database.connection();
    if (number(db, QStringLiteral("SELECT COUNT(*) FROM device")) != 0)
        qFatal("the register must be empty: the benchmark fills it");
    GenerateOptions generate;
    generate.devices = std::max<qint64>(settings.rows * 13 / 10 + totalSwaps * 2, 10000);
    QElapsedTimer setup;
    setup.start();
    if (Result<GenerateSummary> made = FleetGenerator::generate(database, generate); !made)
        qFatal("%s", qPrintable(made.errorMessage()));
    // Old devices: in use, put into use no later than today (the swap is dated today).
    const QStringList old =
        column(db, QStringLiteral("SELECT serial FROM device WHERE state = %1 AND serial IS NOT NULL"
                                  " AND (in_service_from IS NULL OR in_service_from <= '%2') ORDER BY id LIMIT %3")
                       .arg(int(LifecycleState::InUse))
                       .arg(QDate::currentDate().toString(Qt::ISODate))
                       .arg(totalSwaps));
    if (old.size() != totalSwaps)
        qFatal("only %lld devices in use to swap", qlonglong(old.size()));
    const QString lastOld = old.constLast();
    const QStringList untouched = column(
        db, QStringLiteral("SELECT id FROM device WHERE id > (SELECT id FROM device WHERE serial = '%1') ORDER BY id"
                           " LIMIT %2")
                .arg(lastOld)
                .arg(settings.rows));
    if (settings.load != QLatin1String("none") && untouched.size() != settings.rows)
        qFatal("only %lld devices for the coordinator", qlonglong(untouched.size()));
    Settings run = settings;
    QTemporaryDir folder;
    if (settings.load == QLatin1String("import") && settings.csv.isEmpty()) {
        const QStringList serials =
            column(db, QStringLiteral("SELECT serial FROM device WHERE id >= %1 AND id <= %2 AND serial IS NOT NULL")
                           .arg(untouched.constFirst(), untouched.constLast()));
        run.csv = folder.filePath(QStringLiteral("import.csv"));
        if (const QString why = writeImportFile(settings, QSet<QString>(serials.begin(), serials.end()), run.csv);
            !why.isEmpty())
            qFatal("%s", qPrintable(why));
    }
    out << QStringLiteral("Register: %1 (%2), %3 devices generated in %4 s; load average %5")
               .arg(database.displayPath(),
                    database.isServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
               .arg(number(db, QStringLiteral("SELECT COUNT(*) FROM device")))
               .arg(double(setup.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(loadAverage())
        << Qt::endl;
    const CoordinatorLoad coordinatorLoad = settings.load == QLatin1String("import")      ? importLoad
                                            : settings.load == QLatin1String("bulk-edit") ? bulkEditLoad
                                                                                          : noLoad;
    out << QStringLiteral("Coordinator's load: %1")
               .arg(settings.load == QLatin1String("import")
                        ? QStringLiteral("import of %1 through rullering-cli%2")
                              .arg(run.csv,
                                   settings.csv.isEmpty()
                                       ? QStringLiteral(" (%1 devices nobody swaps, new notes)").arg(settings.rows)
                                       : QString())
                    : settings.load == QLatin1String("bulk-edit")
                        ? QStringLiteral("bulk edit of the notes of %1 devices, in one transaction")
                              .arg(untouched.size())
                        : QStringLiteral("none"))
        << Qt::endl;

    // The generated fleet has swaps of its own: count the audit rows the benchmark's swaps add.
    const QString swapAuditSql =
        QStringLiteral("SELECT COUNT(*) FROM audit WHERE reason = 'swap' AND field = 'replaced_by'");
    const qint64 swapAuditsBefore = number(db, swapAuditSql);

    // Every technician: its own connection, 200 swaps, each timed.
    std::barrier start(settings.technicians + 1);
    std::mutex lock;
    QList<double> latencies;
    QList<qint64> finishedAt; // ms since the start, per swap
    QStringList failures;
    QElapsedTimer clock;
    std::vector<std::thread> technicians;
    for (int t = 0; t < settings.technicians; ++t) {
        technicians.emplace_back([&, t] {
            Result<std::unique_ptr<Database>> mine = Database::open(settings.database, Database::OpenMode::MustExist);
            start.arrive_and_wait();
            if (!mine) {
                std::lock_guard guard(lock);
                failures.append(mine.errorMessage());
                return;
            }
            SwapService service(mine.value()->connection());
            const QString name = QStringLiteral("Tekniker %1").arg(t + 1);
            for (int i = 0; i < settings.swaps; ++i) {
                const int n = i * settings.technicians + t; // interleaved: neighbours swap at the same time
                QElapsedTimer timer;
                timer.start();
                Result<SwapOutcome> swapped = service.swap(
                    {old.at(n), QStringLiteral("BENCH-%1-%2").arg(t, 2, 10, QChar(u'0')).arg(i), name, {}});
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                {
                    std::lock_guard guard(lock);
                    if (swapped) {
                        latencies.append(ms);
                        finishedAt.append(clock.elapsed());
                    } else {
                        failures.append(swapped.errorMessage());
                    }
                }
                if (settings.pause > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(settings.pause));
            }
        });
    }
    clock.start();
    start.arrive_and_wait();
    QString coordinatorError;
    qint64 coordinatorStart = 0, coordinatorEnd = 0;
    std::thread coordinator([&] {
        coordinatorStart = clock.elapsed();
        coordinatorError = coordinatorLoad(run, untouched);
        coordinatorEnd = clock.elapsed();
    });
    for (std::thread& technician : technicians)
        technician.join();
    const qint64 swapsEnd = clock.elapsed();
    coordinator.join();

    // What the register holds: each old device replaced once, by its own new device; each new device once.
    const qint64 replaced =
        number(db, QStringLiteral("SELECT COUNT(*) FROM device o JOIN device n ON n.id = o.replaced_by_id"
                                  " WHERE o.state = %1 AND n.serial LIKE 'BENCH-%' AND n.state = %2")
                       .arg(int(LifecycleState::Replaced))
                       .arg(int(LifecycleState::InUse)));
    const qint64 newDevices = number(db, QStringLiteral("SELECT COUNT(*) FROM device WHERE serial LIKE 'BENCH-%'"));
    const qint64 swapAudits = number(db, swapAuditSql) - swapAuditsBefore;
    std::sort(latencies.begin(), latencies.end());
    std::sort(finishedAt.begin(), finishedAt.end());
    qint64 longestGap = 0, longestGapOverall = 0;
    for (qsizetype i = 1; i < finishedAt.size(); ++i) {
        longestGapOverall = std::max(longestGapOverall, finishedAt[i] - finishedAt[i - 1]);
        if (finishedAt[i] >= coordinatorStart && finishedAt[i - 1] <= coordinatorEnd)
            longestGap = std::max(longestGap, finishedAt[i] - finishedAt[i - 1]);
    }
    const bool exactlyOnce = replaced == totalSwaps && newDevices == totalSwaps && swapAudits == totalSwaps;
    out << QStringLiteral("Swaps: %1 technicians x %2 = %3 asked, %4 reported stored, %5 refused")
               .arg(settings.technicians)
               .arg(settings.swaps)
               .arg(totalSwaps)
               .arg(latencies.size())
               .arg(failures.size())
        << Qt::endl;
    out << QStringLiteral("Stored: %1 old devices replaced by a BENCH device, %2 BENCH devices, %3 swap audit rows: %4")
               .arg(replaced)
               .arg(newDevices)
               .arg(swapAudits)
               .arg(exactlyOnce ? QStringLiteral("all stored exactly once") : QStringLiteral("MISMATCH"))
        << Qt::endl;
    out << QStringLiteral("Swap latency: p50 %1 ms, p95 %2 ms (goal < 200), p99 %3 ms, max %4 ms; %5 swaps/s")
               .arg(percentile(latencies, 0.50), 0, 'f', 1)
               .arg(percentile(latencies, 0.95), 0, 'f', 1)
               .arg(percentile(latencies, 0.99), 0, 'f', 1)
               .arg(latencies.isEmpty() ? 0.0 : latencies.constLast(), 0, 'f', 1)
               .arg(double(latencies.size()) * 1000.0 / double(std::max<qint64>(swapsEnd, 1)), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("Coordinator: %1 in %2 s (swaps ran %3 s); longest time without a finished swap while it "
                          "wrote: %4 ms (%5 ms over the whole run)")
               .arg(coordinatorError.isEmpty() ? QStringLiteral("complete")
                                               : QStringLiteral("FAILED: ") + coordinatorError)
               .arg(double(coordinatorEnd - coordinatorStart) / 1000.0, 0, 'f', 2)
               .arg(double(swapsEnd) / 1000.0, 0, 'f', 2)
               .arg(longestGap)
               .arg(longestGapOverall)
        << Qt::endl;
    out << QStringLiteral("Load average at the end: %1").arg(loadAverage()) << Qt::endl;
    for (qsizetype i = 0; i < std::min<qsizetype>(failures.size(), 5); ++i)
        out << QStringLiteral("  refused: ") << failures.at(i) << Qt::endl;
    return exactlyOnce && coordinatorError.isEmpty() && failures.isEmpty() ? 0 : 1;
}
