import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// The lock page driven by taps on its own keypad, against the real store and key vault.
TestCase {
    id: testCase

    readonly property string pin: "135792"

    name: "LockPage"
    width: 800
    height: 1280
    when: windowShown
    visible: true

    Component {
        id: lockComponent

        LockPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function tapPin(page, digits) {
        for (const d of digits) {
            const key = findChild(page, "pinKey" + d);
            verify(key, "key " + d);
            mouseClick(key);
        }
        mouseClick(findChild(page, "pinKeyEnter"));
    }

    // A wiped store with this test's PIN chosen on the pad, unlocked.
    function freshUnlockedStore() {
        verify(Lock.forgetPinAndWipe());
        compare(Lock.stage, Lock.ChoosePin);
        const page = createTemporaryObject(lockComponent, testCase);
        waitForRendering(page);
        tapPin(page, pin); // first field, then the pad moves on to the repeat field
        compare(findChild(page, "pinField").text.length, pin.length);
        tapPin(page, pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
        page.destroy();
    }

    function test_aPinIsChosenOnThePadAndOpensTheStoreAgainAfterLocking() {
        freshUnlockedStore();
        Lock.lockNow();
        compare(Lock.stage, Lock.Locked);
        compare(Visits.count, 0); // nothing from the store while locked
        const page = createTemporaryObject(lockComponent, testCase);
        waitForRendering(page);
        tapPin(page, pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
    }

    function test_aShortOrMismatchedPinIsRefusedWithAReason() {
        verify(Lock.forgetPinAndWipe());
        Lock.choosePin("12345", "12345");
        compare(Lock.stage, Lock.ChoosePin);
        verify(Lock.message.length > 0);
        Lock.choosePin("123456", "123457");
        compare(Lock.stage, Lock.ChoosePin);
        verify(Lock.message.length > 0);
    }

    function test_wrongPinsMakeTheConsultantWait() {
        freshUnlockedStore();
        Lock.lockNow();
        const page = createTemporaryObject(lockComponent, testCase);
        waitForRendering(page);
        for (let i = 0; i < 3; ++i) {
            tapPin(page, "000000");
            tryCompare(Lock, "busy", false, 10000);
            compare(Lock.stage, Lock.Locked);
        }
        verify(Lock.secondsToWait > 0);
        verify(findChild(page, "lockMessage").text.length > 0);
        verify(!findChild(page, "pinKey1").enabled); // the pad waits too
        tryCompare(Lock, "secondsToWait", 0, 10000);
        tapPin(page, pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
    }

    // The pad holds still under the finger: the answer to a wrong PIN ("Opening…", then why it
    // was refused) does not move a key between two attempts.
    function test_thePinErrorDoesNotMoveThePad() {
        freshUnlockedStore();
        Lock.lockNow();
        const page = createTemporaryObject(lockComponent, testCase);
        waitForRendering(page);
        const keys = ["pinKey1", "pinKey5", "pinKey0", "pinKeyEnter", "forgotPinButton"];
        const where = () => keys.map(name => {
            const key = findChild(page, name);
            const p = key.mapToItem(page, 0, 0);
            return name + "@" + Math.round(p.x) + "," + Math.round(p.y);
        }).join(" ");
        const before = where();
        compare(findChild(page, "lockMessage").text, "");
        tapPin(page, "000000");
        compare(where(), before); // while the PIN is checked
        tryCompare(Lock, "busy", false, 10000);
        waitForRendering(page);
        verify(findChild(page, "lockMessage").text.length > 0);
        compare(where(), before); // with the reason shown
        tapPin(page, pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
    }

    function test_theOpenVisitAndItsDraftComeBackAfterUnlocking() {
        freshUnlockedStore();
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorText("Beboeren fortalte om maden");
        Lock.lockNow();
        compare(CurrentVisit.visitId, "");
        compare(CurrentVisit.editorText, "");
        compare(CurrentVisit.notes.rowCount(), 0);
        Lock.unlock(pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
        compare(CurrentVisit.visitId, visitId);
        compare(CurrentVisit.editorText, "Beboeren fortalte om maden");
    }

    function test_forgettingThePinSaysWhatIsLostThenStartsAfresh() {
        freshUnlockedStore();
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        verify(CurrentVisit.newNote());
        CurrentVisit.setEditorText("en note");
        verify(CurrentVisit.finishNote());
        Lock.lockNow();
        const consequences = Lock.wipeConsequences();
        verify(consequences.indexOf("1") >= 0, consequences); // one visit, one note
        verify(Lock.forgetPinAndWipe());
        compare(Lock.stage, Lock.ChoosePin);
        Lock.choosePin(pin, pin);
        tryCompare(Lock, "stage", Lock.Unlocked, 10000);
        compare(Visits.count, 0);
    }

    function test_theForgottenPinDialogSaysWhatIsLostAndWipesOnlyWhenAsked() {
        freshUnlockedStore();
        verify(Visits.startVisit("demo-solhaven") !== "");
        Lock.lockNow();
        const page = createTemporaryObject(lockComponent, testCase);
        waitForRendering(page);
        mouseClick(findChild(page, "forgotPinButton"));
        let consequences = null;
        tryVerify(() => {
            consequences = findChild(page, "wipeConsequences") || findChild(page.Overlay.overlay, "wipeConsequences");
            return consequences !== null && consequences.visible;
        });
        verify(consequences.text.indexOf("1") >= 0, consequences.text); // one visit not at the office
        compare(Lock.stage, Lock.Locked); // nothing happens by opening the dialog
        const wipe = findChild(page, "wipeButton") || findChild(page.Overlay.overlay, "wipeButton");
        mouseClick(wipe);
        tryCompare(Lock, "stage", Lock.ChoosePin);
        compare(Visits.count, 0);
    }
}
