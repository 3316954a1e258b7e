import QtQuick
import QtTest
import Feltdialog
import Feltdialog.App

TestCase {
    id: testCase

    name: "VisitListPage"
    width: 1280
    height: 800
    when: windowShown
    visible: true // TestCase hides itself by default; these tests click and render

    Component {
        id: pageComponent

        VisitListPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_startingAVisitFromTheListOpensIt() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        compare(Facilities.count, 2);
        const opened = signalSpy.createObject(testCase, { target: page, signalName: "visitOpened" });
        const start = findChild(page, "startVisitButton");
        verify(start);
        verify(start.height >= Theme.touchTarget);
        waitForRendering(page);
        mouseClick(start);
        const picker = findChild(page, "facilityPicker");
        tryCompare(picker, "visible", true);
        picker.close();
        const before = Visits.count;
        const visitId = Visits.startVisit(Facilities.data(Facilities.index(0, 0), 257));
        verify(visitId.length > 0);
        compare(Visits.count, before + 1);
        compare(Visits.problem, "");
    }

    function test_anUnknownFacilityIsRefusedWithAReason() {
        compare(Visits.startVisit("no-such-place"), "");
        verify(Visits.problem.length > 0);
    }

    Component {
        id: signalSpy

        SignalSpy {
        }
    }
}
