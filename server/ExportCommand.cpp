#include "ExportCommand.h"

#include "RecordAssets.h"
#include "RecordJson.h"
#include "RecordPdf.h"
#include "VisitRecordSource.h"

#include <QSaveFile>

namespace feltdialog::server {

int runExport(ServerDatabase &db, const ExportRequest &request, QTextStream &out, QTextStream &err)
{
    const QUuid visitId = QUuid::fromString(request.visitId);
    if (visitId.isNull() || (request.pdfPath.isEmpty() && request.jsonPath.isEmpty())) {
        err << "export needs --visit ID and --pdf FILE and/or --json FILE|-" << Qt::endl;
        return 2;
    }
    // Names from the server's own tables; templates and models from the assets folder.
    RecordAssets assets;
    if (!request.assetsDir.isEmpty())
        assets.load(request.assetsDir);
    VisitRecord record;
    if (Status s = recordFromStore(
            db, visitId, {}, [&assets](const VisitState &state) { return assets.forVisit(state); }, &record);
        !s.isOk()) {
        err << "error: " << s.detail() << Qt::endl;
        return 1;
    }

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
