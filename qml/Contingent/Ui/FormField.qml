// FormField: one labelled row of a form with the field's error under it.
//
// Properties: label (string), name (string: the key in FormDialog.errors),
//             error (string; by convention `error: dialog.errors.name || ""`),
//             required (bool: adds an asterisk to the label).
// Default:    the editor (one item); it is stretched to the row's width and
//             its Accessible.description is set to the error.
// Read-only:  editor (the first child item, or null).
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

    spacing: 2
    Layout.fillWidth: true

    onEditorChanged: root.attachEditor()
    Component.onCompleted: root.attachEditor()

    function attachEditor() {
        if (!root.editor)
            return
        root.editor.Layout.fillWidth = true
        root.editor.Accessible.description = Qt.binding(() => root.error)
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
