// FormDialog: a modal dialog for entering or editing one record.
//
// Properties: title (string), errors (JS object: field name -> message; the
//             key "" holds a form-level message shown at the top), busy (bool:
//             disables the buttons while saving), acceptText (string, default
//             "Save"), cancelText (string, default "Cancel"),
//             recheck (optional function returning the errors the values now
//             in the form would have, e.g. a backend's check without saving).
// While errors show, an edited field's error goes as soon as its value is
// right: with recheck, every shown error is replaced by the fresh one (or
// dropped); without it, the edited field's own error is dropped. Errors are
// never added while typing: only Save adds them.
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
    property var recheck: null

    readonly property string formError: root.errors && root.errors[""] ? String(root.errors[""]) : ""

    signal submitted()
    signal cancelled()

    function submit() {
        if (!root.busy)
            root.submitted()
    }

    function fieldEdited(name) {
        if (!root.errors || Object.keys(root.errors).length === 0)
            return
        const fresh = typeof root.recheck === "function" ? root.recheck() : null
        const kept = {}
        for (const key in root.errors) {
            if (fresh !== null) {
                if (fresh && fresh[key])
                    kept[key] = fresh[key]
            } else if (key !== name && key !== "") {
                kept[key] = root.errors[key]
            }
        }
        root.errors = kept
    }
    function connectFields(item) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.edited !== undefined && child.name !== undefined && child.editor !== undefined) {
                const name = child.name
                child.edited.connect(() => root.fieldEdited(name))
            }
            root.connectFields(child)
        }
    }
    Component.onCompleted: root.connectFields(form)

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
