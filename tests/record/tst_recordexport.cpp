// The app's "Save visit record": from the real, sealed store of an unlocked workspace to a PDF and
// a JSON in the app's own records folder; a visit still open is saved as a draft.
#include "OpenVisit.h"
#include "RecordExport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;

class RecordExportTest : public QObject
{
    Q_OBJECT

private slots:
    void openVisitIsSavedAsDraftThenAsRecord()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), KdfCost::cheapForTests());
        QVERIFY(workspace.open().isOk());
        QVERIFY(workspace.setUpPin(QStringLiteral("246810")).isOk());
        const VisitTemplate *t = workspace.defaultTemplate();
        QVERIFY(t);
        QUuid visitId;
        QVERIFY(
            workspace.recorder()
                ->startVisit({QStringLiteral("demo-solhaven"), QStringLiteral("Botilbuddet Solhaven (demo)"),
                              QStringLiteral("unannounced"), t->id, t->version, t->qualityModelVersion},
                             &visitId)
                .isOk());
        QVERIFY(workspace.recorder()
                    ->writeNote(visitId, QUuid::createUuid(),
                                QStringLiteral("Lederen fortæller om supervisionen."))
                    .isOk());
        OpenVisit visit(&workspace);
        QVERIFY(visit.open(idString(visitId)));
        RecordExport exporter(&workspace, &visit);

        const QString draft = exporter.saveOpenVisit();
        QVERIFY2(draft.startsWith(QStringLiteral("Draft saved")), qPrintable(draft));
        const QString base =
            QDir(exporter.folder()).filePath(QStringLiteral("tilsynsrapport-") + idString(visitId).left(8));
        QFile pdf(base + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-1.4"));
        const auto status = [&base] {
            QFile json(base + QStringLiteral(".json"));
            return json.open(QIODevice::ReadOnly)
                       ? QJsonDocument::fromJson(json.readAll()).object().value("status")
                       : QJsonValue();
        };
        QCOMPARE(status().toString(), QStringLiteral("draft"));

        QVERIFY(visit.closeVisit());
        const QString final = exporter.saveOpenVisit();
        QVERIFY2(final.startsWith(QStringLiteral("Visit record saved")), qPrintable(final));
        QCOMPARE(status().toString(), QStringLiteral("final"));
    }
};

QTEST_MAIN(RecordExportTest)
#include "tst_recordexport.moc"
