#pragma once

#include "planning/PlanPolicy.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace rullering {
class Database;
}

namespace rullering::cli {

// The options that describe a plan, shared by "plan" and "export procurement". Defined in PlanCommand.cpp.
struct PlanOptions
{
    QCommandLineOption plan;
    QCommandLineOption firstYear;
    QCommandLineOption years;
    QCommandLineOption asOf;
    QCommandLineOption activityDays;
    QCommandLineOption lifetime;
    QCommandLineOption levelled;
    QCommandLineOption capacity;
    QCommandLineOption model;
    QCommandLineOption price;
    QCommandLineOption includeType;
    QCommandLineOption excludeType;

    PlanOptions();
    void addTo(QCommandLineParser& parser) const;
    // The saved plan (--plan) or the defaults, with every flag given applied on top. Errors are usage errors
    // (Error::Code::Invalid) or a missing plan (NotFound), with a message naming the flag.
    Result<PlanPolicy> policy(const QCommandLineParser& parser, Database& database) const;
};

} // namespace rullering::cli
