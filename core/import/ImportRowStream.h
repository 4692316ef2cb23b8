#pragma once

#include "CsvReader.h"
#include "ImportRow.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace rullering {

// Reads and converts an import file's records on a thread of its own while the caller writes the previous ones to
// the database: on two cores the parsing costs next to nothing. Batches of records pass through a short queue,
// so memory stays flat however big the file. The reader must be open; it belongs to the stream until it ends.
class ImportRowStream
{
public:
    struct Item
    {
        qint64 line = 0;
        bool rejected = false;
        QString reason; // when rejected
        ImportRow row;  // otherwise
    };

    // batchRows: at least this many rows a batch (the writer's look-ahead reads a batch's devices in one query).
    ImportRowStream(CsvReader& reader, const ImportRowConverter& converter, size_t batchRows = 0);
    ~ImportRowStream(); // stops the thread
    ImportRowStream(const ImportRowStream&) = delete;
    ImportRowStream& operator=(const ImportRowStream&) = delete;

    // The next batch, in file order; false once every record was handed out.
    bool next(std::vector<Item>& batch);
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

private:
    void produce();
    void stop();

    CsvReader& m_reader;
    const ImportRowConverter& m_converter;
    NameTokens m_names; // the reading thread's
    const size_t m_batchRows;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_ready;
    // Batches the caller is done with, for the reading thread to empty and fill again: their memory is reused rather
    // than new pages touched for every batch (a fault each on a virtual machine; see docs/import-speed.md), and
    // their rows are freed by the thread that allocated their strings (freed by the caller, each string went back to
    // another thread's malloc arena: a tenth of the writing thread's time in a 120k-row import on a server).
    std::vector<std::vector<Item>> m_spare;
    bool m_finished = false;
    bool m_stopping = false;
    std::atomic<qint64> m_bytesRead{0};
    std::thread m_thread;
};

} // namespace rullering
