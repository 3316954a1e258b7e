#pragma once

#include "ServerDatabase.h"

namespace feltdialog::server {

inline constexpr int CurrentSchemaVersion = 6;

// Brings the store to CurrentSchemaVersion step by step (each step in the same transaction as the
// version it records). Safe when several instances start at once: the steps run under the writer
// lock. A store written by a newer server is refused (Status::TooNew) and left untouched.
Status migrate(ServerDatabase &db);
// Up to `version` only: for the test that fills a store of an earlier version and upgrades it.
Status migrateTo(ServerDatabase &db, int version);

} // namespace feltdialog::server
