// The register on a big database: start → first rows painted, each structured filter, search p50/p95, sorts on
// indexed columns, peak memory. Prints figures; asserts nothing (see docs/CONTRIBUTING.md).
//
//   bench_register [DATABASE]   (default $RULLERING_BENCH_DB, else /tmp/big.db; a postgresql:// address: a server)
//
// Opening a database written by an older schema upgrades it in place; the benchmark refuses to do that to the
// shared demo file: copy it first, or pass --upgrade.
#include "register/DeviceListQuery.h"
#include "register/DeviceTableModel.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "storage/ReferenceRepository.h"
#include "storage/SchemaManager.h"
#include "storage/ServerAddress.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace rullering;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

// What the register does when a filter or sort changes: count, then read the rows on screen.
double timeView(DeviceTableModel& model, const std::function<void()>& change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    for (int row = 0; row < qMin(model.rowCount(), 40); ++row)
        model.index(row, 0).data();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A file's schema version, read without opening it as a register (which would upgrade it). A server register is
// never the shared demo file: its version is checked when it is opened (a newer one is refused there).
int schemaVersionOf(const QString& path)
{
    if (ServerAddress::isServerAddress(path))
        return SchemaManager::currentVersion();
    sqlite3* db = nullptr;
    int version = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Paints of the table's viewport once it has rows: the moment the person sees the register.
class FirstRowsPainted : public QObject
{
public:
    FirstRowsPainted(QTableView* table, QElapsedTimer& clock)
        : m_table(table)
        , m_clock(clock)
    {}
    qint64 at = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (at < 0 && event->type() == QEvent::Paint && watched == m_table->viewport() &&
            m_table->model()->rowCount() > 0)
            at = m_clock.elapsed();
        return false;
    }

private:
    QTableView* m_table;
    QElapsedTimer& m_clock;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QTemporaryDir settingsHome; // a clean QSettings: no saved window or header state
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("rullering-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_register"));

    QStringList arguments = app.arguments().mid(1);
    const bool upgrade = arguments.removeAll(QStringLiteral("--upgrade")) > 0;
    QString path = arguments.value(0, qEnvironmentVariable("RULLERING_BENCH_DB"));
    if (path.isEmpty())
        path = QStringLiteral("/tmp/big.db");
    const int version = schemaVersionOf(path);
    if (version < 0) {
        out << "Cannot read " << path << Qt::endl;
        return 1;
    }
    if (version < SchemaManager::currentVersion() && !upgrade) {
        out << path << " has schema " << version << " and would be upgraded to " << SchemaManager::currentVersion()
            << " in place. Copy it and pass the copy, or add --upgrade." << Qt::endl;
        return 1;
    }

    // 1. Start → first rows painted: the real window, the real page.
    AppSession session;
    MainWindow window(session);
    window.resize(1400, 900);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("deviceTable"));
    FirstRowsPainted painted(table, sinceStart);
    table->viewport()->installEventFilter(&painted);
    QElapsedTimer openClock;
    openClock.start();
    if (!window.openDatabase(path, false))
        return 1;
    const qint64 openMs = openClock.elapsed();
    while (painted.at < 0 && sinceStart.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    out << "Database: " << path << Qt::endl;
    out << "Devices: " << QString::number(DeviceListQuery(session.database()->connection()).count({}).value())
        << Qt::endl;
    out << QStringLiteral("start -> first rows painted: %1 ms (opening the database: %2 ms)")
               .arg(painted.at)
               .arg(openMs)
        << Qt::endl;
    out << "peak RSS after start: " << peakRssMb() << " MB" << Qt::endl << Qt::endl;

    // 2. Each structured filter, as the model runs it (count + the rows on screen). Median of 5.
    DeviceTableModel model;
    model.setDatabase(session.database());
    ReferenceRepository references(session.database()->connection());
    const qint64 municipality = references.municipalities()->value(0).id;
    const qint64 location = references.locations(municipality)->value(0).id;
    const qint64 department = references.departments(municipality)->value(0).id;
    const qint64 network = references.networks()->value(0).id;
    const QDate reference(2026, 11, 23);
    const QList<QPair<QString, std::function<void(DeviceFilter&)>>> filters = {
        {QStringLiteral("municipality"),
         [&](DeviceFilter& f) {
             f.municipalityIds = {municipality};
         }},
        {QStringLiteral("location"),
         [&](DeviceFilter& f) {
             f.locationIds = {location};
         }},
        {QStringLiteral("department"),
         [&](DeviceFilter& f) {
             f.departmentIds = {department};
         }},
        {QStringLiteral("network"),
         [&](DeviceFilter& f) {
             f.networkIds = {network};
         }},
        {QStringLiteral("type laptop"),
         [](DeviceFilter& f) {
             f.types = {DeviceType::Laptop};
         }},
        {QStringLiteral("type printer"),
         [](DeviceFilter& f) {
             f.types = {DeviceType::Printer};
         }},
        {QStringLiteral("state in use"),
         [](DeviceFilter& f) {
             f.states = {LifecycleState::InUse};
         }},
        {QStringLiteral("state replaced"),
         [](DeviceFilter& f) {
             f.states = {LifecycleState::Replaced};
         }},
        {QStringLiteral("production year 2018-2019"),
         [](DeviceFilter& f) {
             f.productionYearFrom = 2018;
             f.productionYearTo = 2019;
         }},
        {QStringLiteral("due year 2026"),
         [](DeviceFilter& f) {
             f.dueYear = 2026;
         }},
        {QStringLiteral("seen within 30 days"),
         [&](DeviceFilter& f) {
             f.seenWithinDays = 30;
             f.reference = reference;
         }},
        {QStringLiteral("not seen for 90 days"),
         [&](DeviceFilter& f) {
             f.notSeenForDays = 90;
             f.reference = reference;
         }},
        {QStringLiteral("municipality + laptop + in use"),
         [&](DeviceFilter& f) {
             f.municipalityIds = {municipality};
             f.types = {DeviceType::Laptop};
             f.states = {LifecycleState::InUse};
         }},
    };
    out << "Structured filters (count + first screen, median of 5, sorted by device name):" << Qt::endl;
    double worstFilter = 0;
    for (const auto& [name, set] : filters) {
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            DeviceFilter filter;
            set(filter);
            model.setFilter(DeviceFilter());
            times.append(timeView(model, [&] { model.setFilter(filter); }));
        }
        const double median = percentile(times, 0.5);
        worstFilter = qMax(worstFilter, median);
        out << QStringLiteral("  %1 %2 ms  (%3 devices)")
                   .arg(name.leftJustified(34))
                   .arg(median, 8, 'f', 1)
                   .arg(model.totalCount())
            << Qt::endl;
    }
    out << QStringLiteral("  worst: %1 ms").arg(worstFilter, 0, 'f', 1) << Qt::endl << Qt::endl;

    // 3. Search: what people type — surnames, parts of serials and host names, model names.
    const QStringList searches = {
        QStringLiteral("hansen"),    QStringLiteral("olsen"),    QStringLiteral("Sæther"), QStringLiteral("kari"),
        QStringLiteral("PFX2R"),     QStringLiteral("5CG1"),     QStringLiteral("MOL-L1"), QStringLiteral("HUS-D10"),
        QStringLiteral("latitude"),  QStringLiteral("ThinkPad"), QStringLiteral("iPad"),   QStringLiteral("ProDesk"),
        QStringLiteral("T14 Gen 3"), QStringLiteral("M70q"),     QStringLiteral("Ingrid"), QStringLiteral("berg"),
        QStringLiteral("zzzq"),      QStringLiteral("VES-T"),    QStringLiteral("Moe"),    QStringLiteral("Elite"),
    };
    QList<double> searchTimes;
    out << "Search (count + first screen):" << Qt::endl;
    for (const QString& text : searches) {
        for (int run = 0; run < 3; ++run) {
            DeviceFilter filter;
            filter.search = text;
            model.setFilter(DeviceFilter());
            const double ms = timeView(model, [&] { model.setFilter(filter); });
            searchTimes.append(ms);
            if (run == 2)
                out << QStringLiteral("  %1 %2 ms  (%3 devices)")
                           .arg(text.leftJustified(12))
                           .arg(ms, 8, 'f', 1)
                           .arg(model.totalCount())
                    << Qt::endl;
        }
    }
    out << QStringLiteral("  p50 %1 ms, p95 %2 ms")
               .arg(percentile(searchTimes, 0.5), 0, 'f', 1)
               .arg(percentile(searchTimes, 0.95), 0, 'f', 1)
        << Qt::endl
        << Qt::endl;

    // 4. Sorts on indexed columns, the whole register.
    model.setFilter(DeviceFilter());
    out << "Sorts on indexed columns (first screen, median of 5):" << Qt::endl;
    for (DeviceColumn column : {DeviceColumn::Hostname, DeviceColumn::Serial, DeviceColumn::ProductionYear,
                                DeviceColumn::LastSeen, DeviceColumn::State}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<double> times;
            for (int run = 0; run < 5; ++run) {
                model.sort(static_cast<int>(DeviceColumn::Model), Qt::AscendingOrder);
                times.append(timeView(model, [&] { model.sort(static_cast<int>(column), order); }));
            }
            out << QStringLiteral("  %1 %2 %3 ms")
                       .arg(deviceColumnTitle(column).leftJustified(18))
                       .arg(order == Qt::AscendingOrder ? QStringLiteral("asc ") : QStringLiteral("desc"))
                       .arg(percentile(times, 0.5), 8, 'f', 1)
                << Qt::endl;
        }
    }
    // Scrolling to the middle of the register: a page far from the start.
    model.sort(static_cast<int>(DeviceColumn::Hostname), Qt::AscendingOrder);
    QElapsedTimer scroll;
    scroll.start();
    model.index(model.rowCount() / 2, 0).data();
    out << QStringLiteral("  jump to the middle row: %1 ms").arg(double(scroll.nsecsElapsed()) / 1e6, 0, 'f', 1)
        << Qt::endl
        << Qt::endl;
    out << "peak RSS: " << peakRssMb() << " MB" << Qt::endl;
    return 0;
}
