#pragma once

#include "ImportField.h"
#include "ImportValues.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace rullering {

class Database;

enum class ImportProfile;

// Which columns of a file feed which field, by header name, so a mapping made for one export fits the next
// month's export of the same kind. A field may list several columns: the first non-empty cell wins (AD's
// lastLogonTimestamp, else LastLogonDate).
struct ColumnMapping
{
    QString profileKey = QStringLiteral("generic");
    std::array<QStringList, ImportFieldCount> columns;
    QHash<QString, DateOrder> dateOrders; // by header name; absent = decided from the column
    bool emptyClears = false;             // an empty cell clears the stored value (off: it leaves it alone)
    QString defaultMunicipality;          // for rows that name none (a single municipality's own export)

    QStringList& operator[](ImportField field) { return columns[size_t(field)]; }
    const QStringList& operator[](ImportField field) const { return columns[size_t(field)]; }
    bool isMapped(ImportField field) const { return !columns[size_t(field)].isEmpty(); }

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject& json);
    bool operator==(const ColumnMapping&) const = default;
};

// The mapping resolved against one file's header: column indices per field.
struct ResolvedMapping
{
    std::array<QList<int>, ImportFieldCount> columns;
    std::array<DateOrder, ImportFieldCount> dateOrders{}; // per field, from the mapping or the whole-file vote
    QStringList missingColumns;                           // named by the mapping, absent from the file
    // Manufacturer spellings shown as one name ("Dell Inc." -> Dell); off for Rullering's own export, whose names
    // are the register's and come back as they are (a round trip changes nothing).
    bool normaliseManufacturers = true;

    const QList<int>& operator[](ImportField field) const { return columns[size_t(field)]; }
    bool isMapped(ImportField field) const { return !columns[size_t(field)].isEmpty(); }
};
ResolvedMapping resolveMapping(const ColumnMapping& mapping, const QStringList& header);

// The day/month order of each date field whose mapping leaves it open, decided from the values seen: the import
// feeds it every row of the file, the wizard's preview the rows it shows. One rule for both.
class DateOrderDecision
{
public:
    explicit DateOrderDecision(const ResolvedMapping& mapping);
    bool needed() const { return !m_open.isEmpty(); } // some mapped date field has its order open
    template <typename FieldAt>
    void addRecord(FieldAt fieldAt, qsizetype fieldCount)
    {
        for (ImportField field : m_open) {
            for (int column : m_columns[size_t(field)]) {
                if (column < fieldCount)
                    m_votes[size_t(field)].add(fieldAt(column));
            }
        }
    }
    const DateOrderVote& vote(ImportField field) const { return m_votes[size_t(field)]; }
    // Sets the order of each open field whose values decide it.
    void decide(ResolvedMapping& mapping) const;

private:
    QList<ImportField> m_open;
    std::array<QList<int>, ImportFieldCount> m_columns;
    std::array<DateOrderVote, ImportFieldCount> m_votes;
};

// Mappings saved by name in the database (table named_item, kind "import_mapping"), shared by every user of the
// file.
class MappingStore
{
public:
    static Status save(Transaction& tx, const QString& name, const ColumnMapping& mapping);
    // Saves in a transaction of its own.
    static Status save(const Database& database, const QString& name, const ColumnMapping& mapping);
    static Result<ColumnMapping> load(const QSqlDatabase& db, const QString& name);
    static Result<ColumnMapping> load(const Database& database, const QString& name);
    static Result<QStringList> names(const QSqlDatabase& db);
    static Result<QStringList> names(const Database& database);
    static Status remove(Transaction& tx, const QString& name);
    // NAME|FILE as the CLI takes it: an existing JSON file, else a saved name.
    static Result<ColumnMapping> loadNameOrFile(const QSqlDatabase& db, const QString& nameOrFile);
};

} // namespace rullering
