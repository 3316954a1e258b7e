import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// A note's tags are evidence: they are what the consultant chose, never carried over unseen. A
// new note starts untagged; the last note's tags are offered, labelled as such, and one tap takes
// them. The card shows what was filed.
TestCase {
    id: testCase

    name: "NoteTags"
    width: 390 // a phone: the chips and the wrapped titles must fit its width
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        VisitPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function openConversation() {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        verify(Dialogue.startConversation("Medarbejdere"));
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        return page;
    }

    function writeNote(page, text) {
        const editor = findChild(page, "noteText");
        editor.forceActiveFocus();
        for (const c of text)
            keyClick(c);
    }

    // Chooses by keyboard on the picker, as a person without a finger on it does.
    function choose(page, pickerName, downs) {
        const picker = findChild(page, pickerName);
        verify(picker && picker.visible, pickerName);
        picker.forceActiveFocus();
        for (let i = 0; i < downs; ++i)
            keyClick(Qt.Key_Down);
        return picker;
    }

    function cardTags(page, row) {
        const view = findChild(page, "notesView");
        view.positionViewAtIndex(row, ListView.Contain);
        waitForRendering(page);
        const card = view.itemAtIndex(row);
        verify(card, "card " + row);
        return findChild(card, "noteTags").text;
    }

    function test_aNewNoteStartsUntaggedAndOffersTheLastNotesTagsLabelled() {
        const page = openConversation();
        verify(CurrentVisit.newNote());
        writeNote(page, "supervision");
        choose(page, "tagIndicator", 2); // 8.b
        choose(page, "tagSource", 2);    // staff
        choose(page, "tagMethod", 1);    // interview
        compare(CurrentVisit.editorTags.indicatorId, "8.b");
        compare(CurrentVisit.editorTags.sourceRole, "staff");
        compare(CurrentVisit.editorTags.method, "interview");
        verify(CurrentVisit.finishNote());

        mouseClick(findChild(page, "newNoteButton"));
        // Nothing chosen yet: neither in what would be filed nor on the pickers.
        compare(Object.keys(CurrentVisit.editorTags).length, 0);
        for (const name of ["tagIndicator", "tagSource", "tagMethod"])
            compare(findChild(page, name).currentIndex, 0, name + " shows no choice");
        const chip = findChild(page, "tagSuggestion0");
        verify(chip && chip.visible, "the last note's tags are offered");
        compare(chip.text, "Same tags as the last note: 8.b Ekstern supervision og sparring · Medarbejder · Interview");
        verify(!chip.highlighted);

        writeNote(page, "igen");
        mouseClick(chip);
        compare(CurrentVisit.editorTags.indicatorId, "8.b");
        compare(CurrentVisit.editorTags.sourceRole, "staff");
        compare(CurrentVisit.editorTags.method, "interview");
        // The pickers follow, though the ones chosen by hand before had their index set by input.
        tryCompare(findChild(page, "tagIndicator"), "currentValue", "8.b");
        compare(findChild(page, "tagSource").currentValue, "staff");
        verify(chip.highlighted, "the chosen set shows as chosen");
        mouseClick(findChild(page, "doneButton"));
        compare(CurrentVisit.notes.count, 2);
        compare(cardTags(page, 1), "8.b Ekstern supervision og sparring · Medarbejder · Interview");
    }

    function test_aNoteFiledWithoutTappingASuggestionIsFiledUntagged() {
        const page = openConversation();
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorTag("indicatorId", "9.a");
        CurrentVisit.setEditorTag("method", "document");
        writeNote(page, "plan");
        verify(CurrentVisit.finishNote());
        mouseClick(findChild(page, "newNoteButton"));
        writeNote(page, "uden");
        mouseClick(findChild(page, "doneButton"));
        compare(CurrentVisit.notes.count, 2);
        const first = cardTags(page, 0);
        verify(first.startsWith("9.a ") && first.endsWith(" · Document"), first);
        compare(cardTags(page, 1), "Not tagged");
    }

    function test_theSuggestionsOfferTheFocusIndicatorsWithWhoIsPresent() {
        const page = openConversation();
        verify(Dialogue.addParticipant("leader", "Hanne") !== "");
        mouseClick(findChild(page, "newNoteButton"));
        waitForRendering(page);
        const chip = findChild(page, "tagSuggestion0");
        verify(chip && chip.visible);
        compare(chip.text, "8.a Ledelsens kompetencer · Leder · Interview");
        verify(chip.width <= page.width, "a chip wraps within a phone's width: " + chip.width);
        mouseClick(chip);
        compare(CurrentVisit.editorTags.indicatorId, "8.a");
        compare(CurrentVisit.editorTags.sourceRole, "leader");
        compare(CurrentVisit.editorTags.method, "interview");
        writeNote(page, "ok");
        mouseClick(findChild(page, "doneButton"));
        compare(cardTags(page, 0), "8.a Ledelsens kompetencer · Leder · Interview");
    }

    // With the keyboard up the best set stands beside Done, one line, still one tap.
    function test_withTheKeyboardUpTheBestSetIsBesideDone() {
        const page = openConversation();
        page.height = 500;
        verify(Dialogue.addParticipant("staff", "MK") !== "");
        mouseClick(findChild(page, "newNoteButton"));
        waitForRendering(page);
        const chip = findChild(page, "bestTagSuggestion");
        verify(chip && chip.visible, "the best set is offered beside Done");
        const r = chip.mapToItem(page, 0, 0, chip.width, chip.height);
        verify(r.x >= 0 && r.y >= 0 && r.x + r.width <= page.width && r.y + r.height <= page.height, "inside the page: " + r);
        verify(chip.height >= Theme.touchTarget);
        compare(chip.Accessible.name, "Tag the note: 8.a Ledelsens kompetencer · Medarbejder · Interview");
        mouseClick(chip);
        compare(CurrentVisit.editorTags.indicatorId, "8.a");
        compare(CurrentVisit.editorTags.sourceRole, "staff");
        compare(CurrentVisit.editorTags.method, "interview");
    }
}
