// Adds or edits a tour: the officer, position, first and last day, status,
// and under Police Act Art. 80 whom the officer answers to abroad and the
// position they return to. Dates outside the mission and overlapping tours are
// refused with the reason.
//
//   backend  MissionsBackend;  openFor(tour) (from backend.tour or newTour);  saved()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property var tour: ({})
    property var matches: []
    /// What the status may become: the gate's steps ahead, and cancelled.
    property var statusChoices: []
    signal saved()

    function openFor(t) {
        dialog.tour = t
        dialog.errors = ({})
        search.text = t.officerId > 0 ? t.serviceNumber : ""
        dialog.matches = t.officerId > 0 ? [{ id: t.officerId, label: t.officer + " (" + t.serviceNumber + ")" }] : []
        officer.currentIndex = dialog.matches.length > 0 ? 0 : -1
        position.text = t.position || ""
        first.text = t.firstDay || ""
        last.text = t.lastDay || ""
        dialog.statusChoices = dialog.backend.statusesFrom(t.id > 0 ? (t.status || "") : "")
        status.currentIndex = Math.max(0, dialog.statusChoices.indexOf(t.status || "planned"))
        supervisor.text = t.hostSupervisor || ""
        returns.text = t.returnPosition || ""
        dialog.open()
        search.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    title: (dialog.tour.id > 0 ? qsTr("Edit tour in %1") : qsTr("New tour in %1")).arg(dialog.tour.mission || "")

    function values() {
        const chosen = officer.currentIndex >= 0 ? dialog.matches[officer.currentIndex] : null
        return {
            id: dialog.tour.id, missionId: dialog.tour.missionId, officerId: chosen ? chosen.id : 0,
            position: position.text, firstDay: first.text, lastDay: last.text,
            status: status.currentText, hostSupervisor: supervisor.text, returnPosition: returns.text }
    }

    recheck: () => dialog.backend.checkTour(dialog.values())
    onSubmitted: {
        const result = dialog.backend.saveTour(dialog.values())
        if (result.ok) {
            dialog.close()
            dialog.saved()
        } else {
            dialog.errors = result.errors
        }
    }

    FormField {
        label: qsTr("Find the officer (service number or name)"); name: "officer"; required: true
        error: dialog.errors.officer || ""
        TextField {
            id: search
            objectName: "officerSearch"
            onTextEdited: {
                dialog.matches = search.text.trim().length > 0 ? dialog.backend.findOfficers(search.text) : []
                officer.currentIndex = dialog.matches.length > 0 ? 0 : -1
            }
            Keys.onDownPressed: officer.forceActiveFocus()
        }
    }
    FormField {
        label: qsTr("Officer")
        ComboBox {
            id: officer
            model: dialog.matches
            textRole: "label"
            displayText: officer.currentIndex >= 0 ? officer.currentText : qsTr("(type above to find the officer)")
        }
    }
    FormField {
        label: qsTr("Position"); name: "position"
        TextField { id: position; placeholderText: qsTr("e.g. police adviser") }
    }
    FormField {
        label: qsTr("First day"); name: "firstDay"; required: true
        error: dialog.errors.firstDay || ""
        DateField { id: first; objectName: "firstDay"; required: true }
    }
    FormField {
        label: qsTr("Last day"); name: "lastDay"; required: true
        error: dialog.errors.lastDay || ""
        DateField { id: last; objectName: "lastDay"; required: true; minimumDate: first.valid ? first.text : "" }
    }
    FormField {
        label: qsTr("Status"); name: "status"
        error: dialog.errors.status || ""
        ComboBox {
            id: status
            model: dialog.statusChoices
            displayText: dialog.backend.word(status.currentText)
            delegate: ItemDelegate {
                required property string modelData
                width: status.width
                text: dialog.backend.word(modelData)
            }
        }
    }
    FormField {
        label: qsTr("Host supervisor (Art. 80)"); name: "hostSupervisor"
        TextField { id: supervisor; placeholderText: qsTr("whom the officer answers to abroad") }
    }
    FormField {
        label: qsTr("Returns to (Art. 80)"); name: "returnPosition"
        TextField { id: returns; placeholderText: qsTr("the position after the tour") }
    }
}
