#include "Sealer.h"

#include <QtEndian>

#include <sodium.h>

namespace feltdialog {

namespace {

constexpr char kFormat = 0x01;
constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

void appendUuid(QByteArray *out, const QUuid &id)
{
    out->append(id.toRfc4122());
}

} // namespace

QByteArray SealContext::forEvent(const QUuid &eventId, const QUuid &visitId, const QString &type)
{
    QByteArray context("feltdialog/event/1");
    appendUuid(&context, eventId);
    appendUuid(&context, visitId);
    context.append(type.toUtf8());
    return context;
}

QByteArray SealContext::forDraft(const QUuid &visitId, const QUuid &noteId)
{
    QByteArray context("feltdialog/draft/1");
    appendUuid(&context, visitId);
    appendUuid(&context, noteId);
    return context;
}

QByteArray SealContext::forFieldDraft(const QUuid &visitId, const QString &fieldKey)
{
    QByteArray context("feltdialog/field-draft/1");
    appendUuid(&context, visitId);
    context.append(fieldKey.toUtf8());
    return context;
}

QByteArray SealContext::forSecret(const QString &name)
{
    return QByteArray("feltdialog/secret/1/") + name.toUtf8();
}

Sealer::Sealer(quint32 keyId, SecretBytes key) : m_keyId(keyId), m_key(std::move(key))
{
    Q_ASSERT(m_key.size() == KeyBytes);
}

Sealer Sealer::generate(quint32 keyId)
{
    return {keyId, SecretBytes::random(KeyBytes)};
}

QByteArray Sealer::associatedData(QByteArrayView context) const
{
    QByteArray ad(context.toByteArray());
    const quint32 keyId = qToBigEndian(m_keyId);
    ad.append(reinterpret_cast<const char *>(&keyId), sizeof keyId);
    return ad;
}

QByteArray Sealer::seal(QByteArrayView plain, QByteArrayView context) const
{
    const QByteArray ad = associatedData(context);
    QByteArray out(1 + kNonce + plain.size() + kTag, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    bytes[0] = kFormat;
    randombytes_buf(bytes + 1, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + 1 + kNonce, &written, reinterpret_cast<const unsigned char *>(plain.data()),
        std::size_t(plain.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        std::size_t(ad.size()), nullptr, bytes + 1, m_key.data());
    Q_ASSERT(qsizetype(written) == plain.size() + kTag);
    return out;
}

Status Sealer::open(QByteArrayView sealed, QByteArrayView context, QByteArray *plain) const
{
    if (sealed.size() < 1 + kNonce + kTag)
        return {Status::Tampered, QStringLiteral("sealed blob of %1 bytes is too short").arg(sealed.size())};
    if (sealed.at(0) != kFormat)
        return {Status::Tampered, QStringLiteral("unknown sealed format %1").arg(int(sealed.at(0)))};
    const QByteArray ad = associatedData(context);
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.data());
    QByteArray out(sealed.size() - 1 - kNonce - kTag, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(out.data()), &written, nullptr, bytes + 1 + kNonce,
            std::size_t(sealed.size() - 1 - kNonce), reinterpret_cast<const unsigned char *>(ad.constData()),
            std::size_t(ad.size()), bytes + 1, m_key.data()) != 0)
        return {Status::Tampered, QStringLiteral("sealed content failed its authenticity check")};
    *plain = std::move(out);
    return Status::ok();
}

} // namespace feltdialog
