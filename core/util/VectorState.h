#pragma once

namespace rullering {

// Clears the upper halves of the processor's AVX registers (VZEROUPPER) on an x86-64 processor with AVX; nothing
// elsewhere. Qt 6.4 hashes text with 256-bit AES instructions (qHash of a QString or QByteArray: any QHash looked up
// by text, and Qt's own, such as QSqlDatabase::database() finding a connection by name) and returns without
// VZEROUPPER; glibc's string functions for processors with AVX-512 (its EVEX versions) never clear the registers
// either, so the code that runs next (this program's, Qt's, SQLite's, built for plain x86-64) runs with them dirty.
// On the Xeon measured, a 12k-row import ran about 10 % slower than with Qt's hash kept off the AES path
// (QT_HASH_SEED=0) or with glibc's AVX2 functions, which clear them; clearing them here took back most of it
// (docs/import-speed.md, the eleventh session). One instruction: called for every row of a loop and before every
// statement.
void clearUpperVectorState();

} // namespace rullering
