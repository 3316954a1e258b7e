// Prepares a data directory for typing_kill9.py the way a consultant would have left it: a PIN
// (with the cheapest Argon2id, so each of the test's hundred restarts unlocks at once — the PIN's
// cost is read from the store, the app is the real one), and a visit with one conversation in
// the phase the test types in, one participant and one summary point; for the note kind a note
// already being written. Prints the field key the test types into (empty for the note).
// usage: typing_seed <data dir> <PIN> note|checkin|wrapup
#include "AppServices.h"

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(FeltdialogAppPlugin)

using namespace feltdialog;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("FELTDIALOG_POSITION_PLUGIN", "no-such-plugin"); // the start's stamp: "no position", at once
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString kind = args.value(3);
    if (args.size() != 4 || !QStringList{"note", "checkin", "wrapup"}.contains(kind)) {
        std::fprintf(stderr, "usage: typing_seed <data dir> <PIN> note|checkin|wrapup\n");
        return 2;
    }
    AppServices services(args.at(1), nullptr, KdfCost::cheapForTests());
    if (Status s = services.workspace().setUpPin(args.at(2)); !s.isOk()) {
        std::fprintf(stderr, "typing_seed: %s\n", qPrintable(s.detail()));
        return 1;
    }
    const QString visitId = services.visits().startVisit(QStringLiteral("demo-solhaven"));
    GuidedDialogue &dialogue = services.dialogue();
    if (visitId.isEmpty() || !services.openVisit().open(visitId) || !dialogue.startConversation("Leder"))
        return 1;
    const QString participant = dialogue.addParticipant(QStringLiteral("leader"), QStringLiteral("Lone"));
    const QString point = dialogue.stateSummaryPoint(QStringLiteral("Supervision hver sjette uge"));
    if (participant.isEmpty() || point.isEmpty())
        return 1;
    QString key;
    if (kind == QLatin1String("note")) {
        // A note begun: the editor is open after every start, as after a crash mid-note.
        if (!dialogue.enterPhase(QStringLiteral("conversation")) || !services.openVisit().newNote())
            return 1;
        // Tagged as the consultant tags it, before a word: the tags must outlive every kill too.
        for (const auto &[tag, value] :
             {std::pair{"indicatorId", "8.b"}, {"sourceRole", "leader"}, {"method", "interview"}})
            services.openVisit().setEditorTag(QString::fromLatin1(tag), QString::fromLatin1(value));
        services.openVisit().setEditorText(QStringLiteral("Lederen: "));
        if (!services.openVisit().flush())
            return 1;
    } else if (kind == QLatin1String("checkin")) {
        if (!dialogue.enterPhase(QStringLiteral("checkin")))
            return 1;
        key = QStringLiteral("checkin/%1/hopes").arg(participant);
    } else {
        if (!dialogue.enterPhase(QStringLiteral("wrapup")))
            return 1;
        key = QStringLiteral("wrapup/%1/ownWords").arg(point);
    }
    std::printf("%s\n", qPrintable(key));
    return 0;
}
