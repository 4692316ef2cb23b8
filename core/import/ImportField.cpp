#include "ImportField.h"

#include <QCoreApplication>

#include <array>

namespace rullering {
namespace {

struct FieldInfo
{
    ImportField field;
    const char* key;
    const char* name;
};

constexpr std::array<FieldInfo, ImportFieldCount> Fields = {{
    {ImportField::Serial, "serial", QT_TRANSLATE_NOOP("ImportField", "Serial number")},
    {ImportField::AssetTag, "asset_tag", QT_TRANSLATE_NOOP("ImportField", "Asset tag")},
    {ImportField::Hostname, "hostname", QT_TRANSLATE_NOOP("ImportField", "Device name")},
    {ImportField::Type, "type", QT_TRANSLATE_NOOP("ImportField", "Type")},
    {ImportField::Manufacturer, "manufacturer", QT_TRANSLATE_NOOP("ImportField", "Manufacturer")},
    {ImportField::Model, "model", QT_TRANSLATE_NOOP("ImportField", "Model")},
    {ImportField::ProductionYear, "production_year", QT_TRANSLATE_NOOP("ImportField", "Production year")},
    {ImportField::YearSource, "year_source", QT_TRANSLATE_NOOP("ImportField", "Source of production year")},
    {ImportField::PurchaseDate, "purchase_date", QT_TRANSLATE_NOOP("ImportField", "Purchase or invoice date")},
    {ImportField::WarrantyStart, "warranty_start", QT_TRANSLATE_NOOP("ImportField", "Warranty start")},
    {ImportField::OsInstallDate, "os_install", QT_TRANSLATE_NOOP("ImportField", "Original OS install date")},
    {ImportField::BiosReleaseDate, "bios_release", QT_TRANSLATE_NOOP("ImportField", "BIOS release date")},
    {ImportField::Municipality, "municipality", QT_TRANSLATE_NOOP("ImportField", "Municipality")},
    {ImportField::Location, "location", QT_TRANSLATE_NOOP("ImportField", "Location")},
    {ImportField::Department, "department", QT_TRANSLATE_NOOP("ImportField", "Department")},
    {ImportField::Network, "network", QT_TRANSLATE_NOOP("ImportField", "Network")},
    {ImportField::PrimaryUser, "primary_user", QT_TRANSLATE_NOOP("ImportField", "Primary user")},
    {ImportField::LastSeen, "last_seen", QT_TRANSLATE_NOOP("ImportField", "Last seen")},
    {ImportField::State, "state", QT_TRANSLATE_NOOP("ImportField", "State")},
    {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("ImportField", "Notes")},
    {ImportField::OuPath, "ou_path", QT_TRANSLATE_NOOP("ImportField", "AD path (municipality, location)")},
    {ImportField::OperatingSystem, "os", QT_TRANSLATE_NOOP("ImportField", "Operating system")},
    {ImportField::InServiceFrom, "in_service_from", QT_TRANSLATE_NOOP("ImportField", "In service from")},
    {ImportField::ReplacedOn, "replaced_on", QT_TRANSLATE_NOOP("ImportField", "Replaced on (swap date)")},
    {ImportField::ReplacedBy, "replaced_by", QT_TRANSLATE_NOOP("ImportField", "Replaced by (new device's serial)")},
    {ImportField::ReplacedByTechnician, "replaced_by_technician", QT_TRANSLATE_NOOP("ImportField", "Swapped by")},
    {ImportField::Keep, "keep", QT_TRANSLATE_NOOP("ImportField", "Keep (exclude from plan)")},
}};

} // namespace

QList<ImportField> allImportFields()
{
    QList<ImportField> result;
    for (const FieldInfo& info : Fields)
        result.append(info.field);
    return result;
}

bool isDateField(ImportField field)
{
    switch (field) {
    case ImportField::PurchaseDate:
    case ImportField::WarrantyStart:
    case ImportField::OsInstallDate:
    case ImportField::BiosReleaseDate:
    case ImportField::LastSeen:
    case ImportField::InServiceFrom:
    case ImportField::ReplacedOn:
        return true;
    default:
        return false;
    }
}

QList<ImportField> dateImportFields()
{
    QList<ImportField> result = allImportFields();
    result.removeIf([](ImportField field) { return !isDateField(field); });
    return result;
}

QString importFieldKey(ImportField field)
{
    return QString::fromLatin1(Fields[size_t(field)].key);
}

QString importFieldName(ImportField field)
{
    return QCoreApplication::translate("ImportField", Fields[size_t(field)].name);
}

std::optional<ImportField> parseImportField(const QString& key)
{
    for (const FieldInfo& info : Fields) {
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return info.field;
    }
    return std::nullopt;
}

QString normaliseHeader(QStringView header)
{
    QString result;
    result.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u'(' || c == u')' ||
            c == QChar(0xFEFF))
            continue;
        result.append(c.toLower());
    }
    return result;
}

} // namespace rullering
