#pragma once

#include "domain/DeviceType.h"

#include <QList>
#include <QString>

namespace rullering {

// The realistic names the demo fleet is made of: municipalities of Møre og Romsdal with their places,
// Norwegian personal names, and the models municipalities actually buy, by type and year.
namespace FleetCatalog {

struct MunicipalityInfo
{
    const char* name;
    const char* code; // hostname prefix
    int weight;       // relative size
    QList<const char*> places;
};

struct ModelInfo
{
    DeviceType type;
    const char* manufacturer;
    const char* model;
    int year; // the year the model was sold
};

// The partnership's five first, then more when the fleet is large.
const QList<MunicipalityInfo>& municipalities();
const QList<const char*>& locationKinds();    // "%1 skole", "%1 sykehjem", ...
const QList<const char*>& centralLocations(); // "Rådhuset", "Helsehuset", ...
const QList<const char*>& departments();
const QList<const char*>& firstNames();
const QList<const char*>& lastNames();
const QList<ModelInfo>& models();

} // namespace FleetCatalog
} // namespace rullering
