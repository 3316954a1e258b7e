// Each conversation of the visit as the method walked it: framing, who took part, what was said
// and noted, how it was steered, and what both sides took away.
#include "RecordLabels.h"
#include "RecordSections.h"

namespace feltdialog {

namespace t = recordtext;

namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

void note(RecordDocument &doc, const VisitRecord &r, const Note &n)
{
    const NoteVersion &first = n.versions.first();
    QStringList facts{QStringLiteral("kl. ") + t::time(first.wallTimeMs), t::consultant(r, first.authorId),
                      t::indicator(r, n.tags.indicatorId)};
    if (!n.tags.sourceRole.isEmpty())
        facts << QStringLiteral("kilde: ") + t::role(r, n.tags.sourceRole).toLower();
    if (!n.tags.method.isEmpty())
        facts << QStringLiteral("metode: ") + t::method(n.tags.method).toLower();
    if (!n.tags.position.isEmpty())
        facts << t::position(n.tags.position).toLower();
    if (n.isAmended())
        facts << (n.versions.size() == 2 ? QStringLiteral("rettet én gang")
                                         : QStringLiteral("rettet %1 gange").arg(n.versions.size() - 1)) +
                     QStringLiteral(", senest kl. %1 – alle versioner i bilaget")
                         .arg(t::time(n.versions.last().wallTimeMs));
    doc.facts(facts.join(QStringLiteral(" · ")));
    if (!n.hasConflict()) {
        doc.quote(n.current().text);
        return;
    }
    // Two tablets amended the same version: both stand until a consultant resolves it.
    doc.quote(QStringLiteral("Noten er rettet samtidigt på to tablets; begge versioner står, indtil en "
                             "konsulent vælger:"));
    for (const NoteVersion &v : n.versions) {
        if (n.heads.contains(v.eventId))
            doc.quote(QStringLiteral("[%1, kl. %2] %3")
                          .arg(t::consultant(r, v.authorId), t::time(v.wallTimeMs), v.text));
    }
}

void participants(RecordDocument &doc, const VisitRecord &r, const Conversation &c)
{
    if (c.participants.isEmpty())
        return;
    doc.heading(3, QStringLiteral("Deltagere, check-in og check-ud"));
    QList<QList<RecordCell>> rows;
    QStringList changes;
    for (const Participant &p : c.participants) {
        // Someone removed (added by mistake) stays in the table, marked, so the record shows the change.
        const RecordCell name = p.removed
                                    ? RecordCell(p.label + QStringLiteral(" (fjernet)"), false, Qt::gray)
                                    : RecordCell(p.label);
        rows.append(
            {t::role(r, p.role), name, orDash(p.hopes), orDash(p.uncertainties), orDash(p.gained),
             orDash(p.takesAway),
             p.speakingSeconds > 0 ? t::duration(qint64(p.speakingSeconds) * 1000) : QStringLiteral("–")});
        for (const ParticipantChange &change : p.corrections)
            changes << QStringLiteral("Navn rettet fra »%1« til »%2« kl. %3 af %4. Begrundelse: %5")
                           .arg(change.from, change.to, t::time(change.wallTimeMs),
                                t::consultant(r, change.authorId), change.reason);
        if (p.removed)
            changes << QStringLiteral("%1 fjernet som deltager kl. %2 af %3. Begrundelse: %4")
                           .arg(p.label, t::time(p.removal.wallTimeMs), t::consultant(r, p.removal.authorId),
                                p.removal.reason);
    }
    doc.table({QStringLiteral("Rolle"), QStringLiteral("Navn / initialer"), QStringLiteral("Håb"),
               QStringLiteral("Usikkerheder"), QStringLiteral("Fik ud af samtalen"),
               QStringLiteral("Tager med sig"), QStringLiteral("Taletid")},
              rows, {14, 13, 16, 16, 15, 15, 11});
    for (const QString &change : std::as_const(changes))
        doc.facts(change);
}

void contract(RecordDocument &doc, const RecordConversation &rc)
{
    if (rc.conversation.contract.isEmpty()) // no item was touched: nothing to report either way
        return;
    QStringList items;
    for (const RecordContractItem &item : rc.contract)
        items << item.title + (item.agreed ? QStringLiteral(": aftalt") : QStringLiteral(": ikke aftalt"));
    doc.heading(3, QStringLiteral("Kontrakt"));
    doc.paragraph(items.join(QStringLiteral(" · ")));
}

void steering(RecordDocument &doc, const VisitRecord &r, const RecordConversation &rc)
{
    const Conversation &c = rc.conversation;
    if (!c.timeouts.isEmpty()) {
        doc.heading(3, QStringLiteral("Timeouts"));
        QList<QList<RecordCell>> rows;
        for (const Timeout &to : c.timeouts) {
            const bool ended = !to.outcome.isEmpty() && to.endedWallMs > 0;
            const QString when = QStringLiteral("kl. ") + t::time(to.calledWallMs) +
                                 (ended ? QStringLiteral("–") + t::time(to.endedWallMs) : QString());
            rows.append({when, t::calledBy(to.calledBy), orDash(to.reason), t::timeoutOutcome(to.outcome),
                         ended ? t::duration(to.endedWallMs - to.calledWallMs) : QStringLiteral("–")});
        }
        doc.table({QStringLiteral("Tidspunkt"), QStringLiteral("Kaldt af"), QStringLiteral("Hvorfor"),
                   QStringLiteral("Udfald"), QStringLiteral("Varighed")},
                  rows, {16, 12, 40, 18, 14});
    }
    if (!rc.positionSwitches.isEmpty()) {
        doc.heading(3, QStringLiteral("Positionsskift"));
        QStringList switches;
        for (const RecordPositionSwitch &s : rc.positionSwitches)
            switches << QStringLiteral("kl. %1 til %2 (%3)")
                            .arg(t::time(s.wallMs), t::position(s.position).toLower(),
                                 t::consultant(r, s.authorId));
        doc.paragraph(switches.join(QStringLiteral("; ")));
    }
    if (!c.followUps.isEmpty()) {
        doc.heading(3, QStringLiteral("Nøgleord og opfølgende spørgsmål"));
        for (const FollowUp &f : c.followUps)
            doc.paragraph(QStringLiteral("»%1« – %2").arg(f.keyword, f.question));
    }
}

void questions(RecordDocument &doc, const RecordConversation &rc)
{
    const Conversation &c = rc.conversation;
    if (!c.prompts.isEmpty()) {
        doc.heading(3, QStringLiteral("Løsningsfokuserede spørgsmål"));
        for (const PromptAnswer &p : c.prompts) {
            if (p.kind == QLatin1String("scale") || p.scale > 0) {
                doc.paragraph(
                    QStringLiteral("Skalaspørgsmål: %1 af 5. %2 Et trin op: %3")
                        .arg(p.scale)
                        .arg(p.text.isEmpty() ? QString() : p.text + QLatin1Char(' '), orDash(p.stepUp)));
            } else {
                doc.paragraph(QStringLiteral("%1: %2").arg(p.kind, orDash(p.text)));
            }
        }
    }
    if (!rc.answers.isEmpty()) {
        doc.heading(3, QStringLiteral("Spørgsmål fra skabelonen"));
        QList<QList<RecordCell>> rows;
        for (const RecordAnswer &a : rc.answers)
            rows.append({a.answer.indicatorId,
                         a.questionText.isEmpty() ? a.answer.questionId : a.questionText,
                         t::answer(a.answerType, a.answer.answer), orDash(a.answer.comment)});
        doc.table({QStringLiteral("Indikator"), QStringLiteral("Spørgsmål"), QStringLiteral("Svar"),
                   QStringLiteral("Kommentar")},
                  rows, {13, 45, 12, 30});
    }
}

void wrapUp(RecordDocument &doc, const VisitRecord &r, const Conversation &c)
{
    if (c.summary.isEmpty() && c.agreements.isEmpty() && c.findings.isEmpty() && c.nextSteps.isEmpty())
        return;
    doc.heading(3, QStringLiteral("Afrunding og fælles forståelse"));
    if (!c.summary.isEmpty()) {
        QList<QList<RecordCell>> rows;
        for (const SummaryPoint &p : c.summary) {
            const bool differently = p.response == QLatin1String("understood_differently");
            rows.append({p.text, RecordCell(t::summaryResponse(p.response), differently),
                         differently ? orDash(p.theirWords) : QStringLiteral("–")});
        }
        doc.table({QStringLiteral("Opsummering fra tilsynet"), QStringLiteral("Tilbuddets svar"),
                   QStringLiteral("Tilbuddets egne ord")},
                  rows, {45, 17, 38});
    }
    if (!c.agreements.isEmpty()) {
        QList<QList<RecordCell>> rows;
        for (const Agreement &a : c.agreements)
            rows.append({a.what, orDash(a.who), orDash(a.byWhen)});
        doc.table({QStringLiteral("Aftale"), QStringLiteral("Hvem"), QStringLiteral("Hvornår")}, rows,
                  {55, 25, 20});
    }
    for (const Finding &f : c.findings)
        doc.paragraph(QStringLiteral("%1 (%2): %3")
                          .arg(t::findingKind(f.kind), t::indicator(r, f.indicatorId), f.text));
    if (!c.nextSteps.isEmpty())
        doc.paragraph(QStringLiteral("Det videre forløb: ") + c.nextSteps);
}

QString conversationFacts(const Conversation &c)
{
    QStringList facts{t::conversationKind(c.kind)};
    if (c.startedWallMs)
        facts << QStringLiteral("kl. ") + t::time(c.startedWallMs) +
                     (c.ended ? QStringLiteral("–") + t::time(c.endedWallMs)
                              : QStringLiteral(" (ikke afsluttet)"));
    QStringList phases;
    for (const QString &p : c.phasesEntered)
        phases << t::phase(p);
    if (!phases.isEmpty())
        facts << QStringLiteral("faser: ") + phases.join(QStringLiteral(", "));
    QStringList skipped;
    for (const QString &p : c.skippedPhases())
        skipped << t::phase(p);
    if (!skipped.isEmpty())
        facts << QStringLiteral("sprunget over: ") + skipped.join(QStringLiteral(", "));
    return facts.join(QStringLiteral(" · "));
}

} // namespace

void writeConversations(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(1, QStringLiteral("Samtaler"));
    if (r.conversations.isEmpty())
        doc.paragraph(QStringLiteral("Besøget har ingen samtaler i loggen."));
    int number = 0;
    for (const RecordConversation &rc : r.conversations) {
        const Conversation &c = rc.conversation;
        doc.heading(2, QStringLiteral("%1. %2").arg(++number).arg(c.title.isEmpty() ? c.id : c.title));
        doc.facts(conversationFacts(c));
        contract(doc, rc);
        participants(doc, r, c);
        if (!rc.notes.isEmpty()) {
            doc.heading(3, QStringLiteral("Noter"));
            for (const Note &n : rc.notes)
                note(doc, r, n);
        }
        steering(doc, r, rc);
        questions(doc, rc);
        wrapUp(doc, r, c);
    }
    if (!r.otherNotes.isEmpty()) {
        doc.heading(2, QStringLiteral("Noter uden for samtalerne"));
        for (const Note &n : r.otherNotes)
            note(doc, r, n);
    }
}

} // namespace feltdialog
