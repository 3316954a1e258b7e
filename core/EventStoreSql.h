#pragma once

#include "Status.h"

// Shared by the EventStore's implementation files (EventStore.cpp, EventStoreSync.cpp) only.
namespace feltdialog::storesql {

inline constexpr char kSelectEvents[] =
    "SELECT id, visit_id, author_id, device_id, device_seq, hlc, wall_time, "
    "type, schema_version, payload, key_id FROM events ";

inline Status locked()
{
    return {Status::Locked, QStringLiteral("the data key is not unlocked")};
}

} // namespace feltdialog::storesql
