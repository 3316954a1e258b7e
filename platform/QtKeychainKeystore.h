#pragma once

#include "Keystore.h"

namespace feltdialog {

// Keystore on QtKeychain: the Secret Service through libsecret (gnome-keyring, KWallet's Secret
// Service) or KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows.
// Entries are binary (QtKeychain stores them base64-encoded), under attribute server=serviceName,
// user=account. QtKeychain's insecure plain-text fallback is never enabled.
//
// QtKeychain's jobs are asynchronous. This class waits for each in a local QEventLoop, which is
// acceptable here because the app calls it about once per unlock (read) or PIN set-up (write): one
// D-Bus round trip, typically well under 100 ms. The nested loop keeps the window painting and
// excludes user input while it waits; it must run on the main thread, because libsecret delivers
// its results through the GLib main context that Qt's main-thread event dispatcher iterates.
//
// A job that times out is not cancelled (QtKeychain cannot): it finishes, or not, in the
// background and deletes itself; later jobs queue behind it in QtKeychain's executor.
class QtKeychainKeystore final : public Keystore
{
public:
    // Long enough for a person to answer the desktop's "unlock your keyring" prompt.
    static constexpr int DefaultOperationTimeoutMs = 60'000;
    // The probe reads an absent entry: no prompt, only a D-Bus round trip (and perhaps starting
    // the keyring daemon through D-Bus activation).
    static constexpr int DefaultProbeTimeoutMs = 3'000;

    explicit QtKeychainKeystore(QString serviceName, int operationTimeoutMs = DefaultOperationTimeoutMs);

    // A keystore when QtKeychain has a working backend (reading a probe entry answers "found" or
    // "not found"), nullptr when it does not (no session bus, no Secret Service, no answer within
    // probeTimeoutMs).
    static std::unique_ptr<QtKeychainKeystore> probe(const QString &serviceName,
                                                     int probeTimeoutMs = DefaultProbeTimeoutMs);

    QString name() const override;
    Status read(const QString &account, QByteArray *secret) override;
    Status write(const QString &account, const QByteArray &secret) override;
    Status remove(const QString &account) override;

private:
    QString m_serviceName;
    int m_timeoutMs;
};

} // namespace feltdialog
