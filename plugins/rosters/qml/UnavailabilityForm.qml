// Adds a period when an officer cannot be deployed (leave, medical, training, other).
//
//   backend  RosterBackend;  openFor(officerId)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    property int officerId: -1

    function openFor(id) {
        dialog.officerId = id
        dialog.errors = ({})
        kind.currentIndex = 0
        firstDay.text = ""
        lastDay.text = ""
        note.text = ""
        dialog.open()
        kind.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 40 : 480)
    title: qsTr("Add a period of unavailability")
    acceptText: qsTr("Add")

    onSubmitted: {
        const result = dialog.backend.addUnavailability(dialog.officerId,
            { kind: kind.currentText, first_day: firstDay.text, last_day: lastDay.text, note: note.text })
        if (result.ok)
            dialog.close()
        else
            dialog.errors = result.errors
    }

    FormField {
        label: qsTr("Kind"); name: "kind"
        ComboBox { id: kind; model: dialog.backend ? dialog.backend.unavailabilityKinds : [] }
    }
    FormField {
        label: qsTr("First day"); name: "first_day"; required: true
        error: dialog.errors.first_day || ""
        DateField { id: firstDay; required: true }
    }
    FormField {
        label: qsTr("Last day"); name: "last_day"; required: true
        error: dialog.errors.last_day || ""
        DateField { id: lastDay; required: true; minimumDate: firstDay.text }
    }
    FormField {
        label: qsTr("Note"); name: "note"
        TextField { id: note }
    }
}
