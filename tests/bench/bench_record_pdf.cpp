// The visit record of a long visit: a 300-note visit (the fixture visit of tests/record plus 300
// notes of 50-800 characters, every seventh amended; 419 events) turned into PDF/A-1b in memory,
// from the events to the last byte. Baselines, measured in the same run:
//  - the record model alone (buildVisitRecord: sort, fold, hash, coverage), which the PDF includes;
//  - the JSON export of the same record, the other way out of the same model.
// Peak memory is the process's high-water mark (VmHWM) before the first PDF and after the last.
//
//   bench_record_pdf [--quick] [--runs COUNT]
#include "BenchSupport.h"
#include "RecordFixture.h"
#include "RecordJson.h"
#include "RecordPdf.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Peak resident set size so far, from /proc (Linux), in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    int runs = options.quick ? 2 : 30;
    const int warmup = options.quick ? 1 : 3;
    if (const qsizetype i = options.rest.indexOf(QStringLiteral("--runs"));
        i >= 0 && i + 1 < options.rest.size())
        runs = options.rest.at(i + 1).toInt();

    const QList<Event> events = testing::RecordFixture::longVisit(300).events;
    const testing::FixtureReference reference =
        testing::FixtureReference::load(QStringLiteral(FELTDIALOG_ASSETS_DIR));
    const RecordReference ref = reference.reference();
    const double rssBefore = peakRssMiB();

    std::vector<double> pdf, model, json;
    qint64 bytes = 0, jsonSize = 0;
    int pages = 0;
    for (int i = 0; i < warmup + runs; ++i) {
        QElapsedTimer t;
        t.start();
        const VisitRecord record = buildVisitRecord(events, ref);
        const double modelMs = msSince(t);
        t.restart();
        const QByteArray jsonBytes = recordToJson(record);
        const double jsonMs = msSince(t);

        t.restart();
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const VisitRecord again = buildVisitRecord(events, ref);
        if (Status s = writeRecordPdf(again, &out, {}, &pages); !s.isOk())
            qFatal("cannot write the PDF: %s", qPrintable(s.detail()));
        const double pdfMs = msSince(t);
        if (i < warmup)
            continue;
        pdf.push_back(pdfMs);
        model.push_back(modelMs);
        json.push_back(jsonMs);
        bytes = out.size();
        jsonSize = jsonBytes.size();
    }
    const double rssAfter = peakRssMiB();

    std::printf("%lld events, %d pages, %.0f KiB of PDF, %.0f KiB of JSON, %d runs after %d warm-up\n",
                static_cast<long long>(events.size()), pages, double(bytes) / 1024.0,
                double(jsonSize) / 1024.0, runs, warmup);
    Table table(QStringLiteral("ms"));
    const Summary p = summarize(pdf), m = summarize(model), j = summarize(json);
    table.addSamples(QStringLiteral("events -> PDF/A (model + layout + paint)"), p);
    table.addSamples(QStringLiteral("baseline: record model alone"), m);
    table.addSamples(QStringLiteral("baseline: JSON of the record"), j);
    table.addRatio(QStringLiteral("PDF / model"), p.median / m.median, p.p99 / m.p99);
    table.print();
    std::printf("peak RSS: %.1f MiB before the first PDF, %.1f MiB after the last\n", rssBefore, rssAfter);

    // A note of one unbroken token (pasted: a long link, a hash, a key held down), added to the
    // fixture visit; once each, as the times are seconds without the fix (issue 14). Baseline:
    // the same visit with a note of the same length in words of 8 letters.
    Table tokens(QStringLiteral("ms"));
    const QList<Event> visit = testing::RecordFixture::visit().events;
    for (const int kib : options.quick ? QList<int>{16} : QList<int>{64, 128, 256}) {
        const qsizetype chars = qsizetype(kib) * 1024;
        QString words;
        while (words.size() < chars)
            words += QStringLiteral("ordetord ");
        words.truncate(chars);
        for (const auto &[label, text] :
             {std::pair{QStringLiteral("unbroken"), QString(chars, QLatin1Char('x'))},
              std::pair{QStringLiteral("baseline: in words"), words}}) {
            QElapsedTimer t;
            t.start();
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            const VisitRecord record = buildVisitRecord(testing::RecordFixture::withNote(visit, text), ref);
            if (Status s = writeRecordPdf(record, &out, {}, &pages); !s.isOk())
                qFatal("cannot write the PDF: %s", qPrintable(s.detail()));
            tokens.addSamples(QStringLiteral("%1 KiB note, %2").arg(kib).arg(label), summarize({msSince(t)}));
        }
    }
    tokens.print();
    return 0;
}
