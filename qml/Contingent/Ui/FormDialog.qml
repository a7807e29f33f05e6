// FormDialog: a modal dialog for entering or editing one record.
//
// Properties: title (string), errors (JS object: field name -> message; the
//             key "" holds a form-level message shown at the top), busy (bool:
//             disables the buttons while saving), acceptText (string, default
//             "Save"), cancelText (string, default "Cancel").
// Default:    the form content (FormField items), laid out in a ColumnLayout.
// Signals:    submitted() on the accept button or Ctrl+Return; the dialog stays
//             open: the page calls close() after a successful save or sets
//             errors. cancelled() on the cancel button or Escape (and closes).
// Functions:  submit(), cancel(), open()/close() from Dialog.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: root

    property var errors: ({})
    property bool busy: false
    property string acceptText: qsTr("Save")
    property string cancelText: qsTr("Cancel")
    default property alias content: form.data

    readonly property string formError: root.errors && root.errors[""] ? String(root.errors[""]) : ""

    signal submitted()
    signal cancelled()

    function submit() {
        if (!root.busy)
            root.submitted()
    }

    function cancel() {
        root.close()
        root.cancelled()
    }

    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    padding: Theme.spacingLarge

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: root.opened && !root.busy
        onActivated: root.submit()
    }

    Shortcut {
        sequence: "Escape"
        enabled: root.opened
        onActivated: root.cancel()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "formDialogError"
            Layout.fillWidth: true
            Layout.maximumWidth: Math.max(form.implicitWidth, 320)
            visible: root.formError.length > 0
            text: root.formError
            color: Theme.danger
            wrapMode: Text.Wrap
            padding: Theme.spacing
            Accessible.role: Accessible.AlertMessage
            background: Rectangle {
                color: Theme.dangerSoft
                border.color: Theme.danger
                radius: Theme.radius
            }
        }

        ColumnLayout {
            id: form

            Layout.fillWidth: true
            Layout.minimumWidth: 320
            spacing: Theme.spacing
        }
    }

    footer: DialogButtonBox {
        padding: Theme.spacingLarge
        topPadding: 0

        Button {
            objectName: "formDialogCancel"
            text: root.cancelText
            enabled: !root.busy
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: root.cancel()
        }

        Button {
            objectName: "formDialogAccept"
            text: root.acceptText
            highlighted: true
            enabled: !root.busy
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: root.submit()
        }
    }
}
