// ProposalView: one proposal. Its request and steps, the next step as a
// button (a dialog asks its date and reference or number), the documents, its
// tours with their findings (blocking ones stop the submission; each cites
// its article) and what the other plugins know of them, and its history.
//
//   backend     ApprovalsBackend
//   proposalId  the proposal shown (0: none)
//   reported(result, okText)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ScrollView {
    id: root

    property QtObject backend
    property int proposalId: 0
    readonly property var detail: root.proposalId > 0 && root.backend.revision >= 0 ? root.backend.proposal(root.proposalId) : ({ ok: false })
    signal reported(var result, string okText)

    function stepName(step) {
        return step === "submit" ? qsTr("Submit to the Minister…")
             : step === "recommend" ? qsTr("Minister's recommendation…")
             : step === "decide" ? qsTr("Government's decision…")
             : step === "notify" ? qsTr("Officers notified…")
             : qsTr("Withdraw…")
    }
        function tone(severity) { return severity === "blocking" ? "danger" : severity === "warning" ? "warning" : "info" }
    function severityName(severity) { return severity === "blocking" ? qsTr("blocking") : severity === "warning" ? qsTr("warning") : qsTr("info") }
    function statusName(status) {
        return status === "planned" ? qsTr("planned") : status === "proposed" ? qsTr("proposed")
             : status === "approved" ? qsTr("approved") : status === "active" ? qsTr("active")
             : status === "completed" ? qsTr("completed") : status === "cancelled" ? qsTr("cancelled") : status
    }
    function actionName(action) {
        return action === "propose" ? qsTr("drafted") : action === "add" ? qsTr("tour added")
             : action === "remove" ? qsTr("tour removed") : action === "describe" ? qsTr("described")
             : action === "submit" ? qsTr("submitted to the Minister") : action === "recommend" ? qsTr("recommended by the Minister")
             : action === "decide" ? qsTr("decided by the Government") : action === "notify" ? qsTr("officers notified")
             : action === "withdraw" ? qsTr("withdrawn") : action === "import" ? qsTr("imported") : action
    }

    clip: true
    contentWidth: availableWidth
    contentHeight: column.implicitHeight
    // Its own size, not its content's (which follows its width).
    implicitWidth: 600
    implicitHeight: 400

    ColumnLayout {
        id: column
        width: root.availableWidth
        spacing: Theme.spacing

        Label { objectName: "chooseProposal"; visible: !root.detail.ok; text: qsTr("Choose a proposal, or draft a new one from the tours of a rotation."); color: Theme.textMuted; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.topMargin: 40 }

        ColumnLayout {
            visible: root.detail.ok === true
            Layout.fillWidth: true
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Label { objectName: "proposalTitle"; text: (root.detail.title || qsTr("Proposal %1").arg(root.detail.id || "")); font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                StatusBadge { objectName: "proposalState"; text: root.detail.stateName || ""; tone: root.detail.state === "withdrawn" ? "neutral" : root.detail.decidedOn ? "success" : "info" }
            }
            GridLayout {
                columns: 2
                columnSpacing: Theme.spacingLarge
                Label { text: qsTr("International request"); color: Theme.textMuted }
                Label { text: [root.detail.organisation, root.detail.reference, root.detail.requestDate].filter(s => s).join(", ") || qsTr("not recorded"); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { text: qsTr("Submitted to the Minister"); color: Theme.textMuted }
                Label { text: root.detail.submittedOn || "—"; color: Theme.text }
                Label { text: qsTr("Minister's recommendation"); color: Theme.textMuted }
                Label { text: root.detail.recommendedOn ? root.detail.recommendedOn + " (" + root.detail.recommendationReference + ")" : "—"; color: Theme.text }
                Label { text: qsTr("Government's decision"); color: Theme.textMuted }
                Label { objectName: "decision"; text: root.detail.decidedOn ? root.detail.decisionNumber + ", " + root.detail.decidedOn + " (" + root.detail.outcome + ")" : "—"; color: Theme.text }
                Label { text: qsTr("Officers notified"); color: Theme.textMuted }
                Label { text: root.detail.notifiedOn || "—"; color: Theme.text }
                Label { visible: (root.detail.amends || 0) > 0; text: qsTr("Amends"); color: Theme.textMuted }
                Label { visible: (root.detail.amends || 0) > 0; text: qsTr("the decision of proposal %1").arg(root.detail.amends || 0); color: Theme.text }
            }

            Flow {
                Layout.fillWidth: true
                Layout.preferredHeight: childrenRect.height
                spacing: Theme.spacing
                Repeater {
                    model: root.detail.next || []
                    delegate: Button {
                        required property string modelData
                        objectName: "step_" + modelData
                        text: root.stepName(modelData)
                        highlighted: modelData !== "withdraw"
                        onClicked: stepDialog.get().openFor(root.detail, modelData)
                    }
                }
                                FileChooserButton { text: qsTr("Proposal PDF…"); objectName: "proposalPdf"; visible: !root.backend.isOfficer; chooser: proposalPicker }
                FileChooserButton { text: qsTr("Decision PDF…"); objectName: "decisionPdf"; visible: !root.backend.isOfficer; chooser: decisionPicker }
            }
            Label {
                objectName: "blockingNote"
                visible: (root.detail.blocking || 0) > 0 && root.detail.state === "draft"
                text: qsTr("%n blocking finding(s): the proposal cannot be submitted until they are resolved.", "", root.detail.blocking || 0)
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Label { text: qsTr("Tours"); font.bold: true; color: Theme.text; Layout.fillWidth: true }
                TextField { id: addField; objectName: "addTours"; visible: root.detail.editable === true; placeholderText: qsTr("Tour ids, e.g. 12, 14"); Layout.preferredWidth: 200; onAccepted: addButton.clicked() }
                Button {
                    id: addButton
                    visible: root.detail.editable === true
                    text: qsTr("Add")
                    onClicked: {
                        const r = root.backend.addTours(root.proposalId, addField.text)
                        root.reported(r, qsTr("Tours added."))
                        if (r.ok) addField.text = ""
                    }
                }
            }
            Repeater {
                objectName: "tourRepeater"
                model: root.detail.tours || []
                delegate: Frame {
                    id: tourFrame
                    required property var modelData
                    Layout.fillWidth: true
                    padding: Theme.spacing
                    ColumnLayout {
                        width: parent.width
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label { text: qsTr("Tour %1").arg(tourFrame.modelData.id) + " · " + tourFrame.modelData.officer + " · " + tourFrame.modelData.mission + " · " + tourFrame.modelData.period; font.bold: true; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                                                        StatusBadge { text: root.statusName(tourFrame.modelData.status); tone: "info" }
                            StatusBadge { visible: tourFrame.modelData.approved !== undefined && tourFrame.modelData.approved !== null; text: tourFrame.modelData.approved ? qsTr("approved") : qsTr("not approved"); tone: tourFrame.modelData.approved ? "success" : "danger" }
                            Button { visible: root.detail.editable === true; text: qsTr("Remove"); onClicked: root.reported(root.backend.removeTour(root.proposalId, tourFrame.modelData.id), qsTr("Tour removed.")) }
                        }
                        Repeater {
                            model: tourFrame.modelData.findings
                            delegate: RowLayout {
                                required property var modelData
                                Layout.fillWidth: true
                                                                StatusBadge { text: root.severityName(modelData.severity); tone: root.tone(modelData.severity) }
                                Label { text: modelData.message + " (" + modelData.basis + ")"; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                            }
                        }
                        Repeater {
                            model: tourFrame.modelData.facts
                            delegate: Label {
                                required property var modelData
                                text: "<b>" + modelData.title + ":</b> " + modelData.lines.map(l => l.label + " " + l.value).join(" · ")
                                textFormat: Text.StyledText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }

            Label { text: qsTr("History"); font.bold: true; color: Theme.text; Layout.topMargin: Theme.spacing }
            Repeater {
                objectName: "history"
                model: root.detail.history || []
                delegate: Label {
                    required property var modelData
                                        text: modelData.at.substring(0, 16).replace("T", " ") + " · " + modelData.actor + " · " + root.actionName(modelData.action) + (modelData.details ? " · " + modelData.details : "")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the view.
    Lazy {
        id: stepDialog
        component: StepDialog { backend: root.backend; onDone: (result, okText) => root.reported(result, okText) }
    }
    FileChooser {
        id: proposalPicker
        title: qsTr("Save the proposal to the Minister")
        saving: true
        kind: "approvals-pdf"
        suggestedName: "proposal-" + root.proposalId + ".pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = root.backend.savePdf(root.proposalId, "proposal", proposalPicker.selectedFile)
            root.reported(r, qsTr("Saved %1.").arg(r.path))
        }
    }
    FileChooser {
        id: decisionPicker
        title: qsTr("Save the draft Government decision")
        saving: true
        kind: "approvals-pdf"
        suggestedName: "decision-" + root.proposalId + ".pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = root.backend.savePdf(root.proposalId, "decision", decisionPicker.selectedFile)
            root.reported(r, qsTr("Saved %1.").arg(r.path))
        }
    }
}
