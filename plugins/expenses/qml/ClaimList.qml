// ClaimList: claims with their state, and what the user may do with each:
// planners approve, reject with a reason (a dialog) and mark paid; whoever
// submitted a claim may withdraw it while it waits; anyone who sees a claim
// may save its receipt.
//
//   backend      ExpensesBackend
//   tourId       one tour's claims, 0 for every claim the user may see, -1 for none
//   stateFilter  "submitted" (the default), "approved", "rejected", "paid" or "" (all)
//   compact      no filter row (inside a tour)
//   contentCount the number of claims shown
//   reported(result, okText)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ColumnLayout {
    id: root

    property QtObject backend
    property int tourId: 0
    property string stateFilter: "submitted"
    property bool compact: false
    property bool showTour: false
        readonly property var claimList: root.tourId >= 0 && root.backend.revision >= 0 ? root.backend.claims(root.tourId, root.stateFilter) : []
    readonly property int contentCount: root.claimList.length
    signal reported(var result, string okText)

    function tone(state) {
        return state === "paid" ? "success" : state === "approved" ? "info" : state === "rejected" ? "danger" : "warning"
    }
    function stateName(state) {
        return state === "paid" ? qsTr("paid") : state === "approved" ? qsTr("approved") : state === "rejected" ? qsTr("rejected") : qsTr("waiting")
    }

    RowLayout {
        visible: !root.compact
        Layout.fillWidth: true
        Label { text: qsTr("Show"); color: Theme.text }
        ComboBox {
            id: stateBox
            objectName: "claimState"
            textRole: "text"
            valueRole: "value"
            model: [{ value: "submitted", text: qsTr("waiting for a decision") }, { value: "approved", text: qsTr("approved, not paid yet") },
                    { value: "paid", text: qsTr("paid") }, { value: "rejected", text: qsTr("rejected") }, { value: "", text: qsTr("every claim") }]
            onActivated: root.stateFilter = currentValue
            Layout.preferredWidth: 260
        }
        Item { Layout.fillWidth: true }
        Label { text: qsTr("%n claim(s)", "", root.contentCount) + (root.contentCount >= 500 ? " " + qsTr("(the latest 500)") : ""); color: Theme.textMuted }
    }

    ListView {
        id: view
        objectName: "claimList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.claimList
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        delegate: ListRow {
            id: row
            required property var modelData
            required property int index
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: view.currentIndex = index
            contentItem: RowLayout {
                spacing: Theme.spacing
                StatusBadge { text: root.stateName(row.modelData.state); tone: root.tone(row.modelData.state); Layout.preferredWidth: 80 }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        text: row.modelData.date + " · " + row.modelData.category + " · " + row.modelData.amount
                              + (row.modelData.description ? " · " + row.modelData.description : "")
                        color: Theme.text; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true
                    }
                    Label {
                                                text: [root.showTour ? row.modelData.who + " · " + qsTr("tour %1").arg(row.modelData.deployment) : "",
                               row.modelData.reason ? qsTr("rejected: %1").arg(row.modelData.reason) : "",
                               row.modelData.paidOn ? qsTr("paid on %1").arg(row.modelData.paidOn) : "",
                               row.modelData.receipt ? qsTr("receipt %1").arg(row.modelData.receipt) : ""].filter(part => part !== "").join(" · ")
                        visible: text !== ""
                        color: Theme.textMuted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true
                    }
                }
                Button { text: qsTr("Approve"); objectName: "approve"; visible: root.backend.canEdit && row.modelData.state === "submitted"; onClicked: root.reported(root.backend.decideClaim(row.modelData.id, true, ""), qsTr("Claim %1 approved.").arg(row.modelData.id)) }
                Button { text: qsTr("Reject…"); objectName: "reject"; visible: root.backend.canEdit && row.modelData.state === "submitted"; onClicked: rejectDialog.get().openFor(row.modelData) }
                Button { text: qsTr("Mark paid"); objectName: "pay"; visible: root.backend.canEdit && row.modelData.state === "approved"; onClicked: root.reported(root.backend.payClaim(row.modelData.id), qsTr("Claim %1 marked paid.").arg(row.modelData.id)) }
                Button { text: qsTr("Withdraw"); visible: row.modelData.state === "submitted" && row.modelData.mine && !root.backend.canEdit; onClicked: root.reported(root.backend.withdrawClaim(row.modelData.id), qsTr("Claim %1 withdrawn.").arg(row.modelData.id)) }
                Button { text: qsTr("Save receipt…"); visible: row.modelData.receipt !== ""; onClicked: { receiptPicker.claim = row.modelData; receiptPicker.open() } }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            visible: view.count === 0
            text: root.tourId > 0 ? qsTr("No claims for this tour yet.") : root.stateFilter === "submitted" ? qsTr("No claim waits for a decision.") : qsTr("No claims.")
        }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the list.
    Lazy {
        id: rejectDialog
        component: FormDialog {
            id: rejectClaim
            property var claim: ({})
            function openFor(c) {
                rejectClaim.claim = c
                rejectClaim.errors = ({})
                reason.text = ""
                rejectClaim.open()
                reason.forceActiveFocus()
            }
            objectName: "rejectDialog"
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(480, parent ? parent.width - 40 : 480)
            title: qsTr("Reject claim %1?").arg(rejectClaim.claim.id || "")
            acceptText: qsTr("Reject")
            onSubmitted: {
                const r = root.backend.decideClaim(rejectClaim.claim.id, false, reason.text)
                if (r.ok) {
                    rejectClaim.close()
                    root.reported(r, qsTr("Claim %1 rejected.").arg(rejectClaim.claim.id))
                } else {
                    rejectClaim.errors = r.errors
                }
            }
            Label { text: (rejectClaim.claim.date || "") + " · " + (rejectClaim.claim.category || "") + " · " + (rejectClaim.claim.amount || ""); color: Theme.text }
            FormField {
                label: qsTr("Why (the officer sees this)"); name: "reason"; required: true
                error: rejectClaim.errors.reason || rejectClaim.errors[""] || ""
                TextField { id: reason; objectName: "rejectReason" }
            }
        }
    }
    FileChooser {
        id: receiptPicker
        property var claim: ({})
        title: qsTr("Save the receipt")
        saving: true
        kind: "expenses-receipt"
        suggestedName: receiptPicker.claim.receipt || "receipt.pdf"
        nameFilters: [qsTr("Receipts (*.pdf *.jpg *.jpeg *.png)")]
        onAccepted: {
            const r = root.backend.saveReceipt(receiptPicker.claim.id, receiptPicker.selectedFile)
            root.reported(r, qsTr("Saved %1.").arg(r.path))
        }
    }
}
