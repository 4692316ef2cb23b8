#include "ImportApplier.h"

#include "DeviceImportWriter.h"
#include "ImportRow.h"
#include "ImportRowStream.h"
#include "storage/AuditLog.h"
#include "storage/BulkLoadConnection.h"
#include "storage/BulkWriteSettings.h"
#include "storage/Database.h"
#include "storage/IndexSuspension.h"
#include "storage/SearchIndexBatch.h"
#include "storage/Sql.h"
#include "util/VectorState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <ctime>
#include <optional>

namespace rullering {
namespace {

// SQLite's page cache during an import (the default 2 MB makes index updates of a big load go to disk).
constexpr int ImportCacheKiB = 96 * 1024;

// From how many rows a first load into an empty register writes through a rollback journal instead of the WAL.
// 12k rows (~8 MB of pages) overflow the WAL's checkpoint threshold, so in WAL mode the commit also checkpoints:
// commit 64-71 ms in WAL, 30-33 ms through the journal (alternating runs, whole import 0.35 -> 0.32 s).
constexpr qint64 FirstLoadRows = 5000;

CsvReader::Options readerOptions(const ImportOptions& options)
{
    CsvReader::Options csv;
    csv.encoding = options.encoding;
    csv.delimiter = options.delimiter;
    return csv;
}

QString openErrorText(const CsvReader& reader, const Status& status)
{
    if (const auto& e = reader.openError(); e && e->line > 0)
        return QCoreApplication::translate("ImportApplier", "line %1, column %2: %3")
            .arg(e->line)
            .arg(e->column)
            .arg(e->message);
    return status.errorMessage();
}

// A header the reader could only guess at (a stray or unclosed quote): its columns cannot be trusted to map.
Status checkHeader(const CsvReader& reader)
{
    const auto& e = reader.openError();
    if (!e || e->line <= 0)
        return {};
    return Error(QCoreApplication::translate("ImportApplier", "line %1, column %2: the header row is malformed: %3")
                     .arg(e->line)
                     .arg(e->column)
                     .arg(e->message),
                 Error::Code::Invalid);
}

qint64 singleNumber(const QSqlDatabase& db, const QString& sql)
{
    Result<QSqlQuery> query = runQuery(db, sql);
    if (!query || !query.value().next())
        return 0;
    return query.value().value(0).toLongLong();
}

} // namespace

Result<ImportPreview> ImportApplier::preview(const QString& path, const ImportOptions& options, int rows)
{
    CsvReader reader;
    if (Status opened = reader.open(path, readerOptions(options)); !opened)
        return Error(openErrorText(reader, opened), opened.error().code());
    if (Status header = checkHeader(reader); !header)
        return header.error();
    ImportPreview preview;
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.header = reader.header();
    preview.detectedProfile = detectImportProfile(preview.header);
    preview.mapping = options.mapping
                          ? *options.mapping
                          : mappingForProfile(options.profile.value_or(preview.detectedProfile), preview.header);
    while (preview.rows.size() < rows && reader.readRecord()) {
        preview.rows.append(reader.fields());
        preview.lines.append(reader.recordLine());
    }
    return preview;
}

Result<ImportReport> ImportApplier::run(Database& database, const QString& path, const ImportOptions& options)
{
    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    report.dryRun = options.dryRun;
    const qint64 fileSize = QFileInfo(path).size();
    // Progress in thirds: the first pass over the file, the rows, then what follows them (the audit, the indexes and
    // the word index rebuilt: at 1M rows into an empty register as long as the rows themselves).
    const qint64 third = qMax<qint64>(1, fileSize);
    const qint64 totalWork = 3 * third;

    // RULLERING_IMPORT_TIMING=1 prints each phase's time on stderr (for the benchmark): wall time, and the CPU time
    // of all the process's threads (less disturbed by a shared machine's load).
    const bool timing = qEnvironmentVariableIntValue("RULLERING_IMPORT_TIMING") != 0;
    QElapsedTimer clock;
    clock.start();
    std::clock_t cpu = timing ? std::clock() : 0;
    auto phase = [&](const char* name) {
        if (!timing)
            return;
        const std::clock_t now = std::clock();
        qInfo("import phase %-12s %7lld ms %7lld ms CPU", name, clock.restart(),
              (long long)((now - cpu) * 1000 / CLOCKS_PER_SEC));
        cpu = now;
    };

    // Pass 1: decide the date columns' order; hash the file when this pass reads all of it.
    Sha256 hash;
    const CsvReader::Options csv = readerOptions(options);
    // Released after this pass (below): the second pass's buffers then reuse its memory rather than new pages.
    std::optional<CsvReader> scan(std::in_place);
    if (Status opened = scan->open(path, csv); !opened)
        return Error(openErrorText(*scan, opened), opened.error().code());
    if (Status header = checkHeader(*scan); !header)
        return header.error();
    report.encoding = CsvReader::encodingName(scan->encoding());
    report.delimiter = CsvReader::delimiterName(scan->delimiter());
    report.header = scan->header();
    const ImportProfile profile = options.profile.value_or(detectImportProfile(report.header));
    const ColumnMapping mapping = options.mapping ? *options.mapping : mappingForProfile(profile, report.header);
    report.profileKey = options.mapping ? mapping.profileKey : importProfileKey(profile);
    ResolvedMapping resolved = resolveMapping(mapping, report.header);
    for (const QString& name : std::as_const(resolved.missingColumns))
        report.warnings.append(
            QCoreApplication::translate("ImportApplier",
                                        "The mapping names the column \"%1\", which this file does not have.")
                .arg(name));
    if (!resolved.isMapped(ImportField::Serial) && !resolved.isMapped(ImportField::Hostname))
        return Error(QCoreApplication::translate(
                         "ImportApplier",
                         "No column of %1 holds a serial number or a device name for the profile \"%2\"; choose "
                         "another profile or map the columns.")
                         .arg(report.fileName, report.profileKey),
                     Error::Code::Invalid);

    report.ignoredColumns = ignoredColumns(mapping, report.header);
    const ColumnMapping suggested = suggestedMapping(mapping, report.header);
    for (ImportField field : allImportFields()) {
        for (const QString& column : suggested[field])
            report.suggestedColumns.append({column, importFieldKey(field)});
    }

    // The whole file is read first only when a date column's day/month order must be decided over it; profiles
    // whose dates are ISO pin the order, and their first pass stops after a sample that estimates the row count.
    const QList<ImportField> dateFields = dateImportFields();
    DateOrderDecision dateOrders(resolved);
    const bool fullScan = dateOrders.needed();
    // Hashed here only when this pass reads every byte; a sample leaves the hash to the second pass (which reads
    // them all anyway), rather than hashing its first megabyte in vain (12k rows: 29 M instructions).
    const bool firstPassHashes = fullScan && scan->hashFromStart(&hash);
    constexpr qint64 SampleRecords = 2000;
    qint64 sampleChars = 0;
    qint64 records = 0;

    // Without the full pass the row count is only estimated, and the text open() decoded is enough for that: the
    // same reader then reads the rows, hashing every byte from the file's first (a second opening read and decoded
    // that megabyte again). A small file keeps the sample, which reads all of it and finds a file without rows.
    Sha256 secondHash;
    bool readerKept = false;
    if (!fullScan) {
        if (const std::optional<qint64> estimate = scan->estimatedRecords(); estimate && *estimate >= SampleRecords) {
            readerKept = scan->hashFromStart(&secondHash);
            if (readerKept)
                records = *estimate;
        }
    }
    while (!readerKept && (fullScan || records < SampleRecords) && scan->readRecord()) {
        ++records;
        if (!fullScan) {
            for (qsizetype i = 0; i < scan->fieldCount(); ++i)
                sampleChars += scan->field(i).size() + 1;
        }
        dateOrders.addRecord([&scan](qsizetype i) { return scan->field(i); }, scan->fieldCount());
        if ((records & 4095) == 0 && options.progress && !options.progress(scan->bytesRead(), totalWork)) {
            report.cancelled = true;
            return report;
        }
    }
    if (!fullScan && !readerKept && records == SampleRecords) // estimated from the sample
        records = qMax(records, fileSize / qMax<qint64>(1, sampleChars / records));
    if (firstPassHashes)
        report.sha256 = QString::fromLatin1(hash.result().toHex());
    if (!readerKept)
        scan.reset();
    phase("scan");
    if (records == 0)
        return Error(
            QCoreApplication::translate("ImportApplier", "line 2, column 1: the file has a header but no rows."),
            Error::Code::Invalid);
    for (ImportField field : dateFields) {
        const DateOrderVote& vote = dateOrders.vote(field);
        QStringList columns; // a field may read several (AD's two last-logon columns): the vote covers them all
        for (int column : resolved[field])
            columns.append(report.header[column]);
        const QString column = columns.join(QStringLiteral(" / ")); // inside the message's own quotes
        if (vote.conflicting())
            report.warnings.append(
                QCoreApplication::translate("ImportApplier",
                                            "The column \"%1\" has dates that only work day first and others that only "
                                            "work month first; rows that do not fit month first are rejected.")
                    .arg(column));
        else if (vote.ambiguous())
            report.warnings.append(QCoreApplication::translate(
                                       "ImportApplier",
                                       "The column \"%1\": every date (such as 03/04/2023) could be day/month or "
                                       "month/day; read as month/day, as Intune, AD and ConfigMgr write them. Set the "
                                       "column's date order in the mapping if that is wrong.")
                                       .arg(column));
    }
    dateOrders.decide(resolved);

    // Pass 2: everything in one transaction, on a connection tuned for the load before it begins (SQLite: no
    // foreign-key checks, the writer stores only reference ids it read or created itself; see BulkLoadConnection).
    const QSqlDatabase db = database.connection();
    const qint64 devicesBefore = singleNumber(db, QStringLiteral("SELECT COUNT(*) FROM device"));
    // When the file is bigger than what the register holds, building the device table's secondary indexes once at
    // the end is cheaper than keeping them up to date row by row (see the suspension below). The row count may be
    // an estimate: only a clearly bigger file (a first load) pays for the rebuild.
    const bool rebuildIndexes = records > 2 * devicesBefore;
    BulkLoadConnection::Options load;
    load.withoutReferenceChecks = true;
    load.rollbackJournal = !options.dryRun && records > FirstLoadRows && devicesBefore == 0;
    load.statementJournalsInMemory = !rebuildIndexes;
    const BulkLoadConnection loadSettings(db, load);
    Transaction tx(db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString who = currentActor();
    DeviceImportWriter::Settings settings;
    settings.who = who;
    settings.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    settings.emptyClears = mapping.emptyClears;
    settings.detailLimit = options.detailLimit;
    settings.listCreated = options.listCreated;
    settings.defaultMunicipality =
        options.municipality.trimmed().isEmpty() ? mapping.defaultMunicipality : options.municipality.trimmed();
    DeviceImportWriter writer(database, tx, settings);
    if (Status prepared = writer.prepare(); !prepared)
        return prepared.error();

    // A load into an empty register has nothing to match, and finds a repeat within the file without the
    // serial and device-name indexes (FirstLoadKeys). So does every load whose new devices are sent in batches
    // (PostgreSQL's COPY): a row still queued is in no index.
    const bool keysInMemory = writer.createsInBatches() || (rebuildIndexes && writer.devicesAtStart() == 0 &&
                                                            records >= options.keysInMemoryFromRows);
    if (keysInMemory) {
        if (Status keys = writer.findRepeatsWithoutIndexes(); !keys)
            return keys.error();
    }

    // The device table's secondary indexes rebuilt once at the end (rebuildIndexes, above; callgrind, 12k rows
    // into an empty register: 1.7 against 3.5 billion instructions). Inside the transaction: a rollback restores
    // them. The audit table's indexes stay: the created devices' audit rows are appended in id order
    // (recordCreated), and updates write few. Suspended before this transaction writes anything: the suspension
    // looks at the file as it was (free pages).
    std::optional<IndexSuspension> suspended;
    if (rebuildIndexes) {
        // Matching a register reads through the serial and device-name indexes: those stay, unless the register
        // was empty and its repeats are found in memory.
        QStringList keep;
        if (!keysInMemory || writer.devicesAtStart() != 0)
            keep = {QStringLiteral("device_serial"), QStringLiteral("device_hostname")};
        Result<IndexSuspension> suspension = IndexSuspension::suspend(tx, {QStringLiteral("device")}, keep);
        if (!suspension)
            return suspension.error();
        suspended = std::move(suspension.value());
    }
    // Otherwise the word index is brought up to date in one pass at the end (see SearchIndexBatch).
    std::unique_ptr<SearchIndexBatch> searchBatch;
    if (!suspended) {
        Result<std::unique_ptr<SearchIndexBatch>> batch = SearchIndexBatch::begin(tx, writer.maxIdAtStart());
        if (!batch)
            return batch.error();
        searchBatch = std::move(batch.value());
        writer.setSearchBatch(searchBatch.get());
    }
    Result<qint64> run =
        insertReturningId(db,
                          QStringLiteral("INSERT INTO import_run (file_name, sha256, profile, started_at,"
                                         " who) VALUES (?, ?, ?, ?, ?)"),
                          {report.fileName, report.sha256.isEmpty() ? QStringLiteral("pending") : report.sha256,
                           report.profileKey, startedAt, who});
    if (!run)
        return run.error();
    const qint64 importId = run.value();
    writer.setImportId(importId);
    const BulkWriteSettings bulkWrite(db, ImportCacheKiB);

    phase("prepare");
    std::optional<CsvReader> secondReader;
    if (!readerKept) {
        CsvReader::Options secondOptions = readerOptions(options);
        if (!firstPassHashes)
            secondOptions.hash = &secondHash;
        secondReader.emplace();
        if (Status opened = secondReader->open(path, secondOptions); !opened)
            return Error(openErrorText(*secondReader, opened), opened.error().code());
    }
    CsvReader& reader = readerKept ? *scan : *secondReader;
    const ImportRowConverter converter(resolved, report.header);
    auto reject = [&report, &options](qint64 line, const QString& reason) {
        if (++report.rejectedCount <= options.detailLimit)
            report.rejected.append({line, reason});
    };
    {
        ImportRowStream rows(reader, converter, writer.lookAheadRows()); // reads and converts ahead on its own thread
        std::vector<ImportRowStream::Item> batch;
        while (rows.next(batch)) {
            if (Status read = writer.lookAhead(batch); !read)
                return read.error();
            for (ImportRowStream::Item& item : batch) {
                clearUpperVectorState();
                ++report.rows;
                if (item.rejected) {
                    reject(item.line, item.reason);
                    continue;
                }
                Result<DeviceImportWriter::Outcome> outcome = writer.apply(item.row, report);
                if (!outcome) {
                    const Error::Code code = outcome.error().code();
                    if (code != Error::Code::Invalid && code != Error::Code::Refused)
                        return outcome.error();
                    reject(item.line, outcome.errorMessage());
                    continue;
                }
                switch (outcome.value()) {
                case DeviceImportWriter::Outcome::Created:
                    ++report.created;
                    break;
                case DeviceImportWriter::Outcome::Updated:
                    ++report.updated;
                    break;
                case DeviceImportWriter::Outcome::Unchanged:
                    ++report.unchanged;
                    break;
                case DeviceImportWriter::Outcome::Merged:
                    ++report.merged;
                    break;
                }
            }
            if (options.progress && !options.progress(third + rows.bytesRead(), totalWork)) {
                report.cancelled = true;
                return report; // the transaction rolls back
            }
        }
    }
    if (!firstPassHashes) // the loop read every byte
        report.sha256 = QString::fromLatin1(secondHash.result().toHex());
    // A file whose first megabyte is plain ASCII has its encoding decided further on (CsvReader).
    report.encoding = CsvReader::encodingName(reader.encoding());
    if (report.rows == 0)
        return Error(
            QCoreApplication::translate("ImportApplier", "line 2, column 1: the file has a header but no rows."),
            Error::Code::Invalid);
    if (Status sent = writer.finishRows(); !sent)
        return sent.error();
    writer.reportUnknownStates(report);
    writer.reportNewReferences(report);
    phase("rows");
    if (Status linked = writer.resolveLinks(report); !linked)
        return linked.error();
    phase("links");
    // Nothing that follows changes a count: when the transaction will be rolled back anyway (a dry run, or rejected
    // rows that block the apply) the audit and index work is skipped (1M rows into an empty register: the dry run
    // takes half as long).
    const bool willCommit = !options.dryRun && (report.rejectedCount == 0 || options.skipRejected);
    auto finishStep = [&](int done, int total) {
        return !options.progress || options.progress(2 * third + third * done / qMax(1, total), totalWork);
    };
    if (willCommit) {
        if (Status created = writer.recordCreated(report.created); !created)
            return created.error();
    }
    phase("created");
    if (Status missing = writer.collectMissing(report); !missing)
        return missing.error();
    if (Status sent = writer.flush(); !sent) // the audit rows of the links
        return sent.error();
    phase("missing");
    // The model years last of the writes: besides the file's devices the estimate rewrites every device whose year
    // rests on a model's usual year that the import changed, and on a server those rows stay locked until the
    // commit, so a technician swapping one waits only for what follows here (a 100k import into 138k devices:
    // 0.15 s instead of 0.73 s with the audit and the missing devices after it, 8.3 s under load).
    // A load into an empty register wrote its estimates with the rows and corrects only a few, after the indexes
    // are built: on PostgreSQL an index built after an update of its columns in the same transaction cannot be used
    // by that transaction (pg_index.indcheckxmin), and the status snapshot below then read the whole table six times.
    auto estimateModelYears = [&]() -> Status {
        Result<qint64> estimated = writer.estimateModelYears();
        if (!estimated)
            return estimated.error();
        report.yearsReestimated = estimated.value();
        phase("model years");
        return {};
    };
    if (!writer.estimatesWithRows()) {
        if (Status estimated = estimateModelYears(); !estimated)
            return estimated.error();
    }
    if (!finishStep(0, 1)) {
        report.cancelled = true;
        return report;
    }
    if (suspended && willCommit) {
        if (Status restored = suspended->restore(tx, finishStep); !restored) {
            if (restored.error().code() != Error::Code::Cancelled)
                return restored.error();
            report.cancelled = true;
            return report;
        }
    }
    if (searchBatch && willCommit) {
        if (Status updated = searchBatch->finish(tx); !updated)
            return updated.error();
    }
    phase("indexes");
    if (writer.estimatesWithRows()) {
        if (Status estimated = estimateModelYears(); !estimated)
            return estimated.error();
    }
    if (Status counted =
            runStatement(db,
                         QStringLiteral("UPDATE import_run SET sha256 = ?, finished_at = ?, created = ?, updated = ?,"
                                        " unchanged = ?, missing = ?, rejected = ? WHERE id = ?"),
                         {report.sha256, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), report.created,
                          report.updated, report.unchanged, report.missing, report.rejectedCount, importId});
        !counted)
        return counted.error();

    if (options.progress && !options.progress(totalWork, totalWork)) {
        report.cancelled = true;
        return report;
    }
    if (!willCommit) {
        tx.rollback();
        return report;
    }
    if (options.beforeCommit) {
        if (Status hooked = options.beforeCommit(tx, importId); !hooked)
            return hooked.error();
    }
    phase("hook");
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    phase("commit");
    report.applied = true;
    report.importId = importId;
    return report;
}

} // namespace rullering
