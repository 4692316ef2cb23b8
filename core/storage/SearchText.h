#pragma once

#include <QString>
#include <QStringList>

namespace rullering {

// The register's "contains" search (serial, device name, primary user) reads one narrow table,
// device_search_text (id, text), kept in step with device by triggers (migration 5). Scanning its ~40 bytes per
// device is about as fast as a trigram index lookup plus the row fetches, and costs a fraction to build: a
// million-row import rebuilt the trigram index in ~13 s, this table in ~1 s.
//
// The text is the three columns joined by line feeds and folded to lower case: ASCII by SQLite's lower(), and
// the letters Norwegian, Swedish, German and French names use by replace(). A search folds its words the same
// way (foldSearchText) and looks for them with instr().
namespace search_text {

// SQL expression of the folded text (migration 5's triggers hold a copy: changing it needs a new migration that
// recreates them and rebuilds the table) for a device row; prefix is "new." in a trigger, "" over the device table.
QString foldedExpression(const QString& prefix);

// The statements that refill the table from the device table, for migrations and bulk loads.
QStringList rebuildStatements();

// What the user typed, folded like the stored text: a plain substring for instr().
QString foldQuery(const QString& text);

} // namespace search_text
} // namespace rullering
