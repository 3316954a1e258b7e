import QtQuick
import QtQuick.Controls
import QtTest
import Feltdialog
import Feltdialog.App

// Issue 16 §1: the method's guidance on the screens where it is used. Each phase opens with its
// guidance and the line to say aloud and names the core elements it carries out; after the first
// time it is one line, one tap opens it, and that choice is the app's setting, not the visit's
// evidence. Contract items explain themselves, a switch of position gives the statement to read
// out, and an answered solution-focused question gives its follow-up. This file has a store of its
// own: nothing here has been seen before.
TestCase {
    id: testCase

    name: "Guidance"
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

    function openPage() {
        const visitId = Visits.startVisit("demo-solhaven");
        verify(CurrentVisit.open(visitId));
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        return page;
    }

    function shown(page, objectName) {
        const item = findChild(page, objectName);
        return item !== null && item.visible;
    }

    function tap(page, objectName) {
        const item = findChild(page, objectName);
        verify(item, objectName);
        verify(item.visible, objectName + " visible");
        verify(item.height >= Theme.touchTarget && item.width >= Theme.touchTarget, objectName + " is a touch target");
        verify(item.Accessible.name !== "", objectName + " has an accessible name");
        mouseClick(item);
    }

    function test_aBeginnerSeesEachPhaseGuidanceOpenOnceThenInOneLine() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        waitForRendering(page);
        const guide = Dialogue.phaseGuides.contract;
        verify(guide.guidance !== "" && guide.sayAloud !== "");
        compare(guide.coreElements, [1, 2]);
        tryVerify(() => shown(page, "guidanceText_contract"));
        compare(findChild(page, "guidanceText_contract").text, guide.guidance);
        verify(findChild(page, "guidanceSayAloud_contract").text.indexOf(guide.sayAloud) >= 0);
        const toggle = findChild(page, "guidanceToggle_contract");
        verify(toggle.Accessible.name.indexOf("1 ") >= 0 && toggle.Accessible.name.indexOf("2 ") >= 0);
        verify(shown(page, "dialogueValues")); // the four values, where the contract starts

        // The check-in too, the first time.
        Dialogue.enterPhase("checkin");
        tryVerify(() => shown(page, "guidanceText_checkin"));
        verify(shown(page, "guidanceSayAloud_checkin"));

        // The next conversation: the contract has been seen; its guidance is one line.
        verify(Dialogue.endConversation(""));
        Dialogue.startConversation("Medarbejdere");
        waitForRendering(page);
        compare(Dialogue.phase, DialogueTerms.Contract);
        tryVerify(() => shown(page, "guidanceToggle_contract"));
        verify(!shown(page, "guidanceText_contract"));
        verify(!shown(page, "guidanceSayAloud_contract"));
        verify(toggle.height <= Theme.touchTarget);
        // One tap opens it, and it is open in the conversation after: the choice is kept, in the
        // app's settings and not in the visit's log (it is no evidence of the visit).
        const events = StoreProbe.eventCount(CurrentVisit.visitId);
        tap(page, "guidanceToggle_contract");
        verify(shown(page, "guidanceText_contract"));
        compare(StoreProbe.eventCount(CurrentVisit.visitId), events);
        compare(StoreProbe.setting("guidance_open/contract"), "open");
        verify(Dialogue.endConversation(""));
        Dialogue.startConversation("Borgere");
        waitForRendering(page);
        tryVerify(() => shown(page, "guidanceText_contract"));
        // And closed again stays closed.
        tap(page, "guidanceToggle_contract");
        verify(!shown(page, "guidanceText_contract"));
        compare(StoreProbe.setting("guidance_open/contract"), "closed");
    }

    function test_eachPhasePanelNamesTheCoreElementsItCarriesOut() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        for (const phase of ["checkin", "conversation", "wrapup"]) {
            Dialogue.enterPhase(phase);
            waitForRendering(page);
            if (phase === "conversation") // beside the questions for the indicators
                mouseClick(findChild(page, "questionsTab"));
            tryVerify(() => shown(page, "guidanceToggle_" + phase), 5000, phase);
            const elements = Dialogue.phaseGuides[phase].coreElements;
            verify(elements.length > 0, phase);
            const name = findChild(page, "guidanceToggle_" + phase).Accessible.name;
            for (const n of elements)
                verify(name.indexOf(n + " ") >= 0, phase + " names core element " + n);
        }
    }

    function test_aContractItemExplainsWhatItCoversOneTapAway() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        waitForRendering(page);
        // 002 §5.1: at an unannounced visit, the facility's knowledge of the quality model and of
        // assessments and sanctions is checked as an item of its own.
        const ids = Dialogue.contractItems.map(item => item.id);
        verify(ids.indexOf("quality_model") >= 0, ids);
        for (const item of Dialogue.contractItems) {
            verify(item.explanation !== "", item.id);
            tryVerify(() => shown(page, "explain_" + item.id));
            verify(!shown(page, "explanation_" + item.id));
            tap(page, "explain_" + item.id);
            verify(shown(page, "explanation_" + item.id));
            compare(findChild(page, "explanation_" + item.id).text, item.explanation);
        }
        tap(page, "contract_quality_model");
        compare(Dialogue.conversation.contract.quality_model, true);
    }

    // The statement for the new position, to read out; a colleague's switch on another tablet
    // moves neither this consultant's position nor brings up the card.
    function test_switchingPositionGivesTheStatementToReadOutAndIsThisConsultantsOwn() {
        const page = openPage();
        Dialogue.startConversation("Leder");
        waitForRendering(page);
        compare(Dialogue.position, DialogueTerms.Control);
        verify(!shown(page, "positionSayAloud"));
        verify(Colleague.switchPosition(CurrentVisit.visitId, "development"));
        compare(Dialogue.position, DialogueTerms.Control);
        verify(!shown(page, "positionSayAloud"));

        mouseClick(findChild(page, "positionToggle"));
        compare(Dialogue.position, DialogueTerms.Development);
        tryVerify(() => shown(page, "positionSayAloud"));
        verify(findChild(page, "positionSayAloud").text.indexOf(Dialogue.positions.development.sayAloud) >= 0);
        // Bo back to control on his tablet: this consultant stays in development.
        verify(Colleague.switchPosition(CurrentVisit.visitId, "control"));
        compare(Dialogue.position, DialogueTerms.Development);
        tap(page, "positionCardDone");
        verify(!shown(page, "positionSayAloud"));
        mouseClick(findChild(page, "positionToggle"));
        tryVerify(() => shown(page, "positionSayAloud"));
        verify(findChild(page, "positionSayAloud").text.indexOf(Dialogue.positions.control.sayAloud) >= 0);
    }

    function test_anAnsweredSolutionFocusedQuestionGivesItsFollowUp() {
        const page = openPage();
        Dialogue.startConversation("Medarbejdere");
        Dialogue.enterPhase("conversation");
        waitForRendering(page);
        const scale = Dialogue.prompts.find(p => p.kind === "scale");
        verify(scale.followUp !== "");
        tryVerify(() => shown(page, "prompt_" + scale.id));
        mouseClick(findChild(page, "prompt_" + scale.id));
        tryVerify(() => shown(page, "scale_2"));
        waitForRendering(page);
        tap(page, "scale_2");
        verify(!shown(page, "promptFollowUp"));
        verify(findChild(page, "savePromptAnswer").enabled, "save enabled");
        tap(page, "savePromptAnswer");
        tryVerify(() => (Dialogue.conversation.prompts || []).length === 1);
        tryVerify(() => shown(page, "promptFollowUp"));
        verify(findChild(page, "promptFollowUp").text.indexOf(scale.followUp) >= 0);
    }
}
