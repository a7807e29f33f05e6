// Adds a course or certificate to an officer's record.
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
        name.text = ""
        issued.text = ""
        expires.text = ""
        dialog.open()
        name.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 40 : 480)
    title: qsTr("Add a course or certificate")
    acceptText: qsTr("Add")

    onSubmitted: {
        const result = dialog.backend.addCourse(dialog.officerId,
                                                { name: name.text, issued: issued.text, expires: expires.text })
        if (result.ok)
            dialog.close()
        else
            dialog.errors = result.errors
    }

    FormField {
        label: qsTr("Name"); name: "name"; required: true
        error: dialog.errors.name || ""
        TextField { id: name; placeholderText: qsTr("Pre-deployment course (UN-certified)") }
    }
    FormField {
        label: qsTr("Issued"); name: "issued"; required: true
        error: dialog.errors.issued || ""
        DateField { id: issued; required: true }
    }
    FormField {
        label: qsTr("Expires (empty: never)"); name: "expires"
        error: dialog.errors.expires || ""
        DateField { id: expires }
    }
}
