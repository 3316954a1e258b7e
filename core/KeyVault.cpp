#include "KeyVault.h"

#include <QDateTime>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>

namespace feltdialog {

namespace {

constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
const char kFailuresKey[] = "pin_failures";
const char kNextTryKey[] = "pin_next_try_wall";

// Three tries free, then 5 s doubling to a ceiling of 15 minutes. Kept in the store so that
// restarting the app does not reset it.
qint64 delayAfterFailures(int failures)
{
    if (failures < 3)
        return 0;
    const int doublings = std::min(failures - 3, 10);
    return std::min<qint64>(5'000LL << doublings, 15 * 60 * 1000);
}

QByteArray wrapContext(const KeyEnvelope &e)
{
    QByteArray context("feltdialog/datakey/1");
    context.append(e.salt);
    for (qint64 v : {e.opsLimit, e.memLimit, qint64(e.usesDeviceSecret)}) {
        const qint64 big = qToBigEndian(v);
        context.append(reinterpret_cast<const char *>(&big), sizeof big);
    }
    return context;
}

} // namespace

KdfCost KdfCost::tablet()
{
    // 3 passes over 64 MiB: see docs/security.md ("PIN key derivation") for the measurements.
    return {3, 64LL * 1024 * 1024};
}

KdfCost KdfCost::cheapForTests()
{
    return {qint64(crypto_pwhash_OPSLIMIT_MIN), qint64(crypto_pwhash_MEMLIMIT_MIN)};
}

KeyVault::KeyVault(EventStore &store, KdfCost cost, WallClock wallClock)
    : m_store(store), m_cost(cost), m_wallClock(std::move(wallClock))
{
    ensureSodium();
    if (!m_wallClock)
        m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

bool KeyVault::isAcceptablePin(const QString &pin)
{
    return pin.size() >= MinPinDigits &&
           std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Status KeyVault::hasPin(bool *has)
{
    KeyEnvelope envelope;
    const Status s = m_store.keyEnvelope(&envelope);
    *has = s.isOk();
    return s.code() == Status::NotFound ? Status::ok() : s;
}

Status KeyVault::usesDeviceSecret(bool *uses)
{
    KeyEnvelope envelope;
    const Status s = m_store.keyEnvelope(&envelope);
    *uses = s.isOk() && envelope.usesDeviceSecret;
    return s;
}

Status KeyVault::deriveWrappingKey(const QString &pin, const KeyEnvelope &envelope,
                                   QByteArrayView deviceSecret, std::unique_ptr<Sealer> *out) const
{
    if (envelope.salt.size() != kSaltBytes || envelope.opsLimit < qint64(crypto_pwhash_OPSLIMIT_MIN) ||
        envelope.memLimit < qint64(crypto_pwhash_MEMLIMIT_MIN))
        return {Status::Tampered, QStringLiteral("key envelope has impossible parameters")};
    if (envelope.usesDeviceSecret && deviceSecret.isEmpty())
        return {Status::Locked, QStringLiteral("the device keystore secret this store needs is missing")};
    const QByteArray pinBytes = pin.toUtf8();
    SecretBytes stretched(Sealer::KeyBytes);
    if (crypto_pwhash(stretched.data(), stretched.size(), pinBytes.constData(), std::size_t(pinBytes.size()),
                      reinterpret_cast<const unsigned char *>(envelope.salt.constData()),
                      (unsigned long long)envelope.opsLimit, std::size_t(envelope.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {Status::Io,
                QStringLiteral("Argon2id could not get %1 bytes of memory").arg(envelope.memLimit)};
    if (!envelope.usesDeviceSecret) {
        *out = std::make_unique<Sealer>(envelope.keyId, std::move(stretched));
        return Status::ok();
    }
    // Keyed BLAKE2b: the wrapping key needs both the PIN and the secret held by the keystore.
    SecretBytes mixed(Sealer::KeyBytes);
    crypto_generichash(mixed.data(), mixed.size(), stretched.data(), stretched.size(),
                       reinterpret_cast<const unsigned char *>(deviceSecret.data()),
                       std::size_t(deviceSecret.size()));
    *out = std::make_unique<Sealer>(envelope.keyId, std::move(mixed));
    return Status::ok();
}

Status KeyVault::wrap(const Sealer &dataKey, const QString &pin, QByteArrayView deviceSecret,
                      KeyEnvelope *out) const
{
    KeyEnvelope e;
    e.keyId = dataKey.keyId();
    e.salt.resize(kSaltBytes);
    randombytes_buf(e.salt.data(), std::size_t(e.salt.size()));
    e.opsLimit = m_cost.opsLimit;
    e.memLimit = m_cost.memLimit;
    e.usesDeviceSecret = !deviceSecret.isEmpty();
    e.createdWallMs = m_wallClock();
    std::unique_ptr<Sealer> wrapping;
    if (Status s = deriveWrappingKey(pin, e, deviceSecret, &wrapping); !s.isOk())
        return s;
    e.wrappedKey = wrapping->seal(dataKey.key().view(), wrapContext(e));
    *out = std::move(e);
    return Status::ok();
}

Status KeyVault::unwrap(const QString &pin, QByteArrayView deviceSecret, std::unique_ptr<Sealer> *out)
{
    KeyEnvelope envelope;
    if (Status s = m_store.keyEnvelope(&envelope); !s.isOk())
        return s;
    std::unique_ptr<Sealer> wrapping;
    if (Status s = deriveWrappingKey(pin, envelope, deviceSecret, &wrapping); !s.isOk())
        return s;
    QByteArray key;
    if (!wrapping->open(envelope.wrappedKey, wrapContext(envelope), &key).isOk())
        return {Status::WrongPin, QStringLiteral("the PIN does not open the data key")};
    *out = std::make_unique<Sealer>(envelope.keyId, SecretBytes::copyOf(key));
    sodium_memzero(key.data(), std::size_t(key.size()));
    return Status::ok();
}

Status KeyVault::setUp(const QString &pin, QByteArrayView deviceSecret)
{
    if (!isAcceptablePin(pin))
        return {Status::Invalid, QStringLiteral("a PIN has at least %1 digits").arg(MinPinDigits)};
    bool has = false;
    if (Status s = hasPin(&has); !s.isOk())
        return s;
    if (has)
        return {Status::Invalid, QStringLiteral("a PIN is already set")};
    auto dataKey = std::make_unique<Sealer>(Sealer::generate(1));
    KeyEnvelope envelope;
    if (Status s = wrap(*dataKey, pin, deviceSecret, &envelope); !s.isOk())
        return s;
    m_store.setSealer(std::move(dataKey));
    if (Status s = m_store.resealAll(nullptr, envelope); !s.isOk()) {
        lock();
        return s;
    }
    clearFailures();
    return m_store.scrubFreedSpace(); // plaintext from before sealing must not stay in free pages
}

Status KeyVault::unlock(const QString &pin, QByteArrayView deviceSecret)
{
    if (const qint64 wait = msUntilNextTry(); wait > 0)
        return {Status::TryLater, QString::number(wait)};
    std::unique_ptr<Sealer> dataKey;
    const Status s = unwrap(pin, deviceSecret, &dataKey);
    if (s.code() == Status::WrongPin) {
        recordFailure();
        return s;
    }
    if (!s.isOk())
        return s;
    clearFailures();
    m_store.setSealer(std::move(dataKey));
    return Status::ok();
}

Status KeyVault::changePin(const QString &currentPin, const QString &newPin, QByteArrayView deviceSecret)
{
    if (!isAcceptablePin(newPin))
        return {Status::Invalid, QStringLiteral("a PIN has at least %1 digits").arg(MinPinDigits)};
    if (const qint64 wait = msUntilNextTry(); wait > 0)
        return {Status::TryLater, QString::number(wait)};
    std::unique_ptr<Sealer> dataKey;
    if (Status s = unwrap(currentPin, deviceSecret, &dataKey); !s.isOk()) {
        if (s.code() == Status::WrongPin)
            recordFailure();
        return s;
    }
    KeyEnvelope envelope;
    if (Status s = wrap(*dataKey, newPin, deviceSecret, &envelope); !s.isOk())
        return s;
    clearFailures();
    return m_store.replaceKeyEnvelope(envelope);
}

Status KeyVault::rotateKey(const QString &pin, QByteArrayView deviceSecret)
{
    std::unique_ptr<Sealer> current;
    if (Status s = unwrap(pin, deviceSecret, &current); !s.isOk()) {
        if (s.code() == Status::WrongPin)
            recordFailure();
        return s;
    }
    auto next = std::make_unique<Sealer>(Sealer::generate(current->keyId() + 1));
    KeyEnvelope envelope;
    if (Status s = wrap(*next, pin, deviceSecret, &envelope); !s.isOk())
        return s;
    m_store.setSealer(std::move(next));
    if (Status s = m_store.resealAll(current.get(), envelope); !s.isOk()) {
        m_store.setSealer(std::move(current)); // nothing changed: the transaction rolled back
        return s;
    }
    return m_store.scrubFreedSpace();
}

qint64 KeyVault::msUntilNextTry()
{
    QString next;
    if (!m_store.metaValue(QString::fromLatin1(kNextTryKey), &next).isOk())
        return 0;
    const qint64 remaining = next.toLongLong() - m_wallClock();
    // A clock set backwards must not lock the consultant out for longer than the policy allows.
    return std::clamp<qint64>(remaining, 0, delayAfterFailures(failedAttempts()));
}

int KeyVault::failedAttempts()
{
    QString failures;
    if (!m_store.metaValue(QString::fromLatin1(kFailuresKey), &failures).isOk())
        return 0;
    return failures.toInt();
}

void KeyVault::recordFailure()
{
    const int failures = failedAttempts() + 1;
    // Best effort: if the disk is full the counter does not grow, but the Argon2id cost still
    // bounds how fast PINs can be tried.
    m_store.setMetaValue(QString::fromLatin1(kFailuresKey), QString::number(failures));
    m_store.setMetaValue(QString::fromLatin1(kNextTryKey),
                         QString::number(m_wallClock() + delayAfterFailures(failures)));
}

void KeyVault::clearFailures()
{
    m_store.setMetaValue(QString::fromLatin1(kFailuresKey), QStringLiteral("0"));
    m_store.setMetaValue(QString::fromLatin1(kNextTryKey), QStringLiteral("0"));
}

} // namespace feltdialog
