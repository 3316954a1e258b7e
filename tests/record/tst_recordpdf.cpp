// The visit record as PDF/A-1b, read back the way a case worker's tools read it: poppler's
// pdftotext finds the headings, names, Danish letters and every note; pdfinfo and the XMP metadata
// say PDF/A-1b on A4; every page carries "Side n af m" and the hash of the log it was made from.
// The first page and the radar chart's page are kept as PNG in the build folder to look at.
#include "RecordFixture.h"
#include "RecordHash.h"
#include "RecordPdf.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace feltdialog;
using namespace feltdialog::testing;

namespace {

const QString kOutput = QStringLiteral(FELTDIALOG_RECORD_OUTPUT_DIR);

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of each page, as pdftotext gives it (pages are separated by form feeds).
QStringList pageTexts(const QString &pdf)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Line breaks are the layout's, not the text's: compare words.
QString words(const QString &text)
{
    return text.simplified();
}

// The pages' text without their running header and footer, so a note that continues on the
// next page reads as one. Qt 6.4 also paints, clipped away and invisible, the last line of a
// paragraph that breaks across pages once more at the top of the next page (QTextLayout::draw
// keeps lines just above its clip); pdftotext reads them, so lines repeated there are dropped here.
QString body(const QStringList &pages)
{
    static const QRegularExpression running(QStringLiteral(
        "^(Socialtilsyn Midt · Tilsynsrapport|Botilbuddet Solhaven · \\d\\d\\.|Loggens SHA-256: |Dannet \\d|"
        "Side \\d+ af \\d+$|UDKAST$)"));
    QStringList lines;
    for (const QString &page : pages) {
        QStringList pageLines;
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (!running.match(line.trimmed()).hasMatch() && !line.trimmed().isEmpty())
                pageLines << line.trimmed();
        }
        for (qsizetype k = std::min<qsizetype>({4, lines.size(), pageLines.size()}); k > 0; --k) {
            if (lines.mid(lines.size() - k) == pageLines.mid(0, k)) {
                pageLines.remove(0, k);
                break;
            }
        }
        lines << pageLines;
    }
    return words(lines.join(QLatin1Char(' ')));
}

QString writePdf(const QList<Event> &events, const QString &name)
{
    const FixtureReference reference = FixtureReference::load(QStringLiteral(FELTDIALOG_ASSETS_DIR));
    const VisitRecord record = buildVisitRecord(events, reference.reference());
    const QString path = QDir(kOutput).filePath(name);
    RecordPdfOptions options;
    options.generatedAt = QDateTime(QDate(2025, 11, 19), QTime(8, 30), QTimeZone("Europe/Copenhagen"));
    const Status s = saveRecordPdf(record, path, options);
    if (!s.isOk())
        qWarning("%s", qPrintable(s.detail()));
    return path;
}

} // namespace

class RecordPdfTest : public QObject
{
    Q_OBJECT

private:
    RecordFixture m_visit = RecordFixture::visit();
    QString m_pdf;
    QStringList m_pages;

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(kOutput));
        for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "poppler-utils is missing: run scripts/install-deps.sh");
        m_pdf = writePdf(m_visit.events, QStringLiteral("solhaven-visit.pdf"));
        m_pages = pageTexts(m_pdf);
        QVERIFY(m_pages.size() >= 3);
    }

    void isPdfA1bOnA4WithEmbeddedFonts()
    {
        const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
        QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("PDF version:\\s+1.4"))), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Tilsynsrapport – Botilbuddet Solhaven – 18.11.2025")));
        // pdfinfo does not print the PDF/A claim; it is in the XMP metadata, which Qt writes uncompressed
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(R"(pdfaid:part="1")"));
        QVERIFY(bytes.contains(R"(pdfaid:conformance="B")"));
        QVERIFY(bytes.contains("/OutputIntents"));
        const QString fonts = run(QStringLiteral("pdffonts"), {m_pdf});
        for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            QVERIFY2(line.startsWith(QStringLiteral("DejaVuSans")), qPrintable(line));
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(no|yes)\\s+yes\\b"))),
                     qPrintable(QStringLiteral("font not embedded with Unicode map: ") + line));
        }
    }

    void textHasTheHeadingsNamesAndDanishLetters()
    {
        const QString text = words(m_pages.join(QLatin1Char(' ')));
        for (const char *expected :
             {"Tilsynsrapport – uanmeldt tilsynsbesøg",
              "Botilbuddet Solhaven",
              "Socialtilsyn Midt",
              "Skovvej 12, 8600 Silkeborg",
              "Anna Sørensen",
              "Bo Ærtebjerg",
              "tirsdag den 18. november 2025",
              "Stedfæstelse",
              "Samtaler",
              "1. Samtale med lederen",
              "2. Samtale med to medarbejdere",
              "3. Samtale med en borger",
              "4. Afsluttende møde",
              "Deltagere, check-in og check-ud",
              "Timeouts",
              "Positionsskift",
              "Afrunding og fælles forståelse",
              "Forstået anderledes",
              "Vi følger op på personalemøderne hver måned, men vi skriver det ikke ned.",
              "Tilbuddet sender referater fra de seneste tre personalemøder.",
              "2. december 2025",
              "Udviklings- og opmærksomhedspunkter",
              "Evidensdækning",
              "Bedømmelse af indikatorer",
              "3 – I middel grad opfyldt",
              "Temaernes gennemsnit",
              "Bilag: Hele tidslinjen",
              "Note rettet",
              "Skalaspørgsmål: 3 af 5",
              "version 1.0.0",
              "tilbud-2019",
              "J.O.K.",
              "Navn rettet fra »J.O.K.« til »J.K.«",
              "Lis Ledsager fjernet som deltager",
              "Tilføjet ved en fejl: ledsageren gik igen.",
              "Deltager fjernet",
              "Taletid",
              "2 min. 5 sek.",
              "Positionsskift fortrudt"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        for (const QChar letter : QStringLiteral("æøåÆØÅ"))
            QVERIFY2(text.contains(letter), qPrintable(QString(letter)));
        // a resident typed by full name appears by initials only
        QVERIFY(!text.contains(QStringLiteral("Jens Ole Kristensen")));
    }

    void everyNoteIsInTheText()
    {
        const QString text = body(m_pages);
        for (const QString &note : std::as_const(m_visit.noteTexts))
            QVERIFY2(text.contains(words(note)), qPrintable(note));
    }

    void everyPageIsNumberedAndCarriesTheLogHash()
    {
        const QString hash = QString::fromLatin1(logHash(m_visit.events));
        for (qsizetype i = 0; i < m_pages.size(); ++i) {
            const QString page = words(m_pages.at(i));
            QVERIFY2(page.contains(QStringLiteral("Side %1 af %2").arg(i + 1).arg(m_pages.size())),
                     qPrintable(page));
            const QRegularExpressionMatch printed =
                QRegularExpression(QStringLiteral("Loggens SHA-256: ([0-9a-f]{64})")).match(page);
            QVERIFY2(printed.hasMatch(), qPrintable(page));
            QCOMPARE(printed.captured(1), hash);
            QVERIFY(page.contains(QStringLiteral("Dannet 19.11.2025 kl. 08.30")));
            QVERIFY(!page.contains(QStringLiteral("UDKAST")));
        }
    }

    void openVisitSaysDraftOnEveryPage()
    {
        QList<Event> events = m_visit.events;
        events.removeIf([](const Event &e) { return e.type == QLatin1String(EventType::VisitClosed); });
        const QStringList pages = pageTexts(writePdf(events, QStringLiteral("solhaven-draft.pdf")));
        QVERIFY(!pages.isEmpty());
        for (const QString &page : pages)
            QVERIFY2(page.contains(QStringLiteral("UDKAST")), qPrintable(page));
    }

    void unknownEventIsListedNotFatal()
    {
        const QList<Event> events = RecordFixture::withEventFromTheFuture(m_visit.events);
        const QString text =
            words(pageTexts(writePdf(events, QStringLiteral("solhaven-unknown.pdf"))).join(' '));
        QVERIFY(text.contains(QStringLiteral("Hændelser, rapporten ikke kan placere")));
        QVERIFY(text.contains(QStringLiteral("MoodBoardPinned")));
        QVERIFY(text.contains(QStringLiteral("grøn")));
        QVERIFY(text.contains(QStringLiteral("Temaernes gennemsnit"))); // the rest is all there
    }

    // Kept for people to look at: the front page and the page with the radar chart.
    void pagesAreRenderedToPng()
    {
        qsizetype radarPage = -1;
        for (qsizetype i = 0; i < m_pages.size() && radarPage < 0; ++i) {
            if (m_pages.at(i).contains(QStringLiteral("ikke bedømt")) &&
                m_pages.at(i).contains(QStringLiteral("9.a Kontakt til kompetent personale")))
                radarPage = i + 1;
        }
        QVERIFY(radarPage > 0);
        for (const auto &[page, name] : {std::pair{qsizetype(1), QStringLiteral("solhaven-page-1")},
                                         std::pair{radarPage, QStringLiteral("solhaven-radar")}}) {
            const QString out = QDir(kOutput).filePath(name);
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                 QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), m_pdf, out});
            QVERIFY2(QFileInfo(out + QStringLiteral(".png")).size() > 20'000, qPrintable(out));
        }
    }

    void longVisitKeepsEveryNote()
    {
        const RecordFixture visit = RecordFixture::longVisit(300);
        const QString text = body(pageTexts(writePdf(visit.events, QStringLiteral("long-visit.pdf"))));
        for (const QString &note : visit.noteTexts)
            QVERIFY2(text.contains(words(note)), qPrintable(note));
    }

    // Issue 14: a note of one unbroken 256 KiB token took seconds to lay out (the record now
    // gives the line breaker a place every few dozen characters; bench_record_pdf has the
    // figures). Every character must still be there, in order, once.
    void aLongUnbrokenNoteIsKeptWhole()
    {
        QString token; // base-36 counting: a lost, doubled or reordered piece shows
        for (int i = 0; token.size() < 256 * 1024; ++i)
            token += QString::number(i, 36);
        token.truncate(256 * 1024);
        QString text = body(pageTexts(
            writePdf(RecordFixture::withNote(m_visit.events, token), QStringLiteral("long-token.pdf"))));
        text.remove(QChar(0x200B));
        text.remove(QLatin1Char(' '));
        QCOMPARE(text.count(token), 1);
        // and the rest of the record with it
        QVERIFY(text.contains(QString(words(m_visit.noteTexts.first())).remove(QLatin1Char(' '))));
    }
};

QTEST_MAIN(RecordPdfTest)
#include "tst_recordpdf.moc"
