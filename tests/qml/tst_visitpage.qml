import QtQuick
import QtTest
import Feltdialog
import Feltdialog.App

TestCase {
    id: testCase

    name: "VisitPage"
    width: 800
    height: 1280
    when: windowShown
    visible: true // TestCase hides itself by default; these tests click and render

    Component {
        id: pageComponent

        VisitPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function openNewVisit() {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(visitId.length > 0);
        verify(CurrentVisit.open(visitId));
        return visitId;
    }

    function test_aNoteSavesAsItIsTypedAndIsFiledWhenDone() {
        openNewVisit();
        const page = createTemporaryObject(pageComponent, testCase);
        verify(CurrentVisit.newNote());
        const editor = findChild(page, "noteText");
        verify(editor);
        editor.forceActiveFocus();
        keyClick(Qt.Key_H);
        keyClick(Qt.Key_E);
        keyClick(Qt.Key_J);
        compare(CurrentVisit.editorText, "hej");
        compare(CurrentVisit.saveState, CurrentVisit.Unsaved);
        tryCompare(CurrentVisit, "saveState", CurrentVisit.Saved, 2000);
        compare(CurrentVisit.notes.count, 0); // still a draft, safe on disk
        verify(CurrentVisit.finishNote());
        compare(CurrentVisit.notes.count, 1);
        compare(CurrentVisit.editing, false);
    }

    function test_amendingKeepsTheEarlierText() {
        openNewVisit();
        createTemporaryObject(pageComponent, testCase);
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorText("Personalet får supervision.");
        verify(CurrentVisit.finishNote());
        const noteId = CurrentVisit.notes.data(CurrentVisit.notes.index(0, 0), 257);
        verify(CurrentVisit.amendNote(noteId));
        verify(CurrentVisit.editorAmends);
        compare(CurrentVisit.editorText, "Personalet får supervision.");
        CurrentVisit.setEditorText("Personalet får ekstern supervision hver 6. uge.");
        verify(CurrentVisit.finishNote());
        compare(CurrentVisit.notes.count, 1);
        const index = CurrentVisit.notes.index(0, 0);
        compare(CurrentVisit.notes.data(index, 258), "Personalet får ekstern supervision hver 6. uge.");
        compare(CurrentVisit.notes.data(index, 261), true);
        compare(CurrentVisit.notes.data(index, 263), ["Personalet får supervision."]);
    }

    function test_anEmptyNoteLeavesNothingInTheRecord() {
        openNewVisit();
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorText("   ");
        verify(CurrentVisit.finishNote());
        compare(CurrentVisit.notes.count, 0);
    }

    function test_aClosedVisitTakesNoMoreNotes() {
        openNewVisit();
        createTemporaryObject(pageComponent, testCase);
        verify(CurrentVisit.closeVisit());
        verify(CurrentVisit.closed);
        verify(!CurrentVisit.newNote());
    }
}
