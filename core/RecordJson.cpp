#include "RecordJson.h"

#include "RecordHash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feltdialog {

namespace {

// UTC with milliseconds; null for a moment that has not happened (a visit still open).
QJsonValue at(qint64 wallMs)
{
    if (wallMs == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject participantChangeJson(const ParticipantChange &c)
{
    QJsonObject o{{"at", at(c.wallTimeMs)}, {"author", c.authorId}, {"reason", c.reason}, {"from", c.from}};
    if (!c.to.isEmpty())
        o.insert("to", c.to);
    return o;
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

QJsonObject counts(const QMap<QString, int> &map)
{
    QJsonObject json;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject noteJson(const Note &n)
{
    const NoteVersion &current = n.current();
    const NoteVersion &first = n.versions.first();
    return {{"id", idString(n.id)},
            {"conversationId", n.tags.conversationId},
            {"indicatorId", n.tags.indicatorId},
            {"sourceRole", n.tags.sourceRole},
            {"method", n.tags.method},
            {"position", n.tags.position},
            {"text", current.text},
            {"author", first.authorId},
            {"writtenAt", at(first.wallTimeMs)},
            {"amended", n.isAmended()},
            {"conflict", n.hasConflict()},
            {"heads", arrayOf(n.heads, [](const QUuid &id) { return QJsonValue(idString(id)); })},
            {"versions", arrayOf(n.versions, [](const NoteVersion &v) {
                 return QJsonObject{{"event", idString(v.eventId)},
                                    {"replaces", v.replaces.isNull() ? QJsonValue() : idString(v.replaces)},
                                    {"text", v.text},
                                    {"author", v.authorId},
                                    {"at", at(v.wallTimeMs)}};
             })}};
}

QJsonObject timeoutJson(const Timeout &t)
{
    const bool ended = !t.outcome.isEmpty() && t.endedWallMs > 0;
    return {{"id", t.id},
            {"calledBy", t.calledBy},
            {"reason", t.reason},
            {"outcome", t.outcome},
            {"calledAt", at(t.calledWallMs)},
            {"endedAt", ended ? at(t.endedWallMs) : QJsonValue()},
            {"durationSeconds",
             ended ? QJsonValue(double((t.endedWallMs - t.calledWallMs) / 1000)) : QJsonValue()}};
}

QJsonObject conversationJson(const RecordConversation &rc)
{
    const Conversation &c = rc.conversation;
    return {
        {"id", c.id},
        {"title", c.title},
        {"kind", c.kind},
        {"startedAt", at(c.startedWallMs)},
        {"ended", c.ended},
        {"endedAt", c.ended ? at(c.endedWallMs) : QJsonValue()},
        {"phasesEntered", QJsonArray::fromStringList(c.phasesEntered)},
        {"phasesSkipped", QJsonArray::fromStringList(c.skippedPhases())},
        {"contract", arrayOf(rc.contract,
                             [](const RecordContractItem &i) {
                                 return QJsonObject{{"id", i.id}, {"title", i.title}, {"agreed", i.agreed}};
                             })},
        {"participants", arrayOf(c.participants,
                                 [](const Participant &p) {
                                     return QJsonObject{
                                         {"id", p.id},
                                         {"role", p.role},
                                         {"label", p.label},
                                         {"hopes", p.hopes},
                                         {"uncertainties", p.uncertainties},
                                         {"gained", p.gained},
                                         {"takesAway", p.takesAway},
                                         {"speakingSeconds", p.speakingSeconds},
                                         {"corrections", arrayOf(p.corrections, participantChangeJson)},
                                         {"removed",
                                          p.removed ? participantChangeJson(p.removal) : QJsonValue()}};
                                 })},
        {"notes", arrayOf(rc.notes, noteJson)},
        {"timeouts", arrayOf(c.timeouts, timeoutJson)},
        {"positionSwitches",
         arrayOf(
             rc.positionSwitches,
             [](const RecordPositionSwitch &s) {
                 return QJsonObject{{"at", at(s.wallMs)}, {"author", s.authorId}, {"position", s.position}};
             })},
        {"prompts", arrayOf(c.prompts,
                            [](const PromptAnswer &p) {
                                return QJsonObject{
                                    {"promptId", p.promptId},
                                    {"kind", p.kind},
                                    {"scale", p.scale > 0 ? QJsonValue(p.scale) : QJsonValue()},
                                    {"stepUp", p.stepUp},
                                    {"text", p.text}};
                            })},
        {"questionAnswers", arrayOf(rc.answers,
                                    [](const RecordAnswer &a) {
                                        return QJsonObject{{"questionId", a.answer.questionId},
                                                           {"indicatorId", a.answer.indicatorId},
                                                           {"question", a.questionText},
                                                           {"answerType", a.answerType},
                                                           {"answer", a.answer.answer},
                                                           {"comment", a.answer.comment}};
                                    })},
        {"followUps",
         arrayOf(
             c.followUps,
             [](const FollowUp &f) {
                 return QJsonObject{{"noteId", f.noteId}, {"keyword", f.keyword}, {"question", f.question}};
             })},
        {"wrapUp", QJsonObject{{"summary", arrayOf(c.summary,
                                                   [](const SummaryPoint &p) {
                                                       return QJsonObject{{"id", p.id},
                                                                          {"text", p.text},
                                                                          {"response", p.response},
                                                                          {"theirWords", p.theirWords}};
                                                   })},
                               {"agreements", arrayOf(c.agreements,
                                                      [](const Agreement &a) {
                                                          return QJsonObject{{"id", a.id},
                                                                             {"what", a.what},
                                                                             {"who", a.who},
                                                                             {"byWhen", a.byWhen}};
                                                      })},
                               {"findings", arrayOf(c.findings,
                                                    [](const Finding &f) {
                                                        return QJsonObject{{"id", f.id},
                                                                           {"kind", f.kind},
                                                                           {"indicatorId", f.indicatorId},
                                                                           {"text", f.text}};
                                                    })},
                               {"nextSteps", c.nextSteps}}}};
}

QJsonObject eventJson(const QByteArray &canonicalLine)
{
    return QJsonDocument::fromJson(canonicalLine).object();
}

QJsonObject visitJson(const VisitRecord &r)
{
    const VisitState &s = r.state;
    return {{"id", idString(s.visitId)},
            {"kind", s.kind},
            {"authority", r.authority},
            {"closed", s.closed},
            {"startedAt", at(s.startedWallMs)},
            {"closedAt", s.closed ? at(s.closedWallMs) : QJsonValue()},
            {"lastEventAt", at(r.lastEventMs)},
            {"startedBy", s.startedBy},
            {"facility", QJsonObject{{"id", r.facility.id},
                                     {"name", r.facility.name},
                                     {"kind", r.facility.kind},
                                     {"address", r.facility.address}}},
            {"template",
             QJsonObject{{"id", s.templateId}, {"version", s.templateVersion}, {"title", r.templateTitle}}},
            {"qualityModel", QJsonObject{{"version", s.qualityModelVersion}, {"title", r.modelTitle}}}};
}

} // namespace

QByteArray recordToJson(const VisitRecord &r)
{
    QJsonArray coverageRows;
    for (const RecordCoverage &c : r.coverage)
        coverageRows.append(QJsonObject{{"indicatorId", c.indicatorId},
                                        {"title", c.title},
                                        {"notes", c.notes},
                                        {"bySource", counts(c.bySource)},
                                        {"byMethod", counts(c.byMethod)},
                                        {"gap", c.gap}});
    QJsonArray unknown;
    for (const Event &e : r.state.unknownEvents)
        unknown.append(eventJson(canonicalEventLine(e)));
    QJsonArray log;
    for (const CanonicalLine &line : canonicalLogLines(r.log)) {
        QJsonObject event = eventJson(line.line);
        if (line.redacted) // the digest the hash takes in place of the words that went
            event.insert("redactedFromSha256", QString::fromLatin1(line.sha256));
        log.append(event);
    }

    const QJsonObject json{
        {"schema", QLatin1String(RecordSchemaName)},
        {"schemaVersion", RecordSchemaVersion},
        {"status", r.draft ? "draft" : "final"},
        {"visit", visitJson(r)},
        {"consultants", arrayOf(r.consultants,
                                [](const RecordPerson &p) {
                                    return QJsonObject{{"id", p.id}, {"name", p.name}};
                                })},
        {"locations", arrayOf(r.state.locations, [](const LocationStamp &l) { return l.toPayload(); })},
        {"conversations", arrayOf(r.conversations, conversationJson)},
        {"otherNotes", arrayOf(r.otherNotes, noteJson)},
        {"coverage", QJsonObject{{"sources", QJsonArray::fromStringList(r.coverageSources)},
                                 {"methods", QJsonArray::fromStringList(r.coverageMethods)},
                                 {"indicators", coverageRows}}},
        {"assessments", arrayOf(r.assessments,
                                [](const RecordAssessment &a) {
                                    QJsonObject o{{"indicatorId", a.indicatorId},
                                                  {"title", a.title},
                                                  {"themeId", a.themeId},
                                                  {"score", a.score > 0 ? QJsonValue(a.score) : QJsonValue()},
                                                  {"scoreTitle", a.scoreTitle},
                                                  {"rationale", a.rationale}};
                                    if (!a.concurrent.isEmpty())
                                        o.insert("concurrentScores",
                                                 arrayOf(a.concurrent, [](const IndicatorScore &c) {
                                                     return QJsonObject{{"event", idString(c.eventId)},
                                                                        {"author", c.authorId},
                                                                        {"score", c.score},
                                                                        {"rationale", c.rationale}};
                                                 }));
                                    return o;
                                })},
        {"themes", arrayOf(r.themes,
                           [](const RecordThemeAverage &t) {
                               return QJsonObject{
                                   {"id", t.themeId},
                                   {"number", t.number},
                                   {"title", t.title},
                                   {"average", t.scored > 0 ? QJsonValue(t.average) : QJsonValue()},
                                   {"scored", t.scored},
                                   {"indicators", t.indicators}};
                           })},
        {"unknownEvents", unknown},
        {"orphanAmendments",
         arrayOf(r.state.orphanAmendments, [](const QUuid &id) { return QJsonValue(idString(id)); })},
        {"log", QJsonObject{{"hashFormat", QLatin1String(LogHashFormat)},
                            {"sha256", QString::fromLatin1(r.logHash)},
                            {"eventCount", double(r.log.size())},
                            {"events", log}}},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace feltdialog
