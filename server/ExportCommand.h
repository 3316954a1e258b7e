#pragma once

#include "ServerDatabase.h"

#include <QTextStream>

namespace feltdialog::server {

// `feltdialog-server export`: the visit record (issue 7) from the events the server holds, with
// the authority, facility and consultants' names from its own tables; templates and quality
// models from an assets folder (the server does not hold them yet). Needs a QGuiApplication
// for the PDF (fonts); main() makes one for this command.
struct ExportRequest
{
    QString visitId;
    QString pdfPath;  // empty: no PDF
    QString jsonPath; // empty: no JSON; "-": standard output
    QString assetsDir;
};

int runExport(ServerDatabase &db, const ExportRequest &request, QTextStream &out, QTextStream &err);

} // namespace feltdialog::server
