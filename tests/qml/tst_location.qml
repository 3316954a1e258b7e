import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// Location stamps on the visit page, by taps. The test store has no positioning plugin
// (tst_qml.cpp), so every visit starts with a "no position" stamp: the page must say so without
// blocking anything, and let the consultant confirm the address by hand with a reason.
TestCase {
    id: testCase

    name: "Location"
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

    function find(page, objectName) {
        return findChild(page, objectName) || findChild(page.Overlay.overlay, objectName);
    }

    function openPage() {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        return page;
    }

    function test_noPositionIsSaidAndConfirmedByHand() {
        const page = openPage();
        compare(VisitLocation.stamps.length, 1);
        compare(VisitLocation.stamps[0].status, "no_fix");
        const attention = findChild(page, "locationAttention");
        verify(attention.visible);
        verify(attention.text.length > 0);
        // The note editor is still there: nothing waits for the position.
        verify(findChild(page, "newNoteButton") === null || findChild(page, "newNoteButton").enabled);

        mouseClick(findChild(page, "confirmAddressButton"));
        const reason = find(page, "manualReason");
        tryVerify(() => reason && reason.visible && reason.activeFocus);
        const confirm = find(page, "manualConfirmButton");
        verify(!confirm.enabled); // a reason is required
        keyClick(Qt.Key_I);
        keyClick(Qt.Key_N);
        keyClick(Qt.Key_G);
        keyClick(Qt.Key_E);
        keyClick(Qt.Key_N);
        tryVerify(() => confirm.enabled);
        mouseClick(confirm);
        tryCompare(VisitLocation.stamps, "length", 2);
        compare(VisitLocation.stamps[1].status, "manual");
        compare(VisitLocation.stamps[1].address, VisitLocation.facilityAddress);
        tryVerify(() => !attention.visible);
        const list = find(page, "locationStamps");
        compare(list.count, 2);
    }

    function test_theMenuOpensTheStamps() {
        const page = openPage();
        mouseClick(findChild(page, "visitMenuButton"));
        const item = find(page, "locationItem");
        tryVerify(() => item && item.visible);
        mouseClick(item);
        const list = find(page, "locationStamps");
        tryVerify(() => list && list.visible && list.count === 1);
        verify(VisitLocation.summary.length > 0);
    }
}
