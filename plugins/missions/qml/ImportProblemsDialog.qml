// The row-by-row report of an import that wrote nothing, scrollable and
// selectable so it can be read in full and copied.
//
//   show(text)
import QtQuick
import QtQuick.Controls

Dialog {
    id: dialog

    function show(text) {
        problems.text = text
        dialog.open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    title: qsTr("Nothing was imported: fix these rows and import again")
    standardButtons: Dialog.Close

    ScrollView {
        anchors.fill: parent
        TextArea {
            id: problems
            objectName: "importProblems"
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            font.family: "monospace"
        }
    }
}
