// PolicyForm: a new or changed insurance policy (Police Act, Art. 89): the
// insurer and number, first and last day, the sums insured on death and on a
// permanent loss of the ability to work, and whom it covers: named officers
// (service numbers) or everyone serving in listed missions (codes).
//
//   backend   InsuranceBackend
//   openFor(policy)  a policy from policies() to change, or {} for a new one
//   saved()          after the policy is stored
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property var policy: ({})
    signal saved()

    function openFor(p) {
        dialog.policy = p || ({})
        dialog.errors = ({})
        insurer.text = dialog.policy.insurer || ""
        number.text = dialog.policy.number || ""
        first.text = dialog.policy.firstDay || ""
        last.text = dialog.policy.lastDay || ""
        death.text = dialog.policy.deathAmount || ""
        disability.text = dialog.policy.disabilityAmount || ""
        group.checked = (dialog.policy.missions || "") !== ""
        named.checked = !group.checked
        officers.text = dialog.policy.officers || ""
        missions.text = dialog.policy.missions || ""
        dialog.open()
        insurer.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    title: dialog.policy.id ? qsTr("Change policy %1").arg(dialog.policy.number) : qsTr("New insurance policy")

    onSubmitted: {
        const result = dialog.backend.savePolicy({ id: dialog.policy.id || 0, insurer: insurer.text, number: number.text,
                                                   firstDay: first.text, lastDay: last.text,
                                                   death: death.text, disability: disability.text,
                                                   officers: named.checked ? officers.text : "",
                                                   missions: group.checked ? missions.text : "" })
        if (result.ok) {
            dialog.close()
            dialog.saved()
        } else {
            dialog.errors = result.errors
        }
    }

    FormField {
        label: qsTr("Insurer"); name: "insurer"; required: true
        error: dialog.errors.insurer || ""
        TextField { id: insurer; objectName: "policyInsurer" }
    }
    FormField {
        label: qsTr("Policy number"); name: "number"; required: true
        error: dialog.errors.number || ""
        TextField { id: number; objectName: "policyNumber" }
    }
    FormField {
        label: qsTr("First day"); name: "firstDay"; required: true
        error: dialog.errors.firstDay || ""
        DateField { id: first; objectName: "policyFirst"; required: true }
    }
    FormField {
        label: qsTr("Last day"); name: "lastDay"; required: true
        error: dialog.errors.lastDay || ""
        DateField { id: last; objectName: "policyLast"; required: true; minimumDate: first.text }
    }
    FormField {
        label: qsTr("Sum insured on death (EUR)"); name: "death"; required: true
        error: dialog.errors.death || ""
        TextField { id: death; objectName: "policyDeath"; placeholderText: "100000.00"; inputMethodHints: Qt.ImhFormattedNumbersOnly }
    }
    FormField {
        label: qsTr("Sum insured on permanent loss of the ability to work (EUR)"); name: "disability"; required: true
        error: dialog.errors.disability || ""
        TextField { id: disability; objectName: "policyDisability"; placeholderText: "150000.00"; inputMethodHints: Qt.ImhFormattedNumbersOnly }
    }
    RowLayout {
        RadioButton { id: named; objectName: "policyNamed"; text: qsTr("Named officers"); checked: true }
        RadioButton { id: group; objectName: "policyGroup"; text: qsTr("Everyone serving in missions (group policy)") }
    }
    FormField {
        visible: named.checked
        label: qsTr("Service numbers, separated by commas"); name: "officers"; required: true
        error: dialog.errors.officers || ""
        TextField { id: officers; objectName: "policyOfficers"; placeholderText: qsTr("e.g. 10234, 10577") }
    }
    FormField {
        visible: group.checked
        label: qsTr("Mission codes, separated by commas"); name: "missions"; required: true
        error: dialog.errors.missions || dialog.errors.officers || ""
        TextField { id: missions; objectName: "policyMissions"; placeholderText: qsTr("e.g. EUAM, EUPOL COPPS") }
    }
}
