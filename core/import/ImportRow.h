#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "YearEvidence.h"
#include "domain/DeviceType.h"
#include "domain/Lifecycle.h"
#include "util/TextHash.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <bitset>
#include <optional>

namespace rullering {

// One record of an import file turned into typed values, before any matching against the register. Text fields
// that are empty were empty (or unmapped) in the file; emptyCells says which mapped fields were empty.
struct ImportRow
{
    qint64 line = 0;
    QString serial;    // normalised; empty when missing or junk
    QString rawSerial; // as written, for messages
    bool junkSerial = false;
    QString assetTag;
    QString hostname;
    std::optional<DeviceType> type;
    std::optional<DeviceType> guessedType; // from the model or operating system
    QString manufacturer;                  // as Rullering groups it (normaliseManufacturer)
    QString rawManufacturer;               // as written
    QString model;
    QString operatingSystem; // as written (the type is guessed from it)
    YearEvidence year;
    QDate purchaseDate;
    QString municipality;
    QString location;
    QString department;
    QString network;
    QString primaryUser;
    QDateTime lastSeen; // UTC
    std::optional<LifecycleState> state;
    QString unknownState; // a status label no table knows: kept in the notes, with a warning
    QString notes;
    QDate inServiceFrom;
    QDate replacedOn;
    QString replacedBy; // as a serial number is normalised; resolved after the last row (it may come later)
    QString replacedByTechnician;
    std::optional<bool> keep;
    std::bitset<ImportFieldCount> emptyCells;
    // A number for each of the four names below (NameKind), equal for equal texts among the rows of one stream
    // (ImportRowStream); 0 for no text, or a row converted outside a stream. The writer finds a name it met before by
    // its number (ImportReferences), so the text is read, hashed and compared once, on the reading thread.
    std::array<quint32, 4> nameTokens{};

    bool isEmpty(ImportField field) const { return emptyCells.test(size_t(field)); }
};

// The names ImportReferences resolves to stored rows, indexing ImportRow::nameTokens.
enum class NameKind
{
    Municipality,
    Location,
    Department,
    Network
};

// Numbers the names of the rows one thread converts (ImportRowStream): 1, 2, ... for each kind's texts in the order
// they first appear, so the writer's table by number is no longer than the kind's list of names.
class NameTokens
{
public:
    void number(ImportRow& row);

private:
    quint32 token(NameKind kind, const QString& text);
    std::array<TextMap<quint32>, 4> m_tokens;
};

// Converts records with a resolved mapping. Conversion errors name the column and the value.
class ImportRowConverter
{
public:
    ImportRowConverter(const ResolvedMapping& mapping, const QStringList& header);

    // Fails (for a rejected row) with a reason such as "Purchase date: \"31.02.2023\" is not a date".
    Result<ImportRow> convert(const CsvReader& reader) const;
    Result<ImportRow> convert(const QStringList& fields, qint64 line) const;

private:
    template <typename FieldAt>
    Result<ImportRow> convertWith(FieldAt fieldAt, qsizetype fieldCount, qint64 line) const;

    ResolvedMapping m_mapping;
    QStringList m_header;
};

// The municipality and location an AD distinguished name implies: CN=PC1,OU=Rådhuset,OU=Molde,DC=... gives
// Molde and Rådhuset. Generic container names (Computers, Klienter, ...) are skipped.
void municipalityFromOuPath(QStringView distinguishedName, QString& municipality, QString& location);

} // namespace rullering
