pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Feltdialog.App

// One visit: the conversation being guided (its phase, timeouts, position), the notes in order, and
// the note being written. Landscape puts the editor beside the phase; portrait puts it above so
// the on-screen keyboard does not cover it. A note, a timeout and a new conversation are each at
// most two taps from here.
Page {
    id: page

    signal back

    readonly property bool wide: width > height
    // A phone: the header's controls take a second row, and the location banner stacks.
    readonly property bool narrow: width < 600
    // Writing with little height (the on-screen keyboard is up, or a phone): the note, its tags
    // and Done get the page; the phase bar, the location banner and the notes wait until Done.
    readonly property bool writingOnly: CurrentVisit.editing && (height < 700 || narrow)

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
        Material.foreground: Theme.textOnAccent
        implicitHeight: headerGrid.implicitHeight

        // One row on a tablet; on a phone the position and the timeout move to a second row so
        // the facility's name keeps its room.
        GridLayout {
            id: headerGrid

            anchors.fill: parent
            anchors.rightMargin: Theme.margin
            columns: page.narrow ? 5 : 6
            columnSpacing: Theme.spacing
            rowSpacing: 0

            ToolButton {
                Layout.row: 0
                Layout.column: 0
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                text: "‹"
                font.pixelSize: Theme.titleSize
                Accessible.name: qsTr("Back to visits")
                onClicked: page.back()
            }
            ColumnLayout {
                Layout.row: 0
                Layout.column: 1
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                spacing: 0

                ElidedLabel {
                    Layout.fillWidth: true
                    text: CurrentVisit.facilityName
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
                ElidedLabel {
                    Layout.fillWidth: true
                    text: (CurrentVisit.closed ? qsTr("Closed") : qsTr("Started %1").arg(CurrentVisit.startedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))) + (VisitLocation.summary ? " · " + VisitLocation.summary : "")
                    font.pixelSize: Theme.smallSize
                }
            }
            // The position and the timeout: beside the name on a tablet, a row of their own
            // under it on a phone, so the facility's name keeps the header's width.
            RowLayout {
                Layout.row: page.narrow ? 1 : 0
                Layout.column: page.narrow ? 1 : 2
                Layout.columnSpan: page.narrow ? 4 : 1
                Layout.alignment: page.narrow ? Qt.AlignLeft : Qt.AlignVCenter
                Layout.maximumWidth: page.narrow ? page.width - Theme.touchTarget - Theme.spacing - Theme.margin : -1
                visible: !CurrentVisit.closed
                spacing: Theme.spacing

                Button {
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.fillWidth: page.narrow
                    Layout.minimumWidth: 0
                    objectName: "positionToggle"
                    flat: true
                    readonly property string positionName: Dialogue.position === DialogueTerms.Control ? qsTr("Control") : qsTr("Development")

                    text: qsTr("Position: %1").arg(positionName)
                    Accessible.name: qsTr("Position: %1. Tap to switch.").arg(positionName)
                    onClicked: Dialogue.switchPosition()
                }
                TimeoutControls {
                    Layout.preferredHeight: Theme.touchTarget
                }
            }
            SaveIndicator {
                Layout.row: 0
                Layout.column: page.narrow ? 2 : 3
                state: CurrentVisit.saveState
            }
            // What has not reached the office yet, always in sight on an enrolled tablet: the
            // consultant knows before leaving Wi-Fi whether the day's notes are still only here.
            Label {
                Layout.row: 0
                Layout.column: page.narrow ? 3 : 4
                objectName: "waitingForOffice"
                visible: Sync.enrolled
                text: Sync.pendingCount > 0 ? qsTr("%n waiting", "events not yet at the office", Sync.pendingCount) : qsTr("All sent")
                font.pixelSize: Theme.smallSize
                Accessible.role: Accessible.StaticText
                Accessible.name: Sync.statusText
            }
            // Less frequent views and closing the visit: two taps, so the header stays readable in
            // portrait and the facility's name is not cut off.
            ToolButton {
                Layout.row: 0
                Layout.column: page.narrow ? 4 : 5
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                objectName: "visitMenuButton"
                text: "⋮"
                font.pixelSize: Theme.titleSize
                Accessible.name: qsTr("More")
                onClicked: visitMenu.open()

                Menu {
                    id: visitMenu

                    x: parent.width - width
                    y: parent.height
                    width: 300

                    MenuItem {
                        objectName: "evidenceItem"
                        text: qsTr("Evidence and assessment")
                        onTriggered: evidence.open()
                    }
                    MenuItem {
                        objectName: "timelineItem"
                        text: qsTr("Timeline")
                        onTriggered: timeline.open()
                    }
                    MenuItem {
                        objectName: "locationItem"
                        text: qsTr("Location")
                        onTriggered: location.open()
                    }
                    MenuItem {
                        objectName: "recordItem"
                        text: qsTr("Visit record")
                        onTriggered: record.open()
                    }
                    MenuItem {
                        objectName: "closeVisitItem"
                        enabled: !CurrentVisit.closed
                        text: qsTr("Close visit")
                        onTriggered: closeConfirmation.open()
                    }
                }
            }
        }
    }

    // Where the window is short (landscape at twice the text size, a timeout open) the phase bar
    // and the banners would leave the work under them a strip of two touch targets: there the
    // page scrolls as one, and scrolled to its end shows the banners (a timeout running, a
    // location problem) over the work, the phase bar scrolled away above them. A wheel over a
    // scroll area in the page turns the page too (ScrollsWithPage), a finger past an area's top.
    Flickable {
        id: pageScroll

        // The phase bar with the page's margin under it: scrolled away by that much, none of it
        // shows over the banner.
        readonly property real phaseBarPart: phaseBar.visible ? phaseBar.implicitHeight + Theme.margin : 0
        readonly property real bannersPart: (timeoutBanner.visible ? timeoutBanner.implicitHeight + Theme.spacing : 0) + (locationBanner.visible ? locationBanner.implicitHeight + Theme.spacing : 0)
        readonly property real windowHeight: height - 2 * Theme.margin
        readonly property real leastWork: Theme.touchTarget * 5
        // The page scrolls when the work would get less than five touch targets of height.
        readonly property bool scrolls: windowHeight - phaseBarPart - bannersPart < leastWork
        readonly property real workHeight: scrolls ? Math.max(windowHeight - bannersPart, leastWork) : windowHeight - phaseBarPart - bannersPart

        objectName: "pageScroll"
        anchors.fill: parent
        contentWidth: width
        contentHeight: pageColumn.height + 2 * Theme.margin
        interactive: scrolls
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        // Back to the top when the page no longer scrolls (a timeout ended, the window turned).
        onScrollsChanged: if (!scrolls)
            contentY = 0

        ColumnLayout {
            id: pageColumn

            x: Theme.margin
            y: Theme.margin
            width: pageScroll.width - 2 * Theme.margin
            height: pageScroll.phaseBarPart + pageScroll.bannersPart + pageScroll.workHeight
            spacing: Theme.spacing

            PhaseBar {
                id: phaseBar

                Layout.fillWidth: true
                visible: !page.writingOnly
            }
            TimeoutBanner {
                id: timeoutBanner

                Layout.fillWidth: true
                // Called in a short window: the banner at the window's top, the phase bar scrolled
                // away above it, so the work under it keeps its room.
                onVisibleChanged: if (visible)
                    bannerInSight.restart()
            }
            LocationBanner {
                id: locationBanner

                Layout.fillWidth: true
                stacked: page.narrow
                shown: !page.writingOnly
                onConfirmByHand: location.open("openForConfirmation")
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                NoteEditor {
                    visible: !CurrentVisit.closed
                    narrow: page.narrow
                    shortOfRoom: page.height < 600
                    Layout.fillWidth: true
                    Layout.fillHeight: (page.wide || page.writingOnly) && CurrentVisit.editing
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: page.wide ? (page.width - 2 * Theme.margin - Theme.spacing) / 2 : -1
                    Layout.preferredHeight: CurrentVisit.editing && !page.wide ? Math.max(page.height * 0.4, implicitHeight) : implicitHeight
                    Layout.row: 0
                    Layout.column: page.wide ? 1 : 0
                }
                // What the phase needs; the notes and the question deck while the conversation runs.
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: page.wide ? (page.width - 2 * Theme.margin - Theme.spacing) / 2 : -1
                    visible: page.wide || !page.writingOnly
                    Layout.row: page.wide ? 0 : 1
                    Layout.column: 0
                    readonly property var panelPhases: [DialogueTerms.Contract, DialogueTerms.CheckIn, DialogueTerms.WrapUp]

                    currentIndex: panelPhases.indexOf(Dialogue.phase) + 1

                    ColumnLayout {
                        spacing: Theme.spacing

                        // In the conversation: the notes with the question deck, or the template's
                        // questions per indicator.
                        TabBar {
                            id: conversationTabs

                            Layout.fillWidth: true
                            visible: Dialogue.phase === DialogueTerms.Conversation

                            TabButton {
                                text: qsTr("Notes")
                                Accessible.name: qsTr("Notes and solution-focused questions")
                            }
                            TabButton {
                                objectName: "questionsTab"
                                text: qsTr("Questions")
                                Accessible.name: qsTr("Questions for the indicators")
                            }
                        }
                        StackLayout {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            currentIndex: Dialogue.phase === DialogueTerms.Conversation ? conversationTabs.currentIndex : 0

                            // The notes with the question deck under them (NotesList says how the
                            // two share a short column).
                            NotesList {
                            page: pageScroll
                        }
                            PhaseScroll {
                                objectName: "questionsScroll"
                                panel: Qt.resolvedUrl("QuestionBankPanel.qml")
                            }
                        }
                    }
                    PhaseScroll {
                        objectName: "contractScroll"
                        panel: Qt.resolvedUrl("ContractPanel.qml")
                    }
                    PhaseScroll {
                        objectName: "checkInScroll"
                        panel: Qt.resolvedUrl("CheckInPanel.qml")
                    }
                    PhaseScroll {
                        objectName: "wrapUpScroll"
                        panel: Qt.resolvedUrl("WrapUpPanel.qml")
                    }
                }
            }
        }
    }

    // Once the page's bindings have followed the banner (a turn of the event loop later): the
    // banner's place is under the phase bar.
    Timer {
        id: bannerInSight

        interval: 0
        onTriggered: if (pageScroll.scrolls && timeoutBanner.visible)
            pageScroll.contentY = pageScroll.phaseBarPart
    }

    PositionCard {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: undoBar.visible ? undoBar.top : parent.bottom
        anchors.margins: Theme.margin
        z: 2
    }
    UndoSnackbar {
        id: undoBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        z: 2
    }

    LazyDialog {
        id: evidence

        source: Qt.resolvedUrl("EvidenceDialog.qml")
        dialogWidth: Math.min(page.width - 2 * Theme.margin, 720)
        dialogHeight: page.height - 4 * Theme.margin
    }

    LazyDialog {
        id: timeline

        source: Qt.resolvedUrl("TimelineDialog.qml")
        dialogWidth: Math.min(page.width - 2 * Theme.margin, 720)
        dialogHeight: page.height - 4 * Theme.margin
    }

    LazyDialog {
        id: record

        source: Qt.resolvedUrl("RecordDialog.qml")
        dialogWidth: Math.min(page.width - 2 * Theme.margin, 900)
        dialogHeight: page.height - 2 * Theme.margin
    }

    LazyDialog {
        id: location

        source: Qt.resolvedUrl("LocationDialog.qml")
        dialogWidth: Math.min(page.width - 2 * Theme.margin, 720)
        dialogHeight: Math.min(page.height - 4 * Theme.margin, 640)
    }

    // A phase's panel, made the first time its phase is shown and kept from then on (a running
    // speaking timer, a half-typed point): only one panel shows at a time, and building all of them
    // with the page cost the page's first frame (docs/performance.md). Loaded by URL, as Qt 6.4
    // will not let a Loader instantiate a component bound to this file.
    component PhaseScroll: ScrollView {
        id: scroll

        property url panel
        property bool made: false

        // The scroll bar has a lane of its own, never over a button at the panel's right edge.
        rightPadding: ScrollBar.vertical.width
        contentWidth: availableWidth
        clip: true
        StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem)
            made = true
        Component.onCompleted: made = StackLayout.isCurrentItem

        Loader {
            width: scroll.availableWidth
            active: scroll.made
            source: scroll.panel

            ScrollsWithPage {
                area: scroll.contentItem as Flickable
                page: pageScroll
            }
        }
        // A drag past the panel's top moves the page (in a short window) rather than stretching
        // the panel.
        Binding {
            target: scroll.contentItem
            property: "boundsBehavior"
            value: Flickable.StopAtBounds
        }
    }

    Dialog {
        id: closeConfirmation

        anchors.centerIn: Overlay.overlay
        // As wide as the text reads well, not as narrow as the title: two paragraphs to read.
        width: Math.min(page.width - 2 * Theme.margin, 520)
        modal: true
        CoversPage {
            popup: closeConfirmation
        }
        title: qsTr("Close this visit?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: Dialogue.closeVisit()

        Column {
            width: parent.width
            spacing: Theme.spacing

            Label {
                width: parent.width
                text: qsTr("After closing, notes can no longer be written or amended on this tablet.")
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: Dialogue.conversationId !== ""
                text: qsTr("The conversation in progress ends with the visit, with the next steps written so far.")
                wrapMode: Text.Wrap
            }
        }
    }
}
