// Government approvals (Police Act, Art. 19). On the left the proposals,
// grouped by state (drafts, with the Minister, with the Government, decided,
// officers notified, withdrawn); on the right the chosen proposal: its tours
// with their findings (live, each with its article) and what the other
// plugins know of them, its next step, its documents and its history.
//
//   backend   ApprovalsBackend
//   focusFilter()  Ctrl+F from the shell
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property string status: ""
    property bool failed: false
    property int proposalId: 0
    /// The list (and the tours it sums) is asked for once the window has shown its first frame,
    /// then after each change and each edit of the filter; a big store's is read on a worker.
    /// The page comes up at once, with a busy indicator, however big the store (issue #16).
    readonly property alias framed: firstFrame.shown
    readonly property var proposalList: page.framed ? page.backend.proposalList : []
    function reload() {
        if (page.framed)
            page.backend.listProposals(filter.text)
    }
    onFramedChanged: page.reload()
    Connections {
        target: page.backend
        function onChanged() { page.reload() }
    }

    FirstFrame { id: firstFrame }

        function focusFilter() { filter.forceActiveFocus() }
    // The list is read again after every change: keep the chosen proposal chosen, and none
    // when none is (once the view has taken the new list: it makes its first row current).
    onProposalListChanged: Qt.callLater(() => list.currentIndex = page.proposalList.findIndex(p => p.id === page.proposalId))
    function report(result, okText) {
        page.failed = !result.ok
        page.status = result.ok ? okText : (result.message || "") + (result.text ? "\n" + result.text : "")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Government approvals"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text; Layout.fillWidth: true }
            Button { text: qsTr("New proposal…"); objectName: "newProposal"; visible: page.backend.canEdit; onClicked: proposeDialog.get().openNew() }
            FileChooserButton { text: qsTr("Import…"); visible: page.backend.canEdit; chooser: importPicker }
            FileChooserButton { text: qsTr("Export…"); chooser: exportPicker }
        }
        Label { objectName: "status"; text: page.status; visible: page.status !== ""; color: page.failed ? Theme.danger : Theme.success; wrapMode: Text.WordWrap; Layout.fillWidth: true }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            ColumnLayout {
                Layout.preferredWidth: 320
                Layout.fillHeight: true
                TextField { id: filter; objectName: "proposalFilter"; placeholderText: qsTr("Title, mission, officer or number (Ctrl+F)"); Layout.fillWidth: true; Keys.onDownPressed: list.forceActiveFocus(); onTextChanged: page.reload() }
                ListView {
                    id: list
                    objectName: "proposalList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.proposalList
                    keyNavigationEnabled: true
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: !page.framed || page.backend.proposalsLoading
                        visible: running
                    }
                    ScrollBar.vertical: ScrollBar {}
                    section.property: "stateName"
                    section.delegate: Label {
                        required property string section
                        text: section
                        font.bold: true
                        color: Theme.textMuted
                        topPadding: Theme.spacing
                        bottomPadding: 2
                    }
                                        onCurrentIndexChanged: if (activeFocus && currentIndex >= 0 && currentIndex < count) page.proposalId = page.proposalList[currentIndex].id
                    delegate: ListRow {
                        id: row
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        onClicked: { list.currentIndex = index; page.proposalId = modelData.id }
                        contentItem: ColumnLayout {
                            spacing: 0
                            Label { text: row.modelData.title; color: Theme.text; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label {
                                text: qsTr("%n tour(s)", "", row.modelData.tours) + " · " + row.modelData.missions
                                      + (row.modelData.firstDay ? " · " + qsTr("from %1").arg(row.modelData.firstDay) : "")
                                      + (row.modelData.decision ? " · " + row.modelData.decision : "")
                                color: Theme.textMuted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true
                            }
                        }
                    }
                    EmptyState { anchors.centerIn: parent; visible: list.count === 0; text: filter.text ? qsTr("No proposal matches.") : qsTr("No proposals yet.") }
                }
            }

            ProposalView {
                id: view
                backend: page.backend
                proposalId: page.proposalId
                Layout.fillWidth: true
                Layout.fillHeight: true
                onReported: (result, okText) => page.report(result, okText)
            }
        }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the page.
    Lazy {
        id: proposeDialog
        component: ProposeDialog { backend: page.backend; onProposed: id => { page.proposalId = id; page.report({ ok: true }, qsTr("Proposal %1 drafted.").arg(id)) } }
    }
    FileChooser {
        id: importPicker
        title: qsTr("Import proposals (JSON, with their steps)")
        kind: "approvals"
        nameFilters: [qsTr("JSON files (*.json)")]
        onAccepted: {
            const r = page.backend.importFile(importPicker.selectedFile)
            page.report(r, qsTr("Imported %1 proposal(s).").arg(r.added))
        }
    }
    FileChooser {
        id: exportPicker
        title: qsTr("Export the proposals with their steps")
        saving: true
        kind: "approvals"
        suggestedName: "proposals-" + page.backend.today + ".json"
        nameFilters: [qsTr("JSON files (*.json)")]
        onAccepted: {
            const r = page.backend.exportFile(exportPicker.selectedFile)
            page.report(r, qsTr("Exported the proposals to %1.").arg(r.path))
        }
    }
}
