#pragma once

#include "DeviceFilter.h"

namespace rullering {

class Engine;

// The statement counting the devices a filter keeps (one row, one column), shaped so each part is answered from an
// index alone where the plain "SELECT COUNT(*) FROM device d WHERE …" is not:
// - "not seen for N days" (never seen, or seen before a day) is counted as two ranges of the last-seen index, never
//   seen plus seen before: PostgreSQL answered the OR of the two by reading every page of the table (0.2-1.6 s at
//   1M devices; 77 ms so).
// - A search alone, on an engine that counts it in parts (Engine::countsSearchInParts), is the devices
//   of the models whose name holds the text, plus the word matches, less the word matches of those models: the
//   model index gives the first count by itself, where the union of both id sets was collected, made distinct and
//   joined back to the table (a quarter of the register for "ThinkPad": 2.6 s → 0.34 s at load 10).
// The same number either way, on both engines.
SqlFragment deviceCountQuery(const Engine& engine, const DeviceFilter& filter);

// Whether the filter is a search and nothing else.
bool deviceFilterSearchesOnly(const DeviceFilter& filter);
// The statement counting the devices of the models whose name holds a search's text (the first part above).
SqlFragment deviceSearchModelCountQuery(const Engine& engine, const DeviceFilter& filter);

} // namespace rullering
