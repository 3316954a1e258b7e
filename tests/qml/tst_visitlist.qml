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

    function test_aVisitThePlannedOfficeIsStartedByItsStartButton() {
        const page = createTemporaryObject(pageComponent, testCase);
        const opened = signalSpy.createObject(testCase, { target: page, signalName: "visitOpened" });
        const later = Office.planVisit("demo-engly", 3, ["9.a"]);
        const planned = Office.planVisit("demo-solhaven", 0, ["8.b", "9.a"]);
        compare(PlannedVisits.count, 2);
        waitForRendering(page);
        // Today's visit comes first, by date.
        const start = findChild(page, "startPlanned_0");
        verify(start && start.visible);
        verify(start.height >= Theme.touchTarget);
        verify(start.Accessible.name.indexOf("Solhaven") >= 0);
        const before = Visits.count;
        mouseClick(start);
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], planned); // the office's visit id
        compare(Visits.count, before + 1);
        compare(PlannedVisits.count, 1); // started: listed with the visits now
        verify(CurrentVisit.open(planned));
        compare(Dialogue.indicators.map(i => i.id), ["8.b", "9.a"]); // the office's focus
        tryVerify(() => findChild(page, "startPlanned_0") !== null);
        verify(findChild(page, "startPlanned_1") === null);
        verify(later.length > 0);
    }

    function test_onAPhoneTheHeaderKeepsTheNameAndEveryButton() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.width = 390;
        page.height = 844;
        waitForRendering(page);
        const title = findChild(page, "pageTitle");
        verify(!title.truncated, "the page's name is not cut");
        for (const name of ["securityButton", "lockButton", "startVisitButton"]) {
            const button = findChild(page, name);
            const r = button.mapToItem(page, 0, 0, button.width, button.height);
            verify(r.x >= 0 && r.x + r.width <= page.width + 0.5, name + " inside the phone's width: " + r);
            verify(button.height >= Theme.touchTarget, name + " is a touch target");
        }
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
