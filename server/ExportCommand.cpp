#include "ExportCommand.h"

#include "Directory.h"
#include "EventLog.h"
#include "RecordAssets.h"
#include "RecordJson.h"
#include "RecordPdf.h"

#include <QSaveFile>

namespace feltdialog::server {

int runExport(ServerDatabase &db, const ExportRequest &request, QTextStream &out, QTextStream &err)
{
    const QUuid visitId = QUuid::fromString(request.visitId);
    if (visitId.isNull() || (request.pdfPath.isEmpty() && request.jsonPath.isEmpty())) {
        err << "export needs --visit ID and --pdf FILE and/or --json FILE|-" << Qt::endl;
        return 2;
    }
    EventLog log(db);
    QString tenantId;
    QList<Event> events;
    Status s = log.visitTenant(visitId, &tenantId);
    if (s.isOk() && tenantId.isEmpty())
        s = {Status::NotFound, QStringLiteral("the server holds no visit %1").arg(request.visitId)};
    if (s.isOk())
        s = log.visitEvents(visitId, &events);
    if (!s.isOk()) {
        err << "error: " << s.detail() << Qt::endl;
        return 1;
    }

    // Names from the server's own tables; templates and models from the assets folder.
    RecordAssets assets;
    if (!request.assetsDir.isEmpty())
        assets.load(request.assetsDir);
    const VisitState state = foldVisit(events);
    RecordReference ref = assets.forVisit(state);
    Directory directory(db);
    Tenant tenant;
    if (directory.tenant(tenantId, &tenant).isOk())
        ref.authority = tenant.name;
    QList<Facility> facilities;
    directory.facilities(tenantId, &facilities);
    for (const Facility &f : std::as_const(facilities)) {
        if (f.id == state.facilityId)
            ref.facility = &f;
    }
    for (const Event &e : std::as_const(events)) {
        Consultant c;
        if (!ref.people.contains(e.authorId) && directory.consultant(e.authorId, &c).isOk())
            ref.people.insert(e.authorId, c.name);
    }
    const VisitRecord record = buildVisitRecord(events, ref);

    if (!request.jsonPath.isEmpty()) {
        const QByteArray bytes = recordToJson(record);
        if (request.jsonPath == QLatin1String("-")) {
            out << bytes;
            out.flush();
        } else {
            QSaveFile file(request.jsonPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                err << "error: " << request.jsonPath << ": " << file.errorString() << Qt::endl;
                return 1;
            }
        }
    }
    if (!request.pdfPath.isEmpty()) {
        int pages = 0;
        if (Status p = saveRecordPdf(record, request.pdfPath, {}, &pages); !p.isOk()) {
            err << "error: " << p.detail() << Qt::endl;
            return 1;
        }
        err << request.pdfPath << ": " << pages << " pages, log " << record.logHash << Qt::endl;
    }
    return 0;
}

} // namespace feltdialog::server
