// The authority's view across the conversations: points per indicator, how well each indicator
// is backed by evidence, the scores with their reasons, and the theme averages as a radar chart.
#include "RecordLabels.h"
#include "RecordSections.h"

#include <QHash>
#include <QLocale>

namespace feltdialog {

namespace t = recordtext;

namespace {

const QColor kGap(0xb0, 0x1c, 0x1c);
const QColor kCovered(0x1d, 0x6b, 0x2f);

void findings(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(2, QStringLiteral("Udviklings- og opmærksomhedspunkter"));
    QList<QList<RecordCell>> rows;
    // per indicator in the record's order, then points not tied to an indicator
    QStringList order;
    for (const RecordCoverage &c : r.coverage)
        order << c.indicatorId;
    order << QString();
    for (const QString &indicator : std::as_const(order)) {
        for (const RecordConversation &rc : r.conversations) {
            for (const Finding &f : rc.conversation.findings) {
                const bool known = order.contains(f.indicatorId);
                if (f.indicatorId == indicator || (indicator.isEmpty() && !known))
                    rows.append({t::indicator(r, f.indicatorId), t::findingKind(f.kind), f.text,
                                 rc.conversation.title});
            }
        }
    }
    if (rows.isEmpty()) {
        doc.paragraph(QStringLiteral("Der er ikke noteret udviklings- eller opmærksomhedspunkter."));
        return;
    }
    doc.table({QStringLiteral("Indikator"), QStringLiteral("Punkt"), QStringLiteral("Beskrivelse"),
               QStringLiteral("Fra samtalen")},
              rows, {22, 21, 37, 20});
}

void coverage(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(2, QStringLiteral("Evidensdækning"));
    doc.paragraph(QStringLiteral(
        "Antal noter pr. indikator fordelt på kilde og metode. En indikator bør hvile på flere kilder eller "
        "flere metoder (triangulering); en indikator uden noter eller med kun én kilde og én metode er "
        "markeret som mangel."));
    // Short column titles keep ten narrow columns readable; the legend under the table spells
    // them out.
    QStringList headers{QStringLiteral("Indikator")}, legend;
    const auto column = [&](const QString &title) {
        static const QHash<QString, QString> abbreviations{{"Medarbejder", "Medarb."},
                                                           {"Pårørende", "Pårør."},
                                                           {"Bestyrelsesmedlem", "Best."},
                                                           {"Tilsynskonsulent", "Konsul."},
                                                           {"Interview", "Int."},
                                                           {"Observation", "Obs."},
                                                           {"Dokument", "Dok."}};
        const QString shortTitle =
            abbreviations.value(title, title.size() <= 7 ? title : title.left(5) + QLatin1Char('.'));
        headers << shortTitle;
        if (shortTitle != title)
            legend << QStringLiteral("%1 = %2").arg(shortTitle, title.toLower());
    };
    for (const QString &source : r.coverageSources)
        column(t::role(r, source));
    for (const QString &method : r.coverageMethods)
        column(t::method(method));
    headers << QStringLiteral("Noter") << QStringLiteral("Triangulering");
    const qsizetype counts = r.coverageSources.size() + r.coverageMethods.size();
    QList<qreal> widths{20};
    for (qsizetype i = 0; i < counts; ++i)
        widths << 56.0 / qreal(counts);
    widths << 8 << 16;
    QList<QList<RecordCell>> rows;
    for (const RecordCoverage &c : r.coverage) {
        QList<RecordCell> row{t::indicator(r, c.indicatorId)};
        const auto count = [](int n) { return n > 0 ? QString::number(n) : QStringLiteral("–"); };
        for (const QString &source : r.coverageSources)
            row << count(c.bySource.value(source));
        for (const QString &method : r.coverageMethods)
            row << count(c.byMethod.value(method));
        row << RecordCell(QString::number(c.notes), true);
        row << (c.gap ? RecordCell(QStringLiteral("Mangel"), true, kGap)
                      : RecordCell(QStringLiteral("Ja"), false, kCovered));
        rows.append(row);
    }
    doc.table(headers, rows, widths);
    if (!legend.isEmpty())
        doc.facts(legend.join(QStringLiteral(" · ")) + QLatin1Char('.'));
}

void assessments(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(2, QStringLiteral("Bedømmelse af indikatorer"));
    QList<QList<RecordCell>> rows;
    for (const RecordAssessment &a : r.assessments) {
        QString score = a.score > 0 ? QStringLiteral("%1 – %2").arg(a.score).arg(a.scoreTitle)
                                    : QStringLiteral("Ikke bedømt");
        QString rationale = a.rationale.isEmpty() ? QStringLiteral("–") : a.rationale;
        if (!a.concurrent.isEmpty()) {
            // Unresolved: every standing score is shown with its reason, none is chosen here.
            QStringList scores, reasons;
            for (const IndicatorScore &c : a.concurrent) {
                scores << QString::number(c.score);
                reasons << QStringLiteral("%1 (%2): %3")
                               .arg(c.score)
                               .arg(t::consultant(r, c.authorId), c.rationale);
            }
            score = QStringLiteral("Uafklaret: %1").arg(scores.join(QStringLiteral(" og ")));
            rationale =
                QStringLiteral("Givet samtidig af to konsulenter. ") + reasons.join(QStringLiteral("; "));
        }
        rows.append({t::indicator(r, a.indicatorId), RecordCell(score, a.score > 0), rationale});
    }
    doc.table({QStringLiteral("Indikator"), QStringLiteral("Bedømmelse"), QStringLiteral("Begrundelse")},
              rows, {26, 22, 52});
    doc.facts(
        QStringLiteral("Skala: 5 = i meget høj grad opfyldt, 4 = i høj grad, 3 = i middel grad, 2 = i lav "
                       "grad, 1 = i meget lav grad opfyldt."));
}

void themes(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(2, QStringLiteral("Temaernes gennemsnit"));
    if (r.themes.isEmpty()) {
        doc.paragraph(
            QStringLiteral("Kvalitetsmodellen for besøget er ikke til rådighed; der kan ikke tegnes "
                           "et samlet billede pr. tema."));
        return;
    }
    const QLocale danish(QLocale::Danish, QLocale::Denmark);
    QList<QList<RecordCell>> rows;
    QList<RadarAxis> axes;
    for (const RecordThemeAverage &theme : r.themes) {
        const QString title =
            theme.number > 0 ? QStringLiteral("%1. %2").arg(theme.number).arg(theme.title) : theme.title;
        rows.append(
            {title,
             RecordCell(theme.scored > 0 ? danish.toString(theme.average, 'f', 1) : QStringLiteral("–"),
                        true),
             QStringLiteral("%1 af %2").arg(theme.scored).arg(theme.indicators)});
        axes.append({title, theme.average});
    }
    doc.table({QStringLiteral("Tema"), QStringLiteral("Gennemsnit"), QStringLiteral("Bedømte indikatorer")},
              rows, {60, 18, 22});
    if (axes.size() < 3) {
        // A radar needs three spokes to say anything; with fewer themes in the model, show the
        // indicators of the assessment instead, which is what the themes' averages are made of.
        axes.clear();
        for (const RecordAssessment &a : r.assessments) {
            if (!a.themeId.isEmpty())
                axes.append({a.indicatorId + QLatin1Char(' ') + a.title, double(a.score)});
        }
        doc.facts(QStringLiteral("Modellen for besøget har færre end tre temaer, så diagrammet viser "
                                 "indikatorerne i stedet for temaerne."));
    }
    if (axes.size() >= 3)
        doc.radarChart(axes, 80);
}

} // namespace

void writeAssessment(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(1, QStringLiteral("Samlet vurdering"));
    findings(doc, r);
    coverage(doc, r);
    assessments(doc, r);
    themes(doc, r);
}

void writeUnplaced(RecordDocument &doc, const VisitRecord &r)
{
    if (r.state.unknownEvents.isEmpty() && r.state.orphanAmendments.isEmpty())
        return;
    doc.heading(1, QStringLiteral("Hændelser, rapporten ikke kan placere"));
    if (!r.state.unknownEvents.isEmpty()) {
        doc.paragraph(
            QStringLiteral("Loggen indeholder hændelser fra en nyere version af Feltdialog, som denne "
                           "version ikke kender. De er ikke udeladt: de står her og i bilaget med "
                           "deres fulde indhold."));
        QList<QList<RecordCell>> rows;
        for (const Event &e : r.state.unknownEvents)
            rows.append({t::dateTime(e.wallTimeMs), t::consultant(r, e.authorId), RecordCell(e.type, true),
                         QString::fromUtf8(e.payloadBytes())});
        doc.table({QStringLiteral("Tidspunkt"), QStringLiteral("Af"), QStringLiteral("Hændelse"),
                   QStringLiteral("Indhold")},
                  rows, {18, 18, 18, 46});
    }
    if (!r.state.orphanAmendments.isEmpty()) {
        QStringList ids;
        for (const QUuid &id : r.state.orphanAmendments)
            ids << idString(id);
        doc.paragraph(
            QStringLiteral("Rettelser til noter, som endnu ikke er i loggen (fx under synkronisering): ") +
            ids.join(QStringLiteral(", ")));
    }
}

} // namespace feltdialog
