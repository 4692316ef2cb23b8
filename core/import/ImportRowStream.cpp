#include "ImportRowStream.h"

#include "util/VectorState.h"

#include <QCoreApplication>

#include <algorithm>

namespace rullering {
namespace {

// The rows in flight, queued or being filled or written, are fresh memory: each page a fault on a virtual machine
// (see docs/import-speed.md). 128 rows a batch instead of 512: a 12k-row import 3,650 -> 3,110 page faults.
constexpr size_t BatchRows = 128;
constexpr size_t QueuedBatches = 3;

} // namespace

ImportRowStream::ImportRowStream(CsvReader& reader, const ImportRowConverter& converter, size_t batchRows)
    : m_reader(reader)
    , m_converter(converter)
    , m_batchRows(std::max(batchRows, BatchRows))
    , m_thread([this] { produce(); })
{}

ImportRowStream::~ImportRowStream()
{
    stop();
}

void ImportRowStream::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ImportRowStream::produce()
{
    std::vector<Item> batch;
    batch.reserve(m_batchRows);
    auto hand = [this, &batch]() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < QueuedBatches; });
        if (m_stopping)
            return false;
        m_ready.push_back(std::move(batch));
        batch = {};
        if (!m_spare.empty()) {
            batch = std::move(m_spare.back());
            m_spare.pop_back();
        }
        lock.unlock();
        m_changed.notify_all();
        batch.clear(); // the rows the caller is done with, freed here (not under the lock)
        batch.reserve(m_batchRows);
        return true;
    };
    bool running = true;
    while (running && m_reader.readRecord()) {
        clearUpperVectorState();
        Item item;
        if (const auto& error = m_reader.recordError()) {
            item.line = error->line;
            item.rejected = true;
            item.reason =
                QCoreApplication::translate("ImportApplier", "column %1: %2").arg(error->column).arg(error->message);
        } else {
            item.line = m_reader.recordLine();
            Result<ImportRow> row = m_converter.convert(m_reader);
            if (row) {
                item.row = std::move(row.value());
                m_names.number(item.row);
            } else {
                item.rejected = true;
                item.reason = row.errorMessage();
            }
        }
        batch.push_back(std::move(item));
        if (batch.size() == m_batchRows) {
            m_bytesRead.store(m_reader.bytesRead(), std::memory_order_relaxed);
            running = hand();
        }
    }
    m_bytesRead.store(m_reader.bytesRead(), std::memory_order_relaxed);
    if (running && !batch.empty())
        hand();
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool ImportRowStream::next(std::vector<Item>& batch)
{
    // The caller is done with it: back to the reading thread, rows and all, to be emptied and filled there. Freed
    // here, if the reader has stopped.
    std::vector<Item> spent = std::move(batch);
    std::unique_lock lock(m_mutex);
    if (spent.capacity() > 0 && !m_finished)
        m_spare.push_back(std::move(spent));
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return false;
    batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace rullering
