import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// The guided dialogue on the visit page, by taps. The consultant's eyes belong to the people:
// starting a conversation, writing a tagged note and calling a timeout are counted in taps.
TestCase {
    id: testCase

    property int taps: 0

    name: "GuidedDialogue"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        VisitPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function tap(page, objectName) {
        const item = findChild(page, objectName);
        verify(item, objectName);
        verify(item.visible, objectName + " visible");
        verify(item.height >= Theme.touchTarget, objectName + " is a touch target");
        mouseClick(item);
        taps += 1;
        return item;
    }

    function typeText(text) {
        for (const c of text)
            keyClick(c);
    }

    function openPage() {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        taps = 0;
        return page;
    }

    function test_startingAConversationTakesOneTap() {
        const page = openPage();
        tap(page, "startConversationButton");
        verify(Dialogue.conversationId !== "");
        compare(Dialogue.phase, DialogueTerms.Contract);
        verify(taps <= 2);
    }

    function test_aTimeoutTakesTwoTapsAndEndsWithAnOutcome() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        waitForRendering(page);
        taps = 0;
        tap(page, "timeoutButton");
        const byFacility = findChild(page, "timeoutByFacility") || findChild(page.Overlay.overlay, "timeoutByFacility");
        tryVerify(() => byFacility && byFacility.visible);
        mouseClick(byFacility);
        taps += 1;
        compare(taps, 2);
        compare(Dialogue.openTimeout.calledBy, "facility");
        tryVerify(() => !byFacility.visible); // the modal dialog has gone and no longer takes taps
        tryVerify(() => findChild(page, "timeoutEnd_refocus").visible);
        mouseClick(findChild(page, "timeoutEnd_refocus"));
        compare(Object.keys(Dialogue.openTimeout).length, 0);
        compare(Dialogue.conversation.timeouts[0].outcome, "refocus");
    }

    function test_aTaggedNoteTakesThreeTapsWithTheLastNotesTags() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorTag("indicatorId", "8.b");
        CurrentVisit.setEditorTag("method", "interview");
        CurrentVisit.setEditorText("første");
        verify(CurrentVisit.finishNote());
        waitForRendering(page);
        taps = 0;
        // The second note: tap "New note", type, tap the last note's tags (offered, never taken
        // unasked), tap "Done".
        tap(page, "newNoteButton");
        const editor = findChild(page, "noteText");
        editor.forceActiveFocus();
        keyClick(Qt.Key_O);
        keyClick(Qt.Key_K);
        waitForRendering(page); // the editor has opened: tap where its controls are now
        tap(page, "tagSuggestion0");
        tap(page, "doneButton");
        compare(taps, 3);
        compare(CurrentVisit.notes.count, 2);
        const view = findChild(page, "notesView");
        tryVerify(() => view.itemAtIndex(1) !== null);
        compare(findChild(view.itemAtIndex(1), "noteTags").text, findChild(view.itemAtIndex(0), "noteTags").text);
        verify(findChild(view.itemAtIndex(1), "noteTags").text.startsWith("8.b "));
        const folded = Dialogue.state;
        verify(folded.conversations.length === 1);
        compare(CurrentVisit.editorTags.indicatorId, undefined); // the editor is closed
    }

    function test_phasesCanBeSkippedAndRevisitedNeverBlocked() {
        const page = openPage();
        Dialogue.startConversation("Beboere");
        waitForRendering(page);
        tap(page, "phase_wrapup");
        compare(Dialogue.phase, DialogueTerms.WrapUp);
        compare(Dialogue.conversation.phasesSkipped, ["checkin", "conversation"]);
        tap(page, "phase_checkin");
        compare(Dialogue.phase, DialogueTerms.CheckIn);
        compare(Dialogue.conversation.phasesSkipped, ["conversation"]);
    }

    function test_thePositionSwitchesInOneTapAndIsShown() {
        const page = openPage();
        const toggle = findChild(page, "positionToggle");
        const before = Dialogue.position;
        tap(page, "positionToggle");
        verify(Dialogue.position !== before);
        verify(toggle.text.length > 0);
        tap(page, "positionToggle");
        compare(Dialogue.position, before);
    }

    function test_summaryPointsAreConfirmedOrUnderstoodDifferently() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        Dialogue.enterPhase("wrapup");
        verify(Dialogue.stateSummaryPoint("Supervision mangler") !== "");
        verify(Dialogue.stateSummaryPoint("Ledelsen er synlig") !== "");
        waitForRendering(page);
        tap(page, "confirm_0");
        const words = findChild(page, "theirWords_1");
        words.text = "Kun om dagen";
        tap(page, "differently_1");
        compare(Dialogue.conversation.summary[0].response, "confirmed");
        compare(Dialogue.conversation.summary[1].response, "understood_differently");
        compare(Dialogue.conversation.summary[1].theirWords, "Kun om dagen");
        verify(!Dialogue.scoreIndicator("8.b", 3, "")); // a score needs its reason
        verify(Dialogue.scoreIndicator("8.b", 3, "Supervision er planlagt, ikke i gang"));
    }

    // Closing the visit mid-conversation ends the conversation with the next steps typed so far:
    // no conversation stays open in a closed visit's record, no field on screen takes words.
    function test_closingTheVisitEndsTheConversationInProgress() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        Dialogue.enterPhase("wrapup");
        waitForRendering(page);
        const steps = findChild(page, "nextSteps");
        verify(steps);
        mouseClick(steps);
        typeText("Rapporten om fire uger");
        verify(Dialogue.closeVisit());
        verify(CurrentVisit.closed);
        compare(Dialogue.conversationId, "");
        const held = Dialogue.state.conversations;
        compare(held.length, 1);
        verify(held[0].ended);
        compare(held[0].nextSteps, "Rapporten om fire uger");
    }

    function test_holdingANoteOffersAFollowUpOnOneOfItsWords() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("conversation");
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorText("Supervision er frustrerende");
        verify(CurrentVisit.finishNote());
        waitForRendering(page);
        const list = findChild(page, "notesView");
        verify(list);
        const card = list.itemAtIndex(0);
        verify(card);
        mousePress(card);
        wait(1200); // longer than a press-and-hold
        mouseRelease(card);
        const keyword = findChild(page, "keyword_1") || findChild(page.Overlay.overlay, "keyword_1");
        tryVerify(() => keyword && keyword.visible);
        compare(keyword.text, "frustrerende");
        mouseClick(keyword);
        const ask = findChild(page, "askFollowUp") || findChild(page.Overlay.overlay, "askFollowUp");
        mouseClick(ask);
        compare(Dialogue.conversation.followUps.length, 1);
        compare(Dialogue.conversation.followUps[0].keyword, "frustrerende");
        verify(Dialogue.conversation.followUps[0].question.indexOf("frustrerende") >= 0);
        // ... and the note's card says so, where it was asked from
        let asked = null;
        tryVerify(() => (asked = findChild(list.itemAtIndex(0), "askedFollowUp")) !== null && asked.visible);
        verify(asked.text.indexOf(Dialogue.conversation.followUps[0].question) >= 0, asked.text);
    }

    // Recording a question's answer shows that it was recorded, where it was: the card goes, a
    // line says the answer is saved, and the question carries a tick for this conversation.
    function test_aRecordedAnswerShowsWhereItWasRecorded() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("conversation");
        waitForRendering(page);
        const prompt = Dialogue.prompts.find(p => p.kind !== "scale");
        verify(prompt, JSON.stringify(Dialogue.prompts));
        const button = findChild(page, "prompt_" + prompt.id);
        verify(button && button.text.indexOf("✓") < 0);
        tryVerify(() => Dialogue.undoable === ""); // no snackbar from an earlier test over the buttons
        tap(page, "prompt_" + prompt.id);
        const field = findChild(page, "promptAnswer");
        tryVerify(() => field.visible);
        waitForRendering(page);
        mouseClick(field);
        tryVerify(() => field.activeFocus);
        typeText("Når vi planlægger sammen");
        compare(field.text, "Når vi planlægger sammen");
        tap(page, "savePromptAnswer");
        tryVerify(() => Dialogue.conversation.prompts.length === 1);
        tryVerify(() => findChild(page, "promptAnswerSaved").visible);
        verify(findChild(page, "promptAnswerSaved").text.indexOf(prompt.title) >= 0);
        tryVerify(() => button.text.indexOf("✓") >= 0, 3000, button.text);
        compare(Dialogue.conversation.prompts.length, 1);
        // the same answer again records nothing new
        tap(page, "prompt_" + prompt.id);
        findChild(page, "promptAnswer").text = "Når vi planlægger sammen";
        tap(page, "savePromptAnswer");
        compare(Dialogue.conversation.prompts.length, 1);
    }

    function test_aVisibleButtonOnTheNoteOffersItsWordsAsWritten() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("conversation");
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorText("Møderne hver 4. uge er “frustrerende”, siger Søren.");
        verify(CurrentVisit.finishNote());
        waitForRendering(page);
        const card = findChild(page, "notesView").itemAtIndex(0);
        const button = findChild(card, "followUpButton");
        verify(button && button.visible);
        verify(button.Accessible.name.length > 0);
        tap(card, "followUpButton");
        const overlay = page.Overlay.overlay;
        const words = [];
        tryVerify(() => { const k = findChild(overlay, "keyword_0"); return k && k.visible; });
        for (let i = 0; findChild(overlay, "keyword_" + i); ++i)
            words.push(findChild(overlay, "keyword_" + i).text);
        compare(words.join("|"), "Møderne|hver|4|frustrerende|siger|Søren");
        const frustrating = findChild(overlay, "keyword_3");
        tryVerify(() => frustrating.visible && frustrating.width > 0);
        waitForRendering(frustrating);
        mouseClick(frustrating);
        tryCompare(findChild(overlay, "followUpQuestion"), "text", "How frustrerende?");
    }

    function test_theTimelineShowsEverythingInOrder() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        Dialogue.enterPhase("checkin");
        Dialogue.callTimeout("facility", "uro");
        Dialogue.endTimeout("continue");
        const entries = Dialogue.timeline();
        // started, location stamp (no plugin in tests), conversation, phase, timeout called, ended:
        // each with its own words, in the order they happened.
        const words = entries.map(e => e.what);
        compare(words.length, 6, JSON.stringify(words));
        for (let i = 1; i < entries.length; ++i)
            verify(entries[i - 1].at <= entries[i].at, JSON.stringify(words));
        for (const word of words)
            verify(word.length > 0 && !/[a-z]+[A-Z][a-z]+/.test(word), word); // words, never an event type
        compare(new Set(words).size, words.length, JSON.stringify(words));
        const details = entries.map(e => e.detail || "").join(" | ");
        verify(details.indexOf("Leder") >= 0, details); // the conversation's title
        verify(details.indexOf("uro") >= 0, details);   // the timeout's reason
        tap(page, "visitMenuButton");
        const item = findChild(page, "timelineItem") || findChild(page.Overlay.overlay, "timelineItem");
        tryVerify(() => item && item.visible);
        mouseClick(item);
        const list = findChild(page, "timelineEntries") || findChild(page.Overlay.overlay, "timelineEntries");
        tryVerify(() => list && list.count === 6);
        // What the dialog shows, row by row: the same words and details, not only as many rows.
        for (let i = 0; i < entries.length; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            let row = null;
            tryVerify(() => (row = list.itemAtIndex(i)) !== null);
            compare(findChild(row, "timelineWhat").text, words[i]);
            compare(findChild(row, "timelineDetail").text, entries[i].detail || "");
        }
    }

    function test_checkInAddsPeopleByRoleAndNotesTheirHopes() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("checkin");
        waitForRendering(page);
        const role = findChild(page, "participantRole");
        verify(role.count >= 7); // leader, staff, resident, relative, board member, companion, consultant
        role.currentIndex = role.indexOfValue("resident");
        const label = findChild(page, "participantLabel");
        label.text = "JB";
        tap(page, "addParticipant");
        compare(Dialogue.conversation.participants.length, 1);
        compare(Dialogue.conversation.participants[0].role, "resident");
        compare(Dialogue.conversation.participants[0].label, "JB");
        tryVerify(() => findChild(page, "hopes_0") !== null);
        label.text = "Leder";
        role.currentIndex = role.indexOfValue("leader");
        tap(page, "addParticipant");
        tryVerify(() => findChild(page, "hopes_1") !== null);

        // Typed by keys; moving to the next person's field records it, and the focus stays
        // where the consultant tapped, so the next words land there.
        const hopes = findChild(page, "hopes_0");
        waitForRendering(page);
        mouseClick(hopes);
        typeText("At blive hørt");
        const next = findChild(page, "hopes_1");
        mouseClick(next);
        tryVerify(() => Dialogue.conversation.participants[0].hopes === "At blive hørt");
        verify(findChild(page, "hopes_1") === next); // the row was not rebuilt
        verify(next.activeFocus);
        typeText("Ro");
        compare(next.text, "Ro");
        compare(findChild(page, "hopes_0").text, "At blive hørt");

        // Check-out has a field per person; ending the conversation empties them cleanly.
        Dialogue.enterPhase("wrapup");
        tryVerify(() => findChild(page, "checkOut_1") !== null);
        verify(Dialogue.endConversation(""));
        waitForRendering(page);
    }

    function test_aResidentsFullNameIsRecordedAsInitials() {
        const page = openPage();
        Dialogue.startConversation("Beboere");
        Dialogue.enterPhase("checkin");
        waitForRendering(page);
        const role = findChild(page, "participantRole");
        role.currentIndex = role.indexOfValue("resident");
        const label = findChild(page, "participantLabel");
        mouseClick(label);
        typeText("Jens Berg");
        // The screen says what will be recorded before anything is.
        const hint = findChild(page, "initialsHint");
        tryVerify(() => hint.visible);
        verify(hint.text.indexOf("J.B.") >= 0, hint.text);
        tap(page, "addParticipant");
        compare(Dialogue.conversation.participants[0].label, "J.B.");
        for (const entry of Dialogue.timeline())
            verify(JSON.stringify(entry).indexOf("Jens") < 0, JSON.stringify(entry));
        // A member of staff keeps the name the consultant gives.
        role.currentIndex = role.indexOfValue("staff");
        mouseClick(label);
        typeText("Mette Holm");
        verify(!hint.visible);
        tap(page, "addParticipant");
        compare(Dialogue.conversation.participants[1].label, "Mette Holm");
    }

    function test_aParticipantIsCorrectedOrRemovedWithAReason() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("checkin");
        waitForRendering(page);
        const role = findChild(page, "participantRole");
        role.currentIndex = role.indexOfValue("staff");
        const label = findChild(page, "participantLabel");
        label.text = "Mete";
        tap(page, "addParticipant");
        label.text = "Forkert Person";
        tap(page, "addParticipant");
        tryVerify(() => findChild(page, "participantMenu_1") !== null);
        waitForRendering(page);

        // Correct the first one's name: menu, "Correct the name", the right name and why.
        tap(page, "participantMenu_0");
        const overlay = page.Overlay.overlay;
        let item = null;
        tryVerify(() => (item = findChild(page, "renameParticipant") || findChild(overlay, "renameParticipant")) && item.visible);
        mouseClick(item);
        const newLabel = findChild(page, "participantNewLabel") || findChild(overlay, "participantNewLabel");
        tryVerify(() => newLabel.visible && newLabel.activeFocus);
        newLabel.selectAll();
        typeText("Mette");
        const reason = findChild(page, "participantChangeReason") || findChild(overlay, "participantChangeReason");
        const confirm = findChild(page, "confirmParticipantChange") || findChild(overlay, "confirmParticipantChange");
        verify(!confirm.enabled); // a change needs a reason
        mouseClick(reason);
        typeText("stavet forkert");
        mouseClick(confirm);
        tryVerify(() => Dialogue.conversation.participants[0].label === "Mette", 5000, JSON.stringify(Dialogue.conversation.participants[0]));
        verify(Dialogue.conversation.participants[0].corrected);

        // Remove the second: it stays in the list, marked, without its fields.
        tryVerify(() => !newLabel.visible); // the modal dialog has gone and no longer takes taps
        waitForRendering(page);
        tap(page, "participantMenu_1");
        tryVerify(() => (item = findChild(page, "removeParticipant") || findChild(overlay, "removeParticipant")) && item.visible);
        mouseClick(item);
        tryVerify(() => reason.visible && reason.activeFocus);
        typeText("tilføjet ved en fejl");
        mouseClick(confirm);
        tryVerify(() => Dialogue.conversation.participants[1].removed === true);
        compare(Dialogue.conversation.participants[1].removedReason, "tilføjet ved en fejl");
        tryVerify(() => !findChild(page, "hopes_1").visible);
        verify(findChild(page, "hopes_0").visible);
        const words = Dialogue.timeline().map(e => e.what);
        verify(words.indexOf("Participant removed") >= 0 || words.indexOf("Deltager fjernet") >= 0, words);
    }

    // A name that must not remain in the record: removed with "take the name out entirely", it is
    // gone from the participant list and from the timeline, and the timeline says it was taken out.
    function test_aNameTakenOutOfTheRecordIsGoneForEveryReader() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("checkin");
        waitForRendering(page);
        const role = findChild(page, "participantRole");
        role.currentIndex = role.indexOfValue("staff");
        findChild(page, "participantLabel").text = "Ukendt Navnesen";
        tap(page, "addParticipant");
        tryVerify(() => findChild(page, "participantMenu_0") !== null);
        waitForRendering(page);

        tap(page, "participantMenu_0");
        const overlay = page.Overlay.overlay;
        let item = null;
        tryVerify(() => (item = findChild(page, "removeParticipant") || findChild(overlay, "removeParticipant")) && item.visible);
        mouseClick(item);
        const reason = findChild(page, "participantChangeReason") || findChild(overlay, "participantChangeReason");
        tryVerify(() => reason.visible && reason.activeFocus);
        typeText("forkert person, navnet må ikke stå");
        const redact = findChild(page, "redactParticipantName") || findChild(overlay, "redactParticipantName");
        verify(!redact.checked); // never by default: the ordinary removal keeps the entry readable
        mouseClick(redact);
        verify(redact.checked);
        mouseClick(findChild(page, "confirmParticipantChange") || findChild(overlay, "confirmParticipantChange"));
        tryVerify(() => Dialogue.conversation.participants[0].removed === true);
        compare(Dialogue.conversation.participants[0].label, "█████");
        const timeline = JSON.stringify(Dialogue.timeline());
        verify(timeline.indexOf("Navnesen") < 0, timeline);
        verify(timeline.indexOf("Words removed from the record") >= 0 || timeline.indexOf("Ord fjernet fra rapporten") >= 0, timeline);
    }

    // A name to take out whose entries are gone from the conversation (it ended while the dialog
    // was open): nothing is recorded, the dialog stays, and it says why in words.
    function test_aNameThatCannotBeTakenOutSaysWhy() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("checkin");
        waitForRendering(page);
        findChild(page, "participantLabel").text = "Ukendt Navnesen";
        tap(page, "addParticipant");
        tryVerify(() => findChild(page, "participantMenu_0") !== null);
        waitForRendering(page);
        tap(page, "participantMenu_0");
        const overlay = page.Overlay.overlay;
        let item = null;
        tryVerify(() => (item = findChild(page, "removeParticipant") || findChild(overlay, "removeParticipant")) && item.visible);
        mouseClick(item);
        const reason = findChild(page, "participantChangeReason") || findChild(overlay, "participantChangeReason");
        tryVerify(() => reason.visible && reason.activeFocus);
        typeText("forkert person");
        mouseClick(findChild(page, "redactParticipantName") || findChild(overlay, "redactParticipantName"));
        const problem = findChild(page, "redactionProblem") || findChild(overlay, "redactionProblem");
        verify(!problem.visible);
        verify(Dialogue.endConversation(""));
        const events = Dialogue.timeline().length;
        mouseClick(findChild(page, "confirmParticipantChange") || findChild(overlay, "confirmParticipantChange"));
        tryVerify(() => problem.visible);
        verify(problem.text.indexOf("Nothing was changed") >= 0 || problem.text.indexOf("Intet er ændret") >= 0, problem.text);
        verify(reason.visible, "the dialog stays open");
        compare(Dialogue.timeline().length, events, "nothing recorded");
    }

    function test_evidenceShowsGapsAndTakesAScoreOnlyWithAReason() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorTag("indicatorId", "8.b");
        CurrentVisit.setEditorTag("sourceRole", "staff");
        CurrentVisit.setEditorTag("method", "interview");
        CurrentVisit.setEditorText("Supervision mangler");
        verify(CurrentVisit.finishNote());
        const coverage = Dialogue.coverage();
        compare(coverage.length, 6); // 8.a-9.c from the template
        const b = coverage.find(c => c.id === "8.b");
        compare(b.noteCount, 1);
        verify(b.gap); // one source and one method: not triangulated
        verify(coverage.find(c => c.id === "8.a").gap);
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorTag("indicatorId", "8.b");
        CurrentVisit.setEditorTag("sourceRole", "leader");
        CurrentVisit.setEditorTag("method", "document");
        CurrentVisit.setEditorText("Supervisionsplan set");
        verify(CurrentVisit.finishNote());
        verify(!Dialogue.coverage().find(c => c.id === "8.b").gap);
        verify(!Dialogue.scoreIndicator("8.b", 4, "  "));
        verify(Dialogue.scoreIndicator("8.b", 4, "Planen findes og følges"));
        compare(Dialogue.coverage().find(c => c.id === "8.b").score, 4);
    }

    function test_twoScoresGivenAtOnceAreBothShownUntilOneIsKept() {
        const page = openPage();
        verify(Dialogue.scoreIndicator("8.b", 3, "Supervision er planlagt, ikke i gang"));
        // Bo scored the same indicator on his tablet before the two met at the office.
        verify(Colleague.scoreIndicator(CurrentVisit.visitId, "8.b", 4, "Personalet beskriver fast supervision"));
        compare(Dialogue.coverage().find(c => c.id === "8.b").concurrent.length, 2);

        tap(page, "visitMenuButton");
        tap(page, "evidenceItem");
        const list = findChild(page, "coverageList");
        verify(list);
        tryVerify(() => list.visible && list.count === 6);
        const row = Dialogue.coverage().findIndex(c => c.id === "8.b");
        list.positionViewAtIndex(row, ListView.Beginning);
        waitForRendering(list);
        const box = findChild(list, "concurrentScores_" + row);
        verify(box && box.visible);
        const kept = Dialogue.coverage()[row].concurrent.findIndex(v => v.score === 4);
        tap(list, "keepScore_" + row + "_" + kept);
        const b = Dialogue.coverage().find(c => c.id === "8.b");
        compare(b.concurrent.length, 0); // one score stands again
        compare(b.score, 4);
        compare(b.rationale, "Personalet beskriver fast supervision");
        tryVerify(() => !findChild(list, "concurrentScores_" + row).visible);

        // Scoring anew by taps: the chosen score is marked, and saving needs the reason.
        const five = tap(list, "score_" + row + "_5");
        tryVerify(() => findChild(list, "score_" + row + "_5").highlighted);
        verify(!findChild(list, "score_" + row + "_4").highlighted);
        const reason = findChild(list, "rationale_" + row);
        reason.text = "Fast supervision hver 4. uge, set i kalenderen";
        const scrolled = list.contentY;
        tap(list, "saveScore_" + row);
        compare(Dialogue.coverage()[row].score, 5);
        compare(list.contentY, scrolled); // the list stays where the consultant was
        compare(Dialogue.coverage()[row].concurrent.length, 0);
        // The button says it is saved and takes no second tap; a repeat records nothing new.
        const saved = findChild(list, "saveScore_" + row);
        tryVerify(() => !saved.enabled && saved.text.indexOf("✓") >= 0, 5000, saved.text);
        const events = Dialogue.timeline().length;
        verify(Dialogue.scoreIndicator("8.b", 5, "Fast supervision hver 4. uge, set i kalenderen "));
        compare(Dialogue.timeline().length, events);
        // A changed reason opens it again.
        findChild(list, "rationale_" + row).text = "Fast supervision hver 4. uge";
        tryVerify(() => findChild(list, "saveScore_" + row).enabled);
    }

    function test_aRepeatedTapWithTheSameWordsRecordsNothingNew() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        const before = Dialogue.timeline().length;
        verify(Dialogue.makeAgreement("Plan for supervision", "Leder", "januar"));
        verify(Dialogue.makeAgreement("Plan for supervision ", "Leder", "januar"));
        compare(Dialogue.timeline().length, before + 1);
        verify(Dialogue.answerQuestion("q-8b-1", "8.b", "yes", ""));
        verify(Dialogue.answerQuestion("q-8b-2", "8.b", "no", ""));
        verify(Dialogue.answerQuestion("q-8b-1", "8.b", "yes", "")); // the same again
        compare(Dialogue.timeline().length, before + 3);
        verify(Dialogue.answerQuestion("q-8b-1", "8.b", "no", "")); // a change of answer is recorded
        verify(Dialogue.answerQuestion("q-8b-1", "8.b", "yes", "")); // and changing back, too
        compare(Dialogue.timeline().length, before + 5);
        verify(Dialogue.answerPrompt("scale-1", "scale", 3, "faste møder", ""));
        verify(Dialogue.answerPrompt("scale-1", "scale", 3, "faste møder", ""));
        compare(Dialogue.timeline().length, before + 6);
        // The timeline names a contract item by the template's words, not by its key.
        const item = Dialogue.contractItems[0];
        verify(Dialogue.setContractItem(item.id, true));
        const entries = Dialogue.timeline();
        compare(entries[entries.length - 1].detail, item.title);
        verify(item.title !== item.id);
    }

    function test_thePageStaysUsableAtTwiceTheFontSize() {
        Theme.fontScale = 2.0;
        const page = openPage();
        Dialogue.startConversation("Leder");
        waitForRendering(page);
        for (const name of ["positionToggle", "timeoutButton", "visitMenuButton", "phase_checkin", "newNoteButton"]) {
            const item = findChild(page, name);
            verify(item && item.visible, name);
            verify(item.height >= Theme.touchTarget, name);
            verify(item.mapToItem(page, 0, 0).x + item.width <= page.width + 1, name + " stays on screen");
        }
        tap(page, "phase_checkin");
        compare(Dialogue.phase, DialogueTerms.CheckIn);
        Theme.fontScale = 1.0;
    }

    function test_theClosingMeetingGathersThePointsOfAllConversations() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        verify(Dialogue.stateSummaryPoint("Supervision mangler") !== "");
        verify(Dialogue.makeAgreement("Plan for supervision", "Leder", "januar"));
        verify(Dialogue.endConversation("Rapport om fire uger"));
        waitForRendering(page);
        tap(page, "startClosingMeetingButton");
        compare(Dialogue.conversation.kind, "closing_meeting");
        tap(page, "phase_wrapup");
        tryVerify(() => findChild(page, "gatheredPoint") !== null);
        const gathered = Dialogue.pointsFromConversations();
        compare(gathered.length, 2);
        compare(gathered[0].conversation, "Leder");
        compare(gathered[0].text, "Supervision mangler");
    }

    function test_questionsFromTheTemplateAreAnsweredByTheirType() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("conversation");
        waitForRendering(page);
        verify(Dialogue.questionBanks.length >= 6); // one bank per focus indicator 8.a-9.c
        const bank = Dialogue.questionBanks.find(b => b.indicatorId === "8.b");
        compare(bank.headings.length, 3); // the three headings of 8.b
        tap(page, "questionsTab");
        const picker = findChild(page, "bankPicker");
        picker.currentIndex = Dialogue.questionBanks.findIndex(b => b.indicatorId === "8.b");
        waitForRendering(page);
        // The first question that has fixed choices, answered by a tap.
        let question = null;
        for (const h of bank.headings)
            for (const q of h.questions)
                if (!question && q.answerType !== "note")
                    question = q;
        verify(question);
        const choice = {"yes_no_na": "yes", "degree": "some", "indicator_score": "3", "scale": "3"}[question.answerType];
        let button = null;
        tryVerify(() => {
            button = findChild(page, "answer_" + question.id + "_" + choice);
            return button !== null && button.visible;
        });
        mouseClick(button);
        const answers = Dialogue.conversation.answers;
        compare(answers.length, 1);
        compare(answers[0].questionId, question.id);
        compare(answers[0].indicatorId, "8.b");
        compare(answers[0].answer, choice);
        verify(!Dialogue.answerQuestion(question.id, "8.b", "  ", "")); // an empty answer is refused
    }
}

