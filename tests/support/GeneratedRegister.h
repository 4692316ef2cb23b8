#pragma once

#include "generate/FleetGenerator.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>

#include <memory>

namespace rullering::test {

// A register file at path holding a generated demo fleet: the realistic data the query and model tests count on.
inline Result<std::unique_ptr<Database>> generatedRegister(const QString& path, int devices, quint64 seed,
                                                           const QDate& asOf = QDate(2026, 11, 23))
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return opened.error();
    GenerateOptions options;
    options.devices = devices;
    options.seed = seed;
    options.asOf = asOf;
    if (Result<GenerateSummary> generated = FleetGenerator::generate(*opened.value(), options); !generated)
        return generated.error();
    return opened;
}

} // namespace rullering::test
