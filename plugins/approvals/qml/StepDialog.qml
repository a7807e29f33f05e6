// StepDialog: the next step of a proposal, with what the step records:
// submitted (date), recommended (date, the Minister's reference), decided
// (date, the decision's number, approved / rejected / partly naming the
// approved tours), notified (date), or withdrawn (no fields; the tours go
// back to planned). A refusal names the rule under its field.
//
//   backend   ApprovalsBackend
//   openFor(proposal, step)
//   done(result, okText)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property var proposal: ({})
    property string step: ""
    signal done(var result, string okText)

    function openFor(p, s) {
        dialog.proposal = p
        dialog.step = s
        dialog.errors = ({})
        day.text = dialog.backend.today
        reference.text = ""
        number.text = ""
        outcome.currentIndex = 0
        approved.text = ""
        dialog.open()
        if (s === "withdraw") dialog.forceActiveFocus(); else day.forceActiveFocus()
    }

    objectName: "stepDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 40 : 520)
    title: dialog.step === "submit" ? qsTr("Submit proposal %1 to the Minister").arg(dialog.proposal.id)
         : dialog.step === "recommend" ? qsTr("The Minister's recommendation of proposal %1").arg(dialog.proposal.id)
         : dialog.step === "decide" ? qsTr("The Government's decision on proposal %1").arg(dialog.proposal.id)
         : dialog.step === "notify" ? qsTr("Officers notified of proposal %1").arg(dialog.proposal.id)
         : qsTr("Withdraw proposal %1?").arg(dialog.proposal.id)
    acceptText: dialog.step === "withdraw" ? qsTr("Withdraw") : qsTr("Record")

    onSubmitted: {
        const r = dialog.backend.step(dialog.proposal.id, dialog.step,
                                      { date: day.text, reference: reference.text, number: number.text,
                                        outcome: outcome.currentValue, approved: approved.text })
        if (r.ok) {
            dialog.close()
                        dialog.done(r, dialog.step === "submit" ? qsTr("Proposal %1 is with the Minister.").arg(dialog.proposal.id)
                         : dialog.step === "recommend" ? qsTr("Proposal %1: the Minister's recommendation is recorded.").arg(dialog.proposal.id)
                         : dialog.step === "decide" ? qsTr("Proposal %1: the Government's decision is recorded.").arg(dialog.proposal.id)
                         : dialog.step === "notify" ? qsTr("Proposal %1: the officers were notified.").arg(dialog.proposal.id)
                         : qsTr("Proposal %1 is withdrawn.").arg(dialog.proposal.id))
        } else {
            dialog.errors = Object.keys(r.errors).length && Object.keys(r.errors)[0] !== "" ? r.errors : { "": r.message }
        }
    }

    Label {
        visible: dialog.step === "withdraw"
        text: qsTr("The proposal stops here; its proposed tours go back to planned. The withdrawal is recorded in the history.")
        wrapMode: Text.WordWrap; color: Theme.text; Layout.fillWidth: true
    }
    Label {
        visible: dialog.step === "submit"
        text: qsTr("Submitting makes its tours proposed. It is refused while any tour has a blocking finding (Police Act, Art. 19).")
        wrapMode: Text.WordWrap; color: Theme.textMuted; Layout.fillWidth: true
    }
    FormField {
        visible: dialog.step !== "withdraw"
        label: qsTr("Date"); name: "date"; required: true
        error: dialog.errors.date || ""
        DateField { id: day; objectName: "stepDate"; required: true; maximumDate: dialog.backend.today }
    }
    FormField {
        visible: dialog.step === "recommend"
        label: qsTr("The Minister's reference"); name: "reference"; required: true
        error: dialog.errors.reference || ""
        TextField { id: reference; objectName: "stepReference" }
    }
    FormField {
        visible: dialog.step === "decide"
        label: qsTr("Decision number"); name: "number"; required: true
        error: dialog.errors.number || ""
        TextField { id: number; objectName: "stepNumber"; placeholderText: qsTr("e.g. 51100-12/2026/4") }
    }
    FormField {
        visible: dialog.step === "decide"
        label: qsTr("Outcome"); name: "outcome"; required: true
        error: dialog.errors.outcome || ""
        ComboBox {
            id: outcome
            objectName: "stepOutcome"
            textRole: "text"; valueRole: "value"
            model: [{ value: "approved", text: qsTr("approved: every tour") }, { value: "rejected", text: qsTr("rejected: every tour back to planned") },
                    { value: "partly", text: qsTr("partly approved: the tours named below") }]
        }
    }
    FormField {
        visible: dialog.step === "decide" && outcome.currentValue === "partly"
        label: qsTr("Approved tours (ids)"); name: "tours"; required: true
        error: dialog.errors.tours || ""
        TextField { id: approved; objectName: "stepApproved"; placeholderText: (dialog.proposal.tours || []).map(t => t.id).join(", ") }
    }
}
