#include "TextHash.h"

#include <QHashSeed>

#include <cstring>

namespace rullering {
namespace {

// 64 x 64 -> 128-bit multiply, folded (the mixing step of wyhash and its relatives).
#if defined(__SIZEOF_INT128__)
__extension__ typedef unsigned __int128 Product; // GCC and Clang on 64-bit targets

quint64 mix(quint64 a, quint64 b)
{
    const Product product = static_cast<Product>(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}
#else
quint64 mix(quint64 a, quint64 b) // the same from four 32 x 32 -> 64-bit products
{
    const quint64 aLow = quint32(a), aHigh = a >> 32, bLow = quint32(b), bHigh = b >> 32;
    const quint64 low = aLow * bLow, middle1 = aHigh * bLow, middle2 = aLow * bHigh, high = aHigh * bHigh;
    const quint64 carry = ((low >> 32) + quint32(middle1) + quint32(middle2)) >> 32;
    const quint64 productLow = a * b;
    const quint64 productHigh = high + (middle1 >> 32) + (middle2 >> 32) + carry;
    return productLow ^ productHigh;
}
#endif

quint64 read8(const uchar* p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

constexpr quint64 K0 = 0xa0761d6478bd642fULL;
constexpr quint64 K1 = 0xe7037ed1a0b428dbULL;
constexpr quint64 K2 = 0x8ebc6af09c88c6e3ULL;

size_t bytesHash(const uchar* p, size_t n, size_t seed)
{
    quint64 h = mix(quint64(seed) ^ K0, quint64(n) ^ K1);
    for (; n > 16; n -= 16, p += 16)
        h = mix(read8(p) ^ K1, read8(p + 8) ^ h);
    // The last 1-16 bytes (the two reads may overlap each other, or what the loop took).
    quint64 a = 0, b = 0;
    if (n >= 8) {
        a = read8(p);
        b = read8(p + n - 8);
    } else if (n > 0) {
        std::memcpy(&a, p, n);
    }
    return size_t(mix(a ^ K2 ^ quint64(n), b ^ h));
}

size_t processSeed()
{
    static const size_t seed = QHashSeed::globalSeed();
    return seed;
}

} // namespace

size_t textHash(QStringView text, size_t seed) noexcept
{
    return bytesHash(reinterpret_cast<const uchar*>(text.utf16()), size_t(text.size()) * sizeof(char16_t), seed);
}

size_t textHash(QByteArrayView utf8, size_t seed) noexcept
{
    return bytesHash(reinterpret_cast<const uchar*>(utf8.data()), size_t(utf8.size()), seed);
}

size_t TextHasher::operator()(QStringView text) const noexcept
{
    return textHash(text, processSeed());
}

size_t TextHasher::operator()(QByteArrayView utf8) const noexcept
{
    return textHash(utf8, processSeed());
}

} // namespace rullering
