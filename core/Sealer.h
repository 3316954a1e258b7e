#pragma once

#include "SecretBytes.h"
#include "Status.h"

#include <QByteArray>
#include <QUuid>

namespace feltdialog {

// What a sealed blob is bound to. The associated data is authenticated but not encrypted: a blob
// moved to another event, another visit, another draft or another key fails to open instead of
// showing the wrong text.
namespace SealContext {
QByteArray forEvent(const QUuid &eventId, const QUuid &visitId, const QString &type);
QByteArray forDraft(const QUuid &visitId, const QUuid &noteId);
QByteArray forFieldDraft(const QUuid &visitId, const QString &fieldKey);
QByteArray forSecret(const QString &name); // e.g. the sync token
} // namespace SealContext

// Seals content under the device's data key with XChaCha20-Poly1305 (IETF). The 192-bit nonce is
// random per seal, so re-sealing a draft in place is safe without a counter.
// Blob layout: format byte (1) | nonce (24) | ciphertext | tag (16).
class Sealer
{
public:
    static constexpr int KeyBytes = 32;

    Sealer(quint32 keyId, SecretBytes key);
    static Sealer generate(quint32 keyId);

    quint32 keyId() const { return m_keyId; }
    const SecretBytes &key() const { return m_key; }

    QByteArray seal(QByteArrayView plain, QByteArrayView context) const;
    // Tampered when the blob is truncated, altered, or was sealed for another context or key.
    Status open(QByteArrayView sealed, QByteArrayView context, QByteArray *plain) const;

private:
    QByteArray associatedData(QByteArrayView context) const;

    quint32 m_keyId;
    SecretBytes m_key;
};

} // namespace feltdialog
