// The app's visit record: shown from the real, sealed store of an unlocked workspace, painted in
// memory, written to a file only where the consultant chose (a PDF or a JSON), never into the
// app's own folder; a visit still open is a draft. Plain files an earlier version left in the
// app's folder go when their visit has left the tablet.
#include "OpenVisit.h"
#include "RecordExport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;

namespace {

const QByteArray kMarker = "KANARIE supervisionen";

// Every file under `dir` that holds the marker in plain text.
QStringList filesHoldingMarker(const QString &dir)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(kMarker))
            hits.append(f.fileName());
    }
    return hits;
}

QJsonValue statusOf(const QString &path)
{
    QFile json(path);
    return json.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(json.readAll()).object().value("status")
                                          : QJsonValue();
}

} // namespace

class RecordExportTest : public QObject
{
    Q_OBJECT

private slots:
    void recordIsShownInMemoryAndSavedOnlyWhereChosen()
    {
        QTemporaryDir dir, elsewhere;
        Workspace workspace(dir.path(), KdfCost::cheapForTests());
        QVERIFY(workspace.open().isOk());
        QVERIFY(workspace.setUpPin(QStringLiteral("246810")).isOk());
        const VisitTemplate *t = workspace.reference().defaultTemplate();
        QVERIFY(t);
        QUuid visitId;
        QVERIFY(
            workspace.recorder()
                ->startVisit({QStringLiteral("demo-solhaven"), QStringLiteral("Botilbuddet Solhaven (demo)"),
                              QStringLiteral("unannounced"), t->id, t->version, t->qualityModelVersion},
                             &visitId)
                .isOk());
        QVERIFY(workspace.recorder()
                    ->writeNote(visitId, QUuid::createUuid(), QString::fromUtf8(kMarker + " om lederen."))
                    .isOk());
        OpenVisit visit(&workspace);
        QVERIFY(visit.open(idString(visitId)));
        RecordExport exporter(&workspace, &visit);

        // Shown: laid out and painted in memory.
        QCOMPARE(exporter.prepare(), QString());
        QVERIFY(exporter.pageCount() >= 1);
        QVERIFY(exporter.draft());
        QImage page(400, qRound(400 * exporter.pageAspect()), QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            exporter.paintPage(painter, 0, page.size());
        }
        int inked = 0;
        for (int y = 0; y < page.height(); y += 2) {
            for (int x = 0; x < page.width(); x += 2)
                inked += qGray(page.pixel(x, y)) < 128;
        }
        QVERIFY2(inked > 200, "the first page shows text");
        QVERIFY2(filesHoldingMarker(dir.path()).isEmpty(), "showing the record wrote it nowhere");

        // Saved where chosen, PDF or JSON by the name's ending, with the warning in the answer.
        const QString pdfPath = elsewhere.filePath(QStringLiteral("rapport.pdf"));
        const QString draft = exporter.saveTo(QUrl::fromLocalFile(pdfPath));
        QVERIFY2(draft.startsWith(QStringLiteral("Draft saved as rapport.pdf")), qPrintable(draft));
        QVERIFY(draft.contains(QStringLiteral("not protected by your PIN")));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-1.4"));
        const QString jsonPath = elsewhere.filePath(QStringLiteral("rapport.json"));
        QVERIFY(exporter.saveTo(QUrl::fromLocalFile(jsonPath)).startsWith(QStringLiteral("Draft saved")));
        QCOMPARE(statusOf(jsonPath).toString(), QStringLiteral("draft"));
        QVERIFY2(filesHoldingMarker(dir.path()).isEmpty(), "nothing plain in the app's folder");
        QVERIFY(!QDir(exporter.leftoverFolder()).exists());

        // A place that cannot be written gets a sentence, not a crash.
        const QString refused = exporter.saveTo(QUrl::fromLocalFile(elsewhere.filePath("no/such/dir/x.pdf")));
        QVERIFY2(refused.startsWith(QStringLiteral("The record could not be saved")), qPrintable(refused));

        QVERIFY(visit.closeVisit());
        const QString final = exporter.saveTo(QUrl::fromLocalFile(jsonPath));
        QVERIFY2(final.startsWith(QStringLiteral("Visit record saved as rapport.json")), qPrintable(final));
        QCOMPARE(statusOf(jsonPath).toString(), QStringLiteral("final"));

        exporter.release();
        QCOMPARE(exporter.pageCount(), 0);
    }

    void plainFilesOfEarlierVersionsLeaveWithTheirVisit()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), KdfCost::cheapForTests());
        QVERIFY(workspace.open().isOk());
        QVERIFY(workspace.setUpPin(QStringLiteral("246810")).isOk());
        const VisitTemplate *t = workspace.reference().defaultTemplate();
        QUuid visitId;
        QVERIFY(workspace.recorder()
                    ->startVisit({QStringLiteral("demo-solhaven"), QStringLiteral("Solhaven"),
                                  QStringLiteral("unannounced"), t->id, t->version, t->qualityModelVersion},
                                 &visitId)
                    .isOk());
        OpenVisit visit(&workspace);
        RecordExport exporter(&workspace, &visit);
        QVERIFY(QDir().mkpath(exporter.leftoverFolder()));
        const QDir records(exporter.leftoverFolder());
        const QString here = records.filePath("tilsynsrapport-" + idString(visitId).left(8) + ".pdf");
        const QString gone = records.filePath(QStringLiteral("tilsynsrapport-0badf00d.json"));
        const QString other = records.filePath(QStringLiteral("noter.txt")); // not ours: left alone
        for (const QString &path : {here, gone, other}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kMarker);
        }
        exporter.removeLeftovers();
        QVERIFY(QFile::exists(here));
        QVERIFY(!QFile::exists(gone));
        QVERIFY(QFile::exists(other));
        QCOMPARE(exporter.leftoverFiles(), QStringList{here});
    }
};

QTEST_MAIN(RecordExportTest)
#include "tst_recordexport.moc"
