#include "DeviceFilterOptions.h"

#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace rullering::cli {
namespace {

enum Option
{
    MunicipalityOption,
    LocationOption,
    DepartmentOption,
    NetworkOption,
    TypeOption,
    StateOption,
    YearFromOption,
    YearToOption,
    DueInOption,
    SearchOption,
};

Error invalid(const QString& option, const QString& value, const QString& why)
{
    return Error(QCoreApplication::translate("DeviceFilterOptions", "--%1 \"%2\": %3").arg(option, value, why),
                 Error::Code::Invalid);
}

// Values given as several options or as one comma-separated list.
QStringList values(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    QStringList out;
    for (const QString& value : parser.values(option)) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

template <typename Unit>
Result<QList<qint64>> idsByName(const QString& option, const QStringList& names, const QList<Unit>& units)
{
    QList<qint64> ids;
    for (const QString& name : names) {
        bool found = false;
        for (const Unit& unit : units) {
            if (unit.name.compare(name, Qt::CaseInsensitive) == 0) {
                ids.append(unit.id); // a location name may be in several municipalities: all of them
                found = true;
            }
        }
        if (!found)
            return invalid(option, name,
                           QCoreApplication::translate("DeviceFilterOptions", "the register has no such name"));
    }
    return ids;
}

Result<int> year(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1900 || value > 2200)
        return invalid(option.names().constFirst(), parser.value(option),
                       QCoreApplication::translate("DeviceFilterOptions", "a year such as 2019 is expected"));
    return value;
}

} // namespace

DeviceFilterOptions::DeviceFilterOptions()
{
    const QString name = QCoreApplication::translate("DeviceFilterOptions", "NAME");
    m_options = {
        {QStringLiteral("municipality"),
         QCoreApplication::translate("DeviceFilterOptions",
                                     "Only devices of this municipality (repeatable, or comma-separated)."),
         name},
        {QStringLiteral("location"),
         QCoreApplication::translate("DeviceFilterOptions", "Only devices at this location (repeatable)."), name},
        {QStringLiteral("department"),
         QCoreApplication::translate("DeviceFilterOptions", "Only devices of this department (repeatable)."), name},
        {QStringLiteral("network"),
         QCoreApplication::translate("DeviceFilterOptions", "Only devices on this network (repeatable)."), name},
        {QStringLiteral("type"),
         QCoreApplication::translate("DeviceFilterOptions",
                                     "Only this device type: desktop, laptop, tablet, printer, other (repeatable)."),
         QCoreApplication::translate("DeviceFilterOptions", "TYPE")},
        {QStringLiteral("state"),
         QCoreApplication::translate(
             "DeviceFilterOptions",
             "Only this state: ordered, in_stock, in_use, in_pool, replaced, retired, lost (repeatable)."),
         QCoreApplication::translate("DeviceFilterOptions", "STATE")},
        {QStringLiteral("year-from"),
         QCoreApplication::translate("DeviceFilterOptions", "Only devices produced in this year or later."),
         QCoreApplication::translate("DeviceFilterOptions", "YEAR")},
        {QStringLiteral("year-to"),
         QCoreApplication::translate("DeviceFilterOptions", "Only devices produced in this year or earlier."),
         QCoreApplication::translate("DeviceFilterOptions", "YEAR")},
        {QStringLiteral("due-in"),
         QCoreApplication::translate("DeviceFilterOptions", "Only devices due for replacement in this year."),
         QCoreApplication::translate("DeviceFilterOptions", "YEAR")},
        {QStringLiteral("search"),
         QCoreApplication::translate("DeviceFilterOptions",
                                     "Only devices whose serial, name, user or model contains this text."),
         QCoreApplication::translate("DeviceFilterOptions", "TEXT")},
    };
}

void DeviceFilterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions(m_options);
}

bool DeviceFilterOptions::anySet(const QCommandLineParser& parser) const
{
    return std::any_of(m_options.cbegin(), m_options.cend(),
                       [&parser](const QCommandLineOption& option) { return parser.isSet(option); });
}

Result<DeviceFilter> DeviceFilterOptions::filter(const QCommandLineParser& parser, QSqlDatabase db) const
{
    DeviceFilter filter;
    const ReferenceRepository references(db);
    if (const QStringList names = values(parser, m_options[MunicipalityOption]); !names.isEmpty()) {
        Result<QList<Municipality>> all = references.municipalities();
        if (!all)
            return all.error();
        Result<QList<qint64>> ids = idsByName(QStringLiteral("municipality"), names, all.value());
        if (!ids)
            return ids.error();
        filter.municipalityIds = ids.value();
    }
    if (const QStringList names = values(parser, m_options[LocationOption]); !names.isEmpty()) {
        Result<QList<MunicipalUnit>> all = references.locations();
        if (!all)
            return all.error();
        Result<QList<qint64>> ids = idsByName(QStringLiteral("location"), names, all.value());
        if (!ids)
            return ids.error();
        filter.locationIds = ids.value();
    }
    if (const QStringList names = values(parser, m_options[DepartmentOption]); !names.isEmpty()) {
        Result<QList<MunicipalUnit>> all = references.departments();
        if (!all)
            return all.error();
        Result<QList<qint64>> ids = idsByName(QStringLiteral("department"), names, all.value());
        if (!ids)
            return ids.error();
        filter.departmentIds = ids.value();
    }
    if (const QStringList names = values(parser, m_options[NetworkOption]); !names.isEmpty()) {
        Result<QList<Network>> all = references.networks();
        if (!all)
            return all.error();
        Result<QList<qint64>> ids = idsByName(QStringLiteral("network"), names, all.value());
        if (!ids)
            return ids.error();
        filter.networkIds = ids.value();
    }
    for (const QString& value : values(parser, m_options[TypeOption])) {
        const std::optional<DeviceType> type = parseDeviceType(value);
        if (!type)
            return invalid(QStringLiteral("type"), value,
                           QCoreApplication::translate("DeviceFilterOptions", "not a device type"));
        filter.types.append(*type);
    }
    for (const QString& value : values(parser, m_options[StateOption])) {
        const std::optional<LifecycleState> state = parseLifecycleState(value);
        if (!state)
            return invalid(QStringLiteral("state"), value,
                           QCoreApplication::translate("DeviceFilterOptions", "not a state"));
        filter.states.append(*state);
    }
    Result<int> from = year(parser, m_options[YearFromOption]);
    Result<int> to = year(parser, m_options[YearToOption]);
    Result<int> due = year(parser, m_options[DueInOption]);
    for (const Result<int>* y : {&from, &to, &due}) {
        if (!*y)
            return y->error();
    }
    filter.productionYearFrom = from.value();
    filter.productionYearTo = to.value();
    filter.dueYear = due.value();
    filter.search = parser.value(m_options[SearchOption]).trimmed();
    return filter;
}

} // namespace rullering::cli
