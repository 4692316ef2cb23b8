#include "YearSource.h"

#include <QCoreApplication>

#include <array>

namespace rullering {
namespace {

struct Entry
{
    YearSource source;
    const char* key;
    const char* name;
};

constexpr std::array<Entry, 7> Entries = {{
    {YearSource::Unknown, "unknown", QT_TRANSLATE_NOOP("YearSource", "Unknown")},
    {YearSource::Explicit, "explicit", QT_TRANSLATE_NOOP("YearSource", "Production year given")},
    {YearSource::PurchaseDate, "purchase_date", QT_TRANSLATE_NOOP("YearSource", "Purchase date")},
    {YearSource::WarrantyStart, "warranty_start", QT_TRANSLATE_NOOP("YearSource", "Warranty start")},
    {YearSource::OsInstall, "os_install", QT_TRANSLATE_NOOP("YearSource", "Original OS install date")},
    {YearSource::BiosRelease, "bios_release", QT_TRANSLATE_NOOP("YearSource", "BIOS release date")},
    {YearSource::ModelTypical, "model_typical", QT_TRANSLATE_NOOP("YearSource", "Usual year of the model")},
}};

} // namespace

QString yearSourceKey(YearSource source)
{
    return QString::fromLatin1(Entries[static_cast<size_t>(source)].key);
}

QString yearSourceName(YearSource source)
{
    return QCoreApplication::translate("YearSource", Entries[static_cast<size_t>(source)].name);
}

std::optional<YearSource> parseYearSource(QStringView key)
{
    // Every row of a Rullering export names one: the lengths first, the letters only of the one that fits.
    for (const Entry& entry : Entries) {
        const QLatin1String name(entry.key);
        if (name.size() == key.size() && key.compare(name, Qt::CaseInsensitive) == 0)
            return entry.source;
    }
    return std::nullopt;
}

} // namespace rullering
