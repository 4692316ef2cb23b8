#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <unordered_map>
#include <unordered_set>

namespace rullering {

// A hash of text for the lookups an import makes for every row (names, labels). Qt 6.4's qHash of a QString takes
// its AES path on a processor with AES, and there, on the machines measured (Xeon, virtual), a QHash<QString> lookup
// of a short name took 150-220 ns against 30-45 ns with this hash (tests/benchmarks/bench_text_hash): 12k rows into
// a new file, 48,000 name lookups and 24,000 label lookups, spent about 25 ms in them. Seeded with Qt's per-process
// seed, so that a file cannot choose names that collide.
size_t textHash(QStringView text, size_t seed) noexcept;
size_t textHash(QByteArrayView utf8, size_t seed) noexcept; // the same over UTF-8 (or any) bytes

// For std::unordered_map (TextMap): looked up by QStringView or QString without a copy.
struct TextHasher
{
    using is_transparent = void;
    size_t operator()(QStringView text) const noexcept;
    size_t operator()(QByteArrayView utf8) const noexcept;
};

struct TextEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
    bool operator()(QByteArrayView a, QByteArrayView b) const noexcept { return a == b; }
};

template <typename Value>
using TextMap = std::unordered_map<QString, Value, TextHasher, TextEqual>;
using TextSet = std::unordered_set<QString, TextHasher, TextEqual>;
template <typename Value>
using Utf8Map = std::unordered_map<QByteArray, Value, TextHasher, TextEqual>;

} // namespace rullering
