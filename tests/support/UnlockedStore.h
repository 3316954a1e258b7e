#pragma once

#include "KeyVault.h"

namespace feltdialog::testing {

// The PIN every test store is sealed with. Tests use the cheapest Argon2id cost: they exercise
// the same sealing code, and the tablet cost is measured in the benchmark instead.
inline const QString kTestPin = QStringLiteral("246810");

// Opens (or creates) a store and unlocks it, setting the PIN up on first use.
inline Status openUnlocked(EventStore &store, const QString &path)
{
    if (Status s = store.open(path); !s.isOk())
        return s;
    KeyVault vault(store, KdfCost::cheapForTests());
    bool has = false;
    if (Status s = vault.hasPin(&has); !s.isOk())
        return s;
    return has ? vault.unlock(kTestPin, {}) : vault.setUp(kTestPin, {});
}

} // namespace feltdialog::testing
