// bench_text_hash: what a lookup by text costs (util/TextHash.h). Prints, for 48,000 lookups of 150 location names
// (fresh copies, as an import's rows hold them), QHash<QString> (qHash: AES instructions where the processor has them)
// against TextMap (util/TextHash).
// Usage: build/tests/benchmarks/bench_text_hash [ROUNDS]   (default 5; the medians are printed)
#include "util/TextHash.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rullering;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename Loop>
double nanosecondsEach(qsizetype count, Loop loop)
{
    QElapsedTimer timer;
    timer.start();
    loop();
    return double(timer.nsecsElapsed()) / double(count);
}

} // namespace

int main(int argc, char* argv[])
{
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QStringList names;
    for (int i = 0; i < 150; ++i)
        names << QStringLiteral("Dalsfjord ungdomsskole %1").arg(i);
    QList<QString> rows;
    for (int i = 0; i < 48000; ++i)
        rows << QString(names[(i * 7) % 150].constData(), names[(i * 7) % 150].size());
    QHash<QString, qint64> qtHash;
    TextMap<qint64> textMap;
    for (int i = 0; i < names.size(); ++i) {
        qtHash.insert(names[i], i);
        textMap.emplace(names[i], i);
    }
    std::vector<double> qt, ours;
    qint64 sink = 0;
    for (int round = 0; round < rounds; ++round) {
        qt.push_back(nanosecondsEach(rows.size(), [&] {
            for (const QString& row : rows)
                sink += qtHash.value(row);
        }));
        ours.push_back(nanosecondsEach(rows.size(), [&] {
            for (const QString& row : rows)
                sink += textMap.find(row)->second;
        }));
    }
    std::printf("lookup by text, 48,000 rows, median of %d rounds:\n", rounds);
    std::printf("  QHash<QString>                  %7.1f ns a lookup\n", median(qt));
    std::printf("  TextMap (util/TextHash)         %7.1f ns a lookup\n", median(ours));
    std::printf("(checksum %lld)\n", static_cast<long long>(sink));
    return 0;
}
