// FormField: one labelled row of a form with the field's error under it.
//
// Properties: label (string), name (string: the key in FormDialog.errors),
//             error (string; by convention `error: dialog.errors.name || ""`),
//             required (bool: adds an asterisk to the label).
// Default:    the editor (one item); it is stretched to the row's width and
//             its Accessible.description is set to the error.
// Read-only:  editor (the first child item, or null).
// Signals:    edited() when the editor's value changes (text, edit text,
//             current index or checked state); FormDialog uses it to clear
//             an error once the value is right.
// An editor with its own message (DateField) shows it only while the field
// has no error of the form's: one message per problem.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root

    property string label
    property string name
    property string error
    property bool required: false
    default property alias editorData: holder.data
    readonly property Item editor: holder.children.length > 0 ? holder.children[0] : null
    property Item attachedEditor: null

    signal edited()

    spacing: 2
    Layout.fillWidth: true

    onEditorChanged: root.attachEditor()
    Component.onCompleted: root.attachEditor()

    function attachEditor() {
        if (!root.editor || root.attachedEditor === root.editor)
            return
        root.attachedEditor = root.editor
        root.editor.Layout.fillWidth = true
        root.editor.Accessible.description = Qt.binding(() => root.error)
        if ("showOwnError" in root.editor)
            root.editor.showOwnError = Qt.binding(() => root.error.length === 0)
        for (const change of ["textChanged", "editTextChanged", "currentIndexChanged", "checkedChanged"]) {
            if (root.editor[change] && typeof root.editor[change].connect === "function")
                root.editor[change].connect(root.edited)
        }
    }

    Label {
        objectName: "formFieldLabel"
        text: root.required ? qsTr("%1 *").arg(root.label) : root.label
        color: Theme.text
        font.pixelSize: Theme.font
        Accessible.ignored: true
    }

    RowLayout {
        id: holder

        objectName: "formFieldEditor"
        Layout.fillWidth: true
        spacing: 0
    }

    Label {
        objectName: "formFieldError"
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
