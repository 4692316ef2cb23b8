#include "Sha256.h"

// OpenSSL 3 marks its SHA256_* functions deprecated in favour of EVP_Digest*, which look the algorithm up in a
// provider: the first lookup of a process loads OpenSSL's configuration and builds the default provider's tables
// (5.9 M instructions, about 2 ms of each `rullering-cli import`, whose files are hashed once). SHA256_* compute the
// same digest with the same code (the processor's SHA instructions where it has them) without that start-up.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace rullering {

struct Sha256::Context
{
    SHA256_CTX sha;
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    SHA256_Init(&m_context->sha);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    SHA256_Update(&m_context->sha, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_Final(reinterpret_cast<unsigned char*>(digest.data()), &m_context->sha);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 sha;
    sha.addData(bytes);
    return sha.result();
}

} // namespace rullering
