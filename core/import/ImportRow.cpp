#include "ImportRow.h"

#include "DeviceTypeRules.h"
#include "StateLabels.h"
#include "domain/DeviceText.h"
#include "domain/Manufacturer.h"

#include <QCoreApplication>

namespace rullering {
namespace {

bool isGenericContainer(QStringView name)
{
    static const QStringList generic = {
        QStringLiteral("computers"), QStringLiteral("datamaskiner"),   QStringLiteral("klienter"),
        QStringLiteral("clients"),   QStringLiteral("workstations"),   QStringLiteral("arbeidsstasjoner"),
        QStringLiteral("pc"),        QStringLiteral("pcer"),           QStringLiteral("maskiner"),
        QStringLiteral("devices"),   QStringLiteral("enheter"),        QStringLiteral("laptops"),
        QStringLiteral("desktops"),  QStringLiteral("bærbare"),        QStringLiteral("stasjonære"),
        QStringLiteral("kommuner"),  QStringLiteral("municipalities"), QStringLiteral("servers"),
        QStringLiteral("servere")};
    const QString lower = name.toString().toLower();
    return generic.contains(lower);
}

// Which text rule a cell follows (domain/DeviceText.h): serials and asset tags are keys, notes are free text.
TextKind textKindOf(ImportField field)
{
    switch (field) {
    case ImportField::Serial:
    case ImportField::AssetTag:
    case ImportField::ReplacedBy:
        return TextKind::Serial;
    case ImportField::Notes:
        return TextKind::Notes;
    case ImportField::OuPath:
        return TextKind::Path;
    default:
        return TextKind::Name;
    }
}

} // namespace

quint32 NameTokens::token(NameKind kind, const QString& text)
{
    if (text.isEmpty())
        return 0;
    TextMap<quint32>& tokens = m_tokens[size_t(kind)];
    return tokens.try_emplace(text, quint32(tokens.size() + 1)).first->second;
}

void NameTokens::number(ImportRow& row)
{
    row.nameTokens = {token(NameKind::Municipality, row.municipality), token(NameKind::Location, row.location),
                      token(NameKind::Department, row.department), token(NameKind::Network, row.network)};
}

void municipalityFromOuPath(QStringView dn, QString& municipality, QString& location)
{
    QStringList units; // closest to the object first
    qsizetype start = 0;
    for (qsizetype i = 0; i <= dn.size(); ++i) {
        if (i < dn.size() && dn[i] == u'\\') { // an escaped comma stays in the name
            ++i;
            continue;
        }
        if (i == dn.size() || dn[i] == u',') {
            const QStringView part = dn.mid(start, i - start).trimmed();
            if (part.startsWith(QLatin1String("OU="), Qt::CaseInsensitive)) {
                QString name = part.mid(3).toString();
                name.remove(u'\\');
                if (!isGenericContainer(name))
                    units.append(name);
            }
            start = i + 1;
        }
    }
    if (!units.isEmpty())
        municipality = units.takeLast();
    if (!units.isEmpty())
        location = units.takeLast();
}

ImportRowConverter::ImportRowConverter(const ResolvedMapping& mapping, const QStringList& header)
    : m_mapping(mapping)
    , m_header(header)
{}

Result<ImportRow> ImportRowConverter::convert(const CsvReader& reader) const
{
    return convertWith([&reader](qsizetype i) { return reader.field(i); }, reader.fieldCount(), reader.recordLine());
}

Result<ImportRow> ImportRowConverter::convert(const QStringList& fields, qint64 line) const
{
    return convertWith([&fields](qsizetype i) { return QStringView(fields[i]); }, fields.size(), line);
}

template <typename FieldAt>
Result<ImportRow> ImportRowConverter::convertWith(FieldAt fieldAt, qsizetype fieldCount, qint64 line) const
{
    ImportRow row;
    row.line = line;
    int usedColumn = -1;
    std::optional<Error> textError; // the first cell with a control character or too long: the row is refused
    // The first non-empty cell among the field's columns; marks the field empty when all are.
    auto cell = [&](ImportField field) -> QStringView {
        const QList<int>& columns = m_mapping[field];
        for (int column : columns) {
            if (column < fieldCount) {
                QStringView value = fieldAt(column).trimmed();
                // Undo the apostrophe spreadsheet exports (ours included) put before formula-like text.
                if (value.size() > 1 && value[0] == u'\'' &&
                    (value[1] == u'=' || value[1] == u'+' || value[1] == u'-' || value[1] == u'@'))
                    value = value.mid(1);
                if (!value.isEmpty()) {
                    usedColumn = column;
                    if (const QString why = textProblem(value, textKindOf(field)); !why.isEmpty() && !textError)
                        textError = Error(QCoreApplication::translate("ImportRow", "%1 (column %2): \"%3\" %4.")
                                              .arg(column < m_header.size() ? m_header[column] : QString())
                                              .arg(column + 1)
                                              .arg(shownValue(value), why),
                                          Error::Code::Invalid);
                    return value;
                }
            }
        }
        if (!columns.isEmpty())
            row.emptyCells.set(size_t(field));
        return {};
    };
    auto invalid = [&](const QString& what, QStringView value) {
        const QString column = usedColumn >= 0 && usedColumn < m_header.size() ? m_header[usedColumn] : QString();
        return Error(QCoreApplication::translate("ImportRow", "%1: \"%2\" %3").arg(column, shownValue(value), what),
                     Error::Code::Invalid);
    };
    // The first column with a date; a "never" (0001-01-01, FILETIME 0) falls through to the next column.
    auto date = [&](ImportField field, QDate& target, QDateTime* moment) -> std::optional<Error> {
        const QList<int>& columns = m_mapping[field];
        for (int column : columns) {
            if (column >= fieldCount)
                continue;
            const QStringView text = fieldAt(column).trimmed();
            const ParsedDateTime parsed = parseDateTime(text, m_mapping.dateOrders[size_t(field)]);
            if (parsed.outcome == ParsedDateTime::Outcome::Invalid) {
                usedColumn = column;
                return invalid(QCoreApplication::translate("ImportRow", "is not a date."), text);
            }
            if (parsed.outcome == ParsedDateTime::Outcome::Ok) {
                if (moment)
                    *moment = parsed.toUtc();
                else
                    target = parsed.date;
                return std::nullopt;
            }
        }
        if (!columns.isEmpty())
            row.emptyCells.set(size_t(field));
        return std::nullopt;
    };

    const QStringView serial = cell(ImportField::Serial);
    row.rawSerial = serial.toString();
    row.serial = normaliseSerial(serial);
    row.junkSerial = isJunkSerial(row.serial);
    if (row.junkSerial)
        row.serial.clear();
    row.assetTag = cell(ImportField::AssetTag).toString();
    row.hostname = cell(ImportField::Hostname).toString();
    if (const QStringView text = cell(ImportField::Type); !text.isEmpty()) {
        row.type = parseDeviceType(text.toString());
        if (!row.type)
            return invalid(
                QCoreApplication::translate(
                    "ImportRow", "is not a device type (PC, laptop, tablet, printer, phone, server, other)."),
                text);
    }
    row.rawManufacturer = cell(ImportField::Manufacturer).toString();
    row.manufacturer =
        m_mapping.normaliseManufacturers ? normaliseManufacturer(row.rawManufacturer) : row.rawManufacturer;
    row.model = cell(ImportField::Model).toString();
    row.operatingSystem = cell(ImportField::OperatingSystem).toString();
    if (!row.type)
        row.guessedType = guessDeviceType(row.model, row.operatingSystem);

    if (const QStringView text = cell(ImportField::ProductionYear); !text.isEmpty()) {
        row.year.explicitYear = parseYear(text);
        if (!row.year.explicitYear)
            return invalid(
                QCoreApplication::translate("ImportRow", "is not a production year (four digits, 1980 to 2200)."),
                text);
    }
    if (const QStringView text = cell(ImportField::YearSource); !text.isEmpty()) {
        row.year.explicitSource = parseYearSource(text);
        if (!row.year.explicitSource)
            return invalid(QCoreApplication::translate("ImportRow", "is not a source of production year."), text);
    }
    if (auto e = date(ImportField::PurchaseDate, row.purchaseDate, nullptr))
        return *e;
    row.year.purchaseDate = row.purchaseDate;
    if (auto e = date(ImportField::WarrantyStart, row.year.warrantyStart, nullptr))
        return *e;
    if (auto e = date(ImportField::OsInstallDate, row.year.osInstall, nullptr))
        return *e;
    if (auto e = date(ImportField::BiosReleaseDate, row.year.biosRelease, nullptr))
        return *e;

    row.municipality = cell(ImportField::Municipality).toString();
    row.location = cell(ImportField::Location).toString();
    row.department = cell(ImportField::Department).toString();
    row.network = cell(ImportField::Network).toString();
    if (const QStringView dn = cell(ImportField::OuPath); !dn.isEmpty()) {
        QString municipality, location;
        municipalityFromOuPath(dn, municipality, location);
        if (row.municipality.isEmpty() && !municipality.isEmpty()) {
            row.municipality = municipality;
            row.emptyCells.reset(size_t(ImportField::Municipality));
        }
        if (row.location.isEmpty() && !location.isEmpty()) {
            row.location = location;
            row.emptyCells.reset(size_t(ImportField::Location));
        }
    }
    row.primaryUser = cell(ImportField::PrimaryUser).toString();
    QDate unused;
    if (auto e = date(ImportField::LastSeen, unused, &row.lastSeen))
        return *e;
    if (const QStringView text = cell(ImportField::State); !text.isEmpty()) {
        row.state = lifecycleStateFromLabel(text.toString());
        if (!row.state)
            row.unknownState = text.toString();
    }
    row.notes = cell(ImportField::Notes).toString();
    if (auto e = date(ImportField::InServiceFrom, row.inServiceFrom, nullptr))
        return *e;
    if (auto e = date(ImportField::ReplacedOn, row.replacedOn, nullptr))
        return *e;
    row.replacedBy = normaliseSerial(cell(ImportField::ReplacedBy));
    row.replacedByTechnician = cell(ImportField::ReplacedByTechnician).toString();
    if (const QStringView text = cell(ImportField::Keep); !text.isEmpty()) {
        row.keep = parseYesNo(text);
        if (!row.keep)
            return invalid(QCoreApplication::translate("ImportRow", "is not yes or no."), text);
    }
    if (textError)
        return *textError;
    return row;
}

} // namespace rullering
