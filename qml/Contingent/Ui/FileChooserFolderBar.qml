// The folder line of FileChooserDialog: the folder shown as a path a person
// can type into (Return opens what is typed) and the Up button.
//
// Properties: folder (url).
// Signals:    folderRequested(url folder): open this folder.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

RowLayout {
    id: bar

    property url folder

    signal folderRequested(url folder)

    spacing: Theme.spacing
    Label {
        text: qsTr("Folder")
        color: Theme.textMuted
    }
    TextField {
        id: path
        objectName: "fileChooserFolder"
        Layout.fillWidth: true
        text: LocalFiles.displayPath(bar.folder)
        selectByMouse: true
        Accessible.name: qsTr("Folder")
        onAccepted: bar.folderRequested(LocalFiles.resolve(bar.folder, path.text))
    }
    Button {
        objectName: "fileChooserUp"
        text: qsTr("Up")
        Accessible.name: qsTr("The folder above (Alt+Up)")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("The folder above (Alt+Up)")
        onClicked: bar.folderRequested(LocalFiles.parentFolder(bar.folder))
    }
}
