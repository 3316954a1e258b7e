// Prints every visit in a store as the fold sees it (JSON), after unlocking with a PIN read from
// standard input. The end-to-end scripts use it to check what reached the disk, since the disk
// itself holds only sealed bytes. With --drafts it prints, per visit, the drafts a restarted app
// would bring back instead: note drafts and field drafts with their text (and a field's cursor).
// usage: echo PIN | store_dump [--drafts] <store.sqlite>
#include "KeyVault.h"
#include "VisitState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <cstdio>

using namespace feltdialog;

namespace {
QJsonObject draftsOf(EventStore &store, const QUuid &visitId, Status *s)
{
    QList<NoteDraft> notes;
    QList<FieldDraft> fields;
    *s = store.drafts(visitId, &notes);
    if (s->isOk())
        *s = store.fieldDrafts(visitId, &fields);
    QJsonArray noteList, fieldList;
    for (const NoteDraft &d : std::as_const(notes))
        noteList.append(QJsonObject{{"noteId", idString(d.noteId)}, {"text", d.text}, {"tags", d.tags}});
    for (const FieldDraft &d : std::as_const(fields))
        fieldList.append(QJsonObject{{"key", d.fieldKey}, {"text", d.text}, {"cursor", d.cursor}});
    return {{"visitId", idString(visitId)}, {"noteDrafts", noteList}, {"fieldDrafts", fieldList}};
}
} // namespace

int main(int argc, char *argv[])
{
    const bool drafts = argc == 3 && qstrcmp(argv[1], "--drafts") == 0;
    if (argc != 2 && !drafts) {
        std::fprintf(stderr, "usage: echo PIN | %s [--drafts] <store.sqlite>\n", argv[0]);
        return 2;
    }
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    EventStore store;
    Status s = store.open(QString::fromLocal8Bit(argv[argc - 1]));
    KeyVault vault(store);
    if (s.isOk())
        s = vault.unlock(pin, {});
    QList<Event> starts;
    if (s.isOk())
        s = store.eventsOfTypes({QString::fromLatin1(EventType::VisitStarted)}, &starts);
    QJsonArray visits;
    QSet<QUuid> seen;
    for (const Event &start : std::as_const(starts)) {
        if (!s.isOk() || seen.contains(start.visitId))
            continue;
        seen.insert(start.visitId);
        if (drafts) {
            visits.append(draftsOf(store, start.visitId, &s));
            continue;
        }
        QList<Event> events;
        s = store.eventsOfVisit(start.visitId, &events);
        if (s.isOk())
            visits.append(foldVisit(events).toJson());
    }
    if (!s.isOk()) {
        std::fprintf(stderr, "store_dump: %s: %s\n", qPrintable(s.codeName()), qPrintable(s.detail()));
        return 1;
    }
    std::printf("%s\n", QJsonDocument(visits).toJson(QJsonDocument::Indented).constData());
    return 0;
}
