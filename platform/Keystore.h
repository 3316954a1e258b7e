#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace feltdialog {

// The platform's store for a small device secret (32 random bytes), held outside the app's files:
// the Secret Service (gnome-keyring, KWallet) on Linux desktops, the Keychain on Apple platforms,
// the Android Keystore. The app mixes the secret into the key that wraps the data key, so a copy of
// the database alone cannot be opened by trying every PIN offline.
//
// Calls are synchronous and may wait on another process (a D-Bus round trip, or the desktop asking
// the person to unlock their keyring). Call them from the main thread, where the app object lives.
class Keystore
{
public:
    Keystore() = default;
    Keystore(const Keystore &) = delete;
    Keystore &operator=(const Keystore &) = delete;
    virtual ~Keystore() = default;

    // For the log and the about page, e.g. "Secret Service (QtKeychain)".
    virtual QString name() const = 0;
    // NotFound when the account has no entry; Io (with detail) when the keystore failed.
    virtual Status read(const QString &account, QByteArray *secret) = 0;
    // Creates or replaces the entry. Invalid for an empty account or secret.
    virtual Status write(const QString &account, const QByteArray &secret) = 0;
    // Ok when the entry was absent too.
    virtual Status remove(const QString &account) = 0;
};

// The keystore this platform has, or nullptr when there is none usable (built without QtKeychain,
// no session bus, no Secret Service on it). serviceName groups the app's entries ("Feltdialog").
// Needs a QCoreApplication. Returns within a few seconds even when the keystore does not answer.
// FELTDIALOG_NO_KEYSTORE=1 in the environment makes it return nullptr: for automated runs that
// have a session bus and a display but nobody to answer the desktop's keyring prompt.
std::unique_ptr<Keystore> createPlatformKeystore(const QString &serviceName);

} // namespace feltdialog
