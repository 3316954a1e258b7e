import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// No word lost (issue 13): text typed into a note or any other field of the dialogue is on disk
// within two seconds even while typing goes on, stays through a lock (the consultant is back in
// the same field, with the same text, at the same place) and through events elsewhere.
TestCase {
    id: testCase

    readonly property string pin: "246810"
    property string visitId
    property string participantId
    property string pointId

    name: "Drafts"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    // As in Main.qml: the page exists only while unlocked and a visit is open, so locking destroys
    // it with every field, and unlocking makes a new one.
    Loader {
        id: pageLoader

        width: testCase.width
        height: testCase.height
        active: Lock.stage === Lock.Unlocked && CurrentVisit.visitId !== ""
        sourceComponent: VisitPage {}
    }

    function typeText(text) {
        for (const c of text)
            keyClick(c);
    }

    // A visit with one conversation, one participant and one summary point, in `phase`.
    function openVisitIn(phase) {
        visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        verify(Dialogue.startConversation("Leder"));
        participantId = Dialogue.addParticipant("leader", "Lone");
        verify(participantId !== "");
        pointId = Dialogue.stateSummaryPoint("Supervision hver sjette uge");
        verify(pointId !== "");
        verify(Dialogue.enterPhase(phase));
        tryVerify(() => pageLoader.item !== null);
        waitForRendering(pageLoader.item);
        return pageLoader.item;
    }

    function field(name) {
        let item = null;
        tryVerify(() => {
            item = pageLoader.item ? findChild(pageLoader.item, name) : null;
            return item !== null && item.visible;
        }, 5000, name);
        waitForRendering(pageLoader.item);
        return item;
    }

    // A tap where the field is on screen; one scrolled out of the page's view is focused directly.
    function tapInto(input) {
        const centre = input.mapToItem(pageLoader.item, input.width / 2, input.height / 2);
        if (centre.y > 0 && centre.y < pageLoader.item.height)
            mouseClick(input);
        if (!input.activeFocus)
            input.forceActiveFocus();
        verify(input.activeFocus);
    }

    function keyOf(kind) {
        const c = Dialogue.conversationId;
        return {
            "hopes": "checkin/" + participantId + "/hopes",
            "participantLabel": "checkin/" + c + "/participantLabel",
            "ownWords": "wrapup/" + pointId + "/ownWords",
            "summary": "wrapup/" + c + "/summary",
            "agreementWhat": "wrapup/" + c + "/agreementWhat",
            "nextSteps": "wrapup/" + c + "/nextSteps",
            "checkOut": "checkout/" + participantId + "/takesAway",
            "checkOutGained": "checkout/" + participantId + "/gained"
        }[kind];
    }

    function cleanup() {
        StoreProbe.setIdleLimitMs(60 * 60 * 1000);
        if (Lock.stage === Lock.Locked) {
            Lock.unlock(pin);
            tryCompare(Lock, "stage", Lock.Unlocked, 10000);
        }
        CurrentVisit.finishNote();
    }

    function test_autoLockWhileTypingKeepsTheTextAndTheFocus_data() {
        return [
            { tag: "note", phase: "conversation", field: "noteText", key: "" },
            { tag: "check-in hopes", phase: "checkin", field: "hopes_0", key: "hopes" },
            { tag: "participant name", phase: "checkin", field: "participantLabel", key: "participantLabel" },
            { tag: "their own words", phase: "wrapup", field: "theirWords_0", key: "ownWords" },
            { tag: "summary point", phase: "wrapup", field: "summaryInputField", key: "summary" },
            { tag: "agreement", phase: "wrapup", field: "agreementWhat", key: "agreementWhat" },
            { tag: "next steps", phase: "wrapup", field: "nextSteps", key: "nextSteps" },
            { tag: "check-out", phase: "wrapup", field: "checkOut_0", key: "checkOut" },
            { tag: "check-out, what they got out of it", phase: "wrapup", field: "checkOutGained_0", key: "checkOutGained" }
        ];
    }

    function test_autoLockWhileTypingKeepsTheTextAndTheFocus(data) {
        openVisitIn(data.phase);
        if (data.key === "")
            verify(CurrentVisit.newNote());
        const typed = "Ro på og tryghed";
        let input = field(data.field);
        tapInto(input);
        typeText(typed);
        // Not confirmed, no pause: the app locks itself while the words are still being typed.
        StoreProbe.setIdleLimitMs(150);
        tryCompare(Lock, "stage", Lock.Locked, 5000);
        compare(pageLoader.item, null); // nothing typed stays on screen

        StoreProbe.setIdleLimitMs(60 * 60 * 1000);
        Lock.unlock(pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
        // Sealed on disk by the lock, read back with the key:
        if (data.key === "")
            compare(StoreProbe.noteDraft(visitId), typed);
        else
            compare(StoreProbe.fieldDraft(visitId, keyOf(data.key)), typed);
        input = field(data.field);
        tryVerify(() => input.activeFocus, 5000, "the field has the focus again");
        compare(input.text, typed);
        compare(input.cursorPosition, typed.length);
        typeText(" igen");
        compare(input.text, typed + " igen");
    }

    // Keys 100 ms apart never leave the 300 ms pause that saves a draft; the max-wait saves anyway.
    function test_continuousTypingReachesTheDiskWithinTwoSeconds_data() {
        return [
            { tag: "note", phase: "conversation", field: "noteText", key: "" },
            { tag: "check-in hopes", phase: "checkin", field: "hopes_0", key: "hopes" },
            { tag: "their own words", phase: "wrapup", field: "theirWords_0", key: "ownWords" }
        ];
    }

    function test_continuousTypingReachesTheDiskWithinTwoSeconds(data) {
        openVisitIn(data.phase);
        if (data.key === "")
            verify(CurrentVisit.newNote());
        const input = field(data.field);
        tapInto(input);
        const text = "abcdefghijklmnopqrstuvwxyzæøå0123456789";
        for (const c of text) {
            keyClick(c);
            wait(100);
        }
        const saved = data.key === "" ? StoreProbe.noteDraft(visitId) : StoreProbe.fieldDraft(visitId, keyOf(data.key));
        verify(saved !== null && saved.length >= 10, "saved while typing: '" + saved + "'");
        compare(text.substring(0, saved.length), saved); // a prefix of what was typed, byte for byte
    }

    // The dialogs' free-text fields are drafted too: a participant's corrected name and the reason
    // for a correction or a removal, and a timeout's reason. Typed, not confirmed, the app locks:
    // the words are sealed on disk, back when the dialog opens again, and gone with the event.
    function test_dialogFieldsAreDraftedThroughALock_data() {
        return [
            { tag: "corrected name", phase: "checkin", open: "rename", field: "participantNewLabel", key: "rename/%p/label" },
            { tag: "reason for a correction", phase: "checkin", open: "rename", field: "participantChangeReason", key: "rename/%p/reason" },
            { tag: "reason for a removal", phase: "checkin", open: "remove", field: "participantChangeReason", key: "remove/%p/reason" },
            { tag: "timeout's reason", phase: "conversation", open: "timeout", field: "timeoutReason", key: "timeout/%c/reason" }
        ];
    }

    function dialogField(name) {
        let item = null;
        tryVerify(() => {
            item = pageLoader.item ? findChild(pageLoader.item.Overlay.overlay, name) || findChild(pageLoader.item, name) : null;
            return item !== null && item.visible;
        }, 5000, name);
        return item;
    }

    function openDialog(kind) {
        if (kind === "timeout") {
            mouseClick(field("timeoutButton"));
            return;
        }
        mouseClick(field("participantMenu_0"));
        mouseClick(dialogField(kind === "rename" ? "renameParticipant" : "removeParticipant"));
    }

    function test_dialogFieldsAreDraftedThroughALock(data) {
        openVisitIn(data.phase);
        const key = data.key.replace("%p", participantId).replace("%c", Dialogue.conversationId);
        openDialog(data.open);
        let input = dialogField(data.field);
        input.forceActiveFocus();
        keyClick(Qt.Key_End);
        const before = input.text;
        typeText(" Ro på");
        const typed = before + " Ro på";
        StoreProbe.setIdleLimitMs(150);
        tryCompare(Lock, "stage", Lock.Locked, 5000);
        StoreProbe.setIdleLimitMs(60 * 60 * 1000);
        Lock.unlock(pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
        compare(StoreProbe.fieldDraft(visitId, key), typed);

        openDialog(data.open);
        input = dialogField(data.field);
        compare(input.text, typed);
        // Recorded: the draft goes with the event.
        if (data.open === "timeout") {
            mouseClick(dialogField("timeoutByConsultant"));
            compare(Dialogue.openTimeout.reason, typed.trim());
            tryVerify(() => !input.visible); // gone, and no longer takes the next taps
        } else {
            // A correction needs a new name and a reason; the one not under test is filled in.
            if (data.open === "rename" && dialogField("participantNewLabel").text === "Lone")
                dialogField("participantNewLabel").text = "Lonette";
            const reason = dialogField("participantChangeReason");
            if (reason.text.trim() === "")
                reason.text = "stavet forkert";
            mouseClick(dialogField("confirmParticipantChange"));
            tryVerify(() => !reason.visible);
        }
        compare(StoreProbe.fieldDraft(visitId, key), null);
    }

    function test_typedWordsSurviveEventsElsewhereAndKeepTheirRows() {
        const page = openVisitIn("wrapup");
        verify(Dialogue.stateSummaryPoint("Beboerne spiser sammen") !== "");
        const second = field("theirWords_1");
        tapInto(second);
        typeText("Vi spiser hver for sig");
        // Another point confirmed, then an event that has nothing to do with the wrap-up.
        mouseClick(field("confirm_0"));
        compare(Dialogue.conversation.summary[0].response, "confirmed");
        compare(findChild(page, "theirWords_1"), second); // the row was kept
        compare(second.text, "Vi spiser hver for sig");
        tapInto(second);
        verify(Dialogue.switchPosition());
        verify(second.activeFocus);
        keyClick(Qt.Key_End);
        typeText(" om aftenen");
        compare(second.text, "Vi spiser hver for sig om aftenen");

        // A check-in answer typed, not yet confirmed, is not replaced by the record's empty one.
        verify(Dialogue.enterPhase("checkin"));
        const hopes = field("hopes_0");
        tapInto(hopes);
        typeText("At blive hørt");
        verify(Dialogue.switchPosition());
        compare(hopes.text, "At blive hørt");
        // Recording it settles its draft in the same transaction.
        verify(Dialogue.noteCheckIn(participantId, hopes.text, ""));
        compare(StoreProbe.fieldDraft(visitId, keyOf("hopes")), null);
        compare(hopes.text, "At blive hørt");
    }
}
