#pragma once

#include "register/DeviceFilter.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSqlDatabase>

namespace rullering::cli {

// The Devices page's filters as command-line options (--municipality, --location, --department, --network, --type,
// --state, --year-from, --year-to, --due-in, --search), so a script selects the same devices a person sees.
class DeviceFilterOptions
{
public:
    DeviceFilterOptions();

    void addTo(QCommandLineParser& parser) const;
    bool anySet(const QCommandLineParser& parser) const;
    // Names are matched to the register's own without regard to case; an unknown name, type, state or year is an
    // Error::Code::Invalid naming the option and the value.
    Result<DeviceFilter> filter(const QCommandLineParser& parser, QSqlDatabase db) const;

private:
    QList<QCommandLineOption> m_options;
};

} // namespace rullering::cli
