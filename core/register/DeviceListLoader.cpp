#include "DeviceListLoader.h"

#include "storage/Database.h"
#include "storage/QueryCancellation.h"

#include <QRunnable>
#include <QSqlDatabase>

namespace rullering {

DeviceListLoader::DeviceListLoader(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<QList<Device>>();
}

DeviceListLoader::~DeviceListLoader()
{
    cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

quint64 DeviceListLoader::start(const Request& request)
{
    cancel();
    const quint64 id = ++m_lastId;
    m_current = std::make_shared<QueryCancellation>();
    std::shared_ptr<QueryCancellation> cancellation = m_current;
    m_pool.start(QRunnable::create([this, id, request, cancellation] { run(id, request, cancellation); }));
    return id;
}

void DeviceListLoader::cancel()
{
    if (m_current)
        m_current->cancel();
    m_current.reset();
}

void DeviceListLoader::run(quint64 id, const Request& request, const std::shared_ptr<QueryCancellation>& cancellation)
{
    // On the pool's thread. Results go back to the loader's thread as queued calls; the destructor waits for this
    // function, and a deleted loader drops calls still queued.
    auto report = [this](auto&& call) {
        QMetaObject::invokeMethod(this, std::forward<decltype(call)>(call), Qt::QueuedConnection);
    };
    auto reportCancelled = [&] {
        report([this, id] { emit cancelled(id); });
    };
    if (cancellation->isCancelled()) {
        reportCancelled(); // superseded while it waited: not even a connection
        return;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(request.databasePath, Database::OpenMode::MustExist);
    if (!opened) {
        report([this, id, message = opened.errorMessage()] { emit failed(id, message); });
        return;
    }
    const DeviceListQuery query(opened.value()->connection(), cancellation.get());
    Result<qint64> count = query.count(request.filter);
    Result<QList<Device>> rows = QList<Device>();
    if (count && request.firstRows > 0 && count.value() > 0)
        rows = query.page(request.filter, request.sort, 0, request.firstRows, count.value());
    const Error error = !count ? count.error() : !rows ? rows.error() : Error();
    if (!count || !rows) {
        if (error.code() == Error::Code::Cancelled)
            reportCancelled();
        else
            report([this, id, message = error.message()] { emit failed(id, message); });
        return;
    }
    report([this, id, total = count.value(), first = std::move(rows).value()] { emit loaded(id, total, first); });
}

} // namespace rullering
