#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportProfile.h"
#include "ImportReport.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace rullering {

class Database;

struct ImportOptions
{
    std::optional<ImportProfile> profile; // unset: detected from the header
    std::optional<ColumnMapping> mapping; // replaces the profile's mapping
    std::optional<CsvReader::Encoding> encoding;
    QChar delimiter;      // null: detected
    QString municipality; // for rows that name none; overrides the mapping's (import --municipality)
    bool dryRun = false;
    bool skipRejected = false;
    int detailLimit = 10000; // diffs, missing devices and hostname matches kept in the report
    // Whether the report's diffs list the devices the import created (the wizard shows them; the CLI prints only
    // the changes to stored devices, so it leaves them out: at 12k rows into an empty register they were 10,000
    // entries, about 280 fresh memory pages).
    bool listCreated = true;
    // From how many rows a load into an empty register builds its serial and device-name indexes after the rows,
    // finding repeats within the file in memory (FirstLoadKeys) and writing each link to an earlier line's device
    // with its row, instead of inserting into the two indexes row by row and linking afterwards. Every size gains
    // (interleaved runs, 2026-12-06, the default against keys from 100 rows): 500 rows 0.980x, 2k 0.989x, 5k
    // 0.955x, 12k 0.968x, 40k 0.970x; 1M rows: 6.1-7.4 -> 3.6-4.6 s for the rows. Both ways give the same verdicts;
    // the tests run both.
    qint64 keysInMemoryFromRows = 0;
    // Called now and then with bytes done and total (over both passes); returning false cancels (rolled back).
    std::function<bool(qint64 done, qint64 total)> progress;
    // Runs after every row was applied and before COMMIT, inside the import's transaction (not in a dry run, not
    // when rejected rows block the apply). A failure rolls the whole import back. For work that belongs to the
    // same change, such as the status snapshot taken at each import.
    std::function<Status(Transaction& tx, qint64 importId)> beforeCommit;
};

// What the wizard shows before anything is decided: encoding, delimiter, header, the detected profile with its
// mapping, and the first records as read.
struct ImportPreview
{
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    QChar delimiter;
    QStringList header;
    ImportProfile detectedProfile = ImportProfile::Generic;
    ColumnMapping mapping;
    QList<QStringList> rows;
    QList<qint64> lines;
};

// The import: reads the file twice (first to hash it and to decide each date column's day/month order over the
// whole file, then to apply), all rows in one transaction. A dry run is the same work rolled back, so its counts
// are the apply's counts. Rejected rows block the apply unless skipRejected; cancelling rolls back.
class ImportApplier
{
public:
    static Result<ImportPreview> preview(const QString& path, const ImportOptions& options, int rows = 50);
    static Result<ImportReport> run(Database& database, const QString& path, const ImportOptions& options);
};

} // namespace rullering
