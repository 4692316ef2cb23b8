#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace rullering {

// SHA-256 through OpenSSL, which uses the processor's SHA instructions where it has them: an import hashes every
// byte it reads, and QCryptographicHash's portable code (~100 instructions a byte) cost more than parsing the file.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result(); // the 32-byte digest; ends the hash
    static QByteArray hash(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace rullering
