#pragma once

#include "RecordModel.h"
#include "ServerDatabase.h"

#include <QUuid>
#include <functional>

namespace feltdialog::server {

// What the record needs besides the log and the server's own names: the templates and quality
// models (the export's --assets folder); may return an empty reference.
using RecordReferenceFor = std::function<RecordReference(const VisitState &)>;

// One visit's record built from the store, with the authority, facility and consultants' names
// from the server's tables: what `feltdialog-server export` writes and the office console shows.
// With `tenantId` set, a visit of another tenant is Status::NotFound, exactly like one that does
// not exist.
Status recordFromStore(ServerDatabase &db, const QUuid &visitId, const QString &tenantId,
                       const RecordReferenceFor &referenceFor, VisitRecord *out);

} // namespace feltdialog::server
