#include "ImportProfile.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>
#include <vector>

namespace rullering {
namespace {

using Synonyms = std::vector<std::pair<ImportField, std::vector<const char*>>>;

// Normalised header names (see normaliseHeader()), best first.
const Synonyms IntuneHeaders = {
    {ImportField::Serial, {"serialnumber"}},       {ImportField::Hostname, {"devicename"}},
    {ImportField::Manufacturer, {"manufacturer"}}, {ImportField::Model, {"model"}},
    {ImportField::LastSeen, {"lastcheckin"}},      {ImportField::PrimaryUser, {"primaryuserupn"}},
    {ImportField::OperatingSystem, {"os"}},
};

const Synonyms AdHeaders = {
    {ImportField::Hostname, {"name"}},
    {ImportField::Serial, {"serialnumber"}},
    // The FILETIME is UTC; LastLogonDate is the same moment in local time, used when the other is empty.
    {ImportField::LastSeen, {"lastlogontimestamp", "lastlogondate"}},
    {ImportField::OuPath, {"distinguishedname"}},
    {ImportField::OperatingSystem, {"operatingsystem"}},
};

const Synonyms ConfigMgrHeaders = {
    {ImportField::Hostname, {"name0", "netbiosname0"}},
    {ImportField::Serial, {"serialnumber0"}},
    {ImportField::Manufacturer, {"manufacturer0"}},
    {ImportField::Model, {"model0"}},
    {ImportField::BiosReleaseDate, {"releasedate0"}},
    {ImportField::OsInstallDate, {"installdate0"}},
    {ImportField::LastSeen, {"lastlogontimestamp0"}},
    {ImportField::PrimaryUser, {"username0"}},
    {ImportField::OperatingSystem, {"caption0", "operatingsystemnameandversion0"}},
};

// The columns of DeviceCsvExport (English, stable across UI languages).
const Synonyms RulleringHeaders = {
    {ImportField::Serial, {"serialnumber"}},
    {ImportField::AssetTag, {"assettag"}},
    {ImportField::Hostname, {"devicename"}},
    {ImportField::Type, {"type"}},
    {ImportField::Manufacturer, {"manufacturer"}},
    {ImportField::Model, {"model"}},
    {ImportField::ProductionYear, {"productionyear"}},
    {ImportField::YearSource, {"yearsource"}},
    {ImportField::PurchaseDate, {"purchasedate"}},
    {ImportField::Municipality, {"municipality"}},
    {ImportField::Location, {"location"}},
    {ImportField::Department, {"department"}},
    {ImportField::Network, {"network"}},
    {ImportField::PrimaryUser, {"primaryuser"}},
    {ImportField::LastSeen, {"lastseen"}},
    {ImportField::State, {"state"}},
    {ImportField::Notes, {"notes"}},
    {ImportField::InServiceFrom, {"inservicefrom"}},
    {ImportField::ReplacedOn, {"replacedon"}},
    {ImportField::ReplacedBy, {"replacedby"}},
    {ImportField::ReplacedByTechnician, {"swappedby"}},
    {ImportField::Keep, {"keep"}},
};

// English and Norwegian names people give these columns in their own sheets, and the export headers above.
const Synonyms GenericHeaders = {
    {ImportField::Serial, {"serialnumber", "serienummer", "serial", "serienr", "sn", "serialno", "serialnumber0"}},
    {ImportField::AssetTag, {"assettag", "inventarnummer", "inventarnr", "assetnumber", "utstyrsnummer"}},
    {ImportField::Hostname,
     {"devicename", "hostname", "maskinnavn", "computername", "datamaskinnavn", "enhetsnavn", "pcnavn", "name",
      "name0"}},
    {ImportField::Type, {"type", "devicetype", "enhetstype", "utstyrstype"}},
    {ImportField::Manufacturer, {"manufacturer", "produsent", "fabrikat", "make", "manufacturer0"}},
    {ImportField::Model, {"model", "modell", "model0"}},
    {ImportField::ProductionYear, {"productionyear", "produksjonsår", "produksjonsar", "årsmodell", "year", "år"}},
    {ImportField::YearSource, {"yearsource", "kildeforproduksjonsår"}},
    {ImportField::PurchaseDate,
     {"purchasedate", "innkjøpsdato", "kjøpsdato", "invoicedate", "fakturadato", "innkjøpt", "kjøpt"}},
    {ImportField::WarrantyStart, {"warrantystart", "warrantystartdate", "garantistart", "garantifra"}},
    {ImportField::OsInstallDate, {"osinstalldate", "installdate", "installdate0", "installasjonsdato"}},
    {ImportField::BiosReleaseDate, {"biosreleasedate", "biosdate", "biosdato", "releasedate0"}},
    {ImportField::Municipality, {"municipality", "kommune"}},
    {ImportField::Location, {"location", "lokasjon", "bygg", "building", "sted"}},
    {ImportField::Department, {"department", "avdeling", "enhet", "unit", "kostnadssted", "costcentre", "costcenter"}},
    {ImportField::Network, {"network", "nett", "nettverk"}},
    {ImportField::PrimaryUser, {"primaryuser", "bruker", "user", "primaryuserupn", "brukernavn", "username0"}},
    {ImportField::LastSeen,
     {"lastseen", "sistsett", "lastlogon", "sistpålogget", "lastcheckin", "lastlogontimestamp", "lastlogondate",
      "lastlogontimestamp0", "sistinnlogget"}},
    {ImportField::State, {"state", "status", "tilstand"}},
    {ImportField::Notes, {"notes", "note", "merknad", "merknader", "kommentar", "notat"}},
    {ImportField::OuPath, {"distinguishedname"}},
    {ImportField::OperatingSystem, {"os", "operatingsystem", "operativsystem"}},
    {ImportField::InServiceFrom, {"inservicefrom", "ibrukfra", "tattibruk"}},
    {ImportField::ReplacedOn, {"replacedon", "erstattet", "erstattetdato", "byttedato", "byttet", "swapdate"}},
    {ImportField::ReplacedBy, {"replacedby", "erstattetav", "nyenhet", "newdevice", "nyttserienummer"}},
    {ImportField::ReplacedByTechnician, {"swappedby", "byttetav", "tekniker", "technician"}},
    {ImportField::Keep, {"keep", "behold", "beholdes", "ikkebytt", "unntatt"}},
};

const Synonyms& synonymsFor(ImportProfile profile)
{
    switch (profile) {
    case ImportProfile::Intune:
        return IntuneHeaders;
    case ImportProfile::ActiveDirectory:
        return AdHeaders;
    case ImportProfile::ConfigMgr:
        return ConfigMgrHeaders;
    case ImportProfile::Rullering:
        return RulleringHeaders;
    case ImportProfile::Generic:
        break;
    }
    return GenericHeaders;
}

} // namespace

QList<ImportProfile> allImportProfiles()
{
    return {ImportProfile::Generic, ImportProfile::Intune, ImportProfile::ActiveDirectory, ImportProfile::ConfigMgr,
            ImportProfile::Rullering};
}

QString importProfileKey(ImportProfile profile)
{
    switch (profile) {
    case ImportProfile::Generic:
        return QStringLiteral("generic");
    case ImportProfile::Intune:
        return QStringLiteral("intune");
    case ImportProfile::ActiveDirectory:
        return QStringLiteral("ad");
    case ImportProfile::ConfigMgr:
        return QStringLiteral("configmgr");
    case ImportProfile::Rullering:
        return QStringLiteral("rullering");
    }
    return QString();
}

QString importProfileName(ImportProfile profile)
{
    switch (profile) {
    case ImportProfile::Generic:
        return QCoreApplication::translate("ImportProfile", "Spreadsheet (column names in English or Norwegian)");
    case ImportProfile::Intune:
        return QCoreApplication::translate("ImportProfile", "Intune \"All devices\" export");
    case ImportProfile::ActiveDirectory:
        return QCoreApplication::translate("ImportProfile", "Active Directory computer export");
    case ImportProfile::ConfigMgr:
        return QCoreApplication::translate("ImportProfile", "Configuration Manager query export");
    case ImportProfile::Rullering:
        return QCoreApplication::translate("ImportProfile", "Rullering device export");
    }
    return QString();
}

std::optional<ImportProfile> parseImportProfile(const QString& key)
{
    for (ImportProfile profile : allImportProfiles()) {
        if (key.compare(importProfileKey(profile), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

ImportProfile detectImportProfile(const QStringList& header)
{
    QSet<QString> names;
    for (const QString& cell : header)
        names.insert(normaliseHeader(cell));
    auto has = [&names](const char* name) {
        return names.contains(QString::fromUtf8(name));
    };
    if (has("serialnumber0") || has("name0"))
        return ImportProfile::ConfigMgr;
    if (has("deviceid") && has("serialnumber") && (has("lastcheckin") || has("azureaddeviceid")))
        return ImportProfile::Intune;
    if (has("distinguishedname") && (has("name") || has("dnshostname")))
        return ImportProfile::ActiveDirectory;
    if (has("yearsource") && has("serialnumber") && has("devicename"))
        return ImportProfile::Rullering;
    return ImportProfile::Generic;
}

ColumnMapping mappingForProfile(ImportProfile profile, const QStringList& header)
{
    ColumnMapping mapping;
    mapping.profileKey = importProfileKey(profile);
    QList<QString> normalised;
    for (const QString& cell : header)
        normalised.append(normaliseHeader(cell));
    QList<bool> used(header.size(), false);
    // A sheet's columns are one per field; only the export profiles list fall-back columns on purpose.
    const bool oneColumnPerField = profile == ImportProfile::Generic;
    for (const auto& [field, names] : synonymsFor(profile)) {
        for (const char* name : names) {
            if (oneColumnPerField && mapping.isMapped(field))
                break;
            const QString wanted = QString::fromUtf8(name);
            for (int i = 0; i < header.size(); ++i) {
                if (!used[i] && normalised[i] == wanted) {
                    mapping[field].append(header[i]);
                    used[i] = true;
                }
            }
        }
    }
    // These exports write ISO dates whatever the locale: nothing to decide, and no need to read the file twice.
    // (Not ConfigMgr: a query exported from the console or Excel carries the machine's format, often en-US
    // 3/15/2019 12:00:00 AM, so its columns are decided over the whole file like a sheet's.)
    if (profile == ImportProfile::Intune || profile == ImportProfile::Rullering) {
        for (const QStringList& columns : mapping.columns) {
            for (const QString& column : columns)
                mapping.dateOrders.insert(column, DateOrder::DayFirst);
        }
    }
    return mapping;
}

} // namespace rullering
