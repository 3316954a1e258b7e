#pragma once

#include "EventStore.h"

#include <functional>

namespace feltdialog {

// Argon2id cost. tablet() is what devices use (see docs/security.md for why these figures);
// tests pass a cheap cost so they exercise the same code without spending seconds per PIN.
struct KdfCost
{
    qint64 opsLimit = 0;
    qint64 memLimit = 0; // bytes
    static KdfCost tablet();
    static KdfCost cheapForTests();
};

// The consultant's PIN and the device's data key. The data key is random, made once per store,
// and only ever written wrapped under a key derived from the PIN (and, where the platform has a
// keystore, a device secret kept there). Unlocking hands the data key to the EventStore; locking
// takes it away and wipes it.
class KeyVault
{
public:
    using WallClock = std::function<qint64()>;
    static constexpr int MinPinDigits = 6;

    explicit KeyVault(EventStore &store, KdfCost cost = KdfCost::tablet(), WallClock wallClock = {});

    static bool isAcceptablePin(const QString &pin); // at least MinPinDigits digits, digits only

    Status hasPin(bool *has);
    // First start: makes the data key, seals anything written before sealing existed, and
    // leaves the store unlocked.
    Status setUp(const QString &pin, QByteArrayView deviceSecret);
    // WrongPin, or TryLater (detail: milliseconds to wait) after repeated wrong PINs.
    Status unlock(const QString &pin, QByteArrayView deviceSecret);
    void lock() { m_store.setSealer(nullptr); }
    // Re-wraps the same data key under the new PIN; no content is touched.
    Status changePin(const QString &currentPin, const QString &newPin, QByteArrayView deviceSecret);
    // A new data key: every payload and draft is re-sealed in one transaction, then old page
    // images are scrubbed. Needs the PIN to wrap the new key.
    Status rotateKey(const QString &pin, QByteArrayView deviceSecret);

    Status usesDeviceSecret(bool *uses);
    qint64 msUntilNextTry();
    int failedAttempts();

private:
    Status deriveWrappingKey(const QString &pin, const KeyEnvelope &envelope, QByteArrayView deviceSecret,
                             std::unique_ptr<Sealer> *out) const;
    Status wrap(const Sealer &dataKey, const QString &pin, QByteArrayView deviceSecret,
                KeyEnvelope *out) const;
    Status unwrap(const QString &pin, QByteArrayView deviceSecret, std::unique_ptr<Sealer> *out);
    void recordFailure();
    void clearFailures();

    EventStore &m_store;
    KdfCost m_cost;
    WallClock m_wallClock;
};

} // namespace feltdialog
