#pragma once

#include "DeviceFilter.h"
#include "DeviceListQuery.h"
#include "domain/Device.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace rullering {

class QueryCancellation;

// Counts the register for a filter, and reads its first rows, on a thread of its own with its own connection to
// the database file, so that a slow search never freezes the window. A newer request supersedes the one running:
// that one stops within milliseconds (its query is interrupted) and is reported as cancelled, never as loaded.
// Signals arrive on the loader's thread, in request order.
class DeviceListLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListLoader)

public:
    struct Request
    {
        QString databasePath; // a file: an in-memory database has no second connection
        DeviceFilter filter;
        DeviceSort sort;
        int firstRows = 0; // rows to read from the start of the sorted list, with the count
    };

    explicit DeviceListLoader(QObject* parent = nullptr);
    // Cancels what runs and waits for it to stop.
    ~DeviceListLoader() override;

    // Starts request after cancelling any earlier one; returns its id for the signals.
    quint64 start(const Request& request);
    void cancel();

signals:
    void loaded(quint64 id, qint64 count, const QList<rullering::Device>& firstRows);
    void failed(quint64 id, const QString& message);
    void cancelled(quint64 id);

private:
    void run(quint64 id, const Request& request, const std::shared_ptr<QueryCancellation>& cancellation);

    QThreadPool m_pool; // one thread: requests run one after another, each stopping at once when superseded
    std::shared_ptr<QueryCancellation> m_current;
    quint64 m_lastId = 0;
};

} // namespace rullering
