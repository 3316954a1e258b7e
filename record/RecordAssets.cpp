#include "RecordAssets.h"

#include <QDir>
#include <QFile>

namespace feltdialog {

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void RecordAssets::load(const QString &assets)
{
    const QDir dir(assets);
    QStringList paths;
    QList<Status> refused;
    const QDir templatesDir(dir.filePath(QStringLiteral("templates")));
    for (const QString &name : templatesDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << templatesDir.filePath(name);
    loadTemplates(paths, &templates, &refused);
    const QDir modelsDir(dir.filePath(QStringLiteral("quality-model")));
    for (const QString &name : modelsDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QualityModel m;
        if (parseQualityModel(readFile(modelsDir.filePath(name)), name, &m).isOk())
            models.append(m);
    }
    parseFacilities(readFile(dir.filePath(QStringLiteral("demo/facilities.json"))),
                    QStringLiteral("facilities"), &facilities);
}

RecordReference RecordAssets::forVisit(const VisitState &visit) const
{
    RecordReference ref;
    for (const VisitTemplate &t : templates) {
        if (t.id == visit.templateId && t.version == visit.templateVersion)
            ref.visitTemplate = &t;
    }
    for (const QualityModel &m : models) {
        if (m.modelVersion == visit.qualityModelVersion)
            ref.model = &m;
    }
    for (const Facility &f : facilities) {
        if (f.id == visit.facilityId)
            ref.facility = &f;
    }
    return ref;
}

} // namespace feltdialog
