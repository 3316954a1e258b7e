#pragma once

#include "UnlockedStore.h"
#include "Workspace.h"

namespace feltdialog::testing {

// Opens a fresh workspace (the app's store and reference data) and sets up the test PIN, at the
// cheapest Argon2id cost (UnlockedStore.h says why).
inline Status openUnlocked(Workspace &workspace)
{
    if (Status s = workspace.open(); !s.isOk())
        return s;
    return workspace.setUpPin(kTestPin);
}

} // namespace feltdialog::testing
