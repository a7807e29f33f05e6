// One row of FileChooserDialog's list: a folder (bold, with a slash) or a
// file with its size. A click picks it; a double click opens or takes it.
//
// Required: index, fileName, fileIsDir, fileSize (from FolderListModel).
// Signals:  picked(int index, string fileName, bool folder), activated(int index).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ItemDelegate {
    id: row

    required property int index
    required property string fileName
    required property bool fileIsDir
    required property var fileSize

    signal picked(int index, string fileName, bool folder)
    signal activated(int index)

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem
    focusPolicy: Qt.NoFocus
    text: row.fileIsDir ? row.fileName + "/" : row.fileName
    font.bold: row.fileIsDir
    onClicked: row.picked(row.index, row.fileName, row.fileIsDir)
    onDoubleClicked: row.activated(row.index)

    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: row.text
            font: row.font
            elide: Text.ElideMiddle
            color: Theme.text
        }
        Label {
            visible: !row.fileIsDir
            text: Number(row.fileSize) >= 1024 ? qsTr("%1 kB").arg(Math.round(Number(row.fileSize) / 1024))
                                                : qsTr("%1 B").arg(Number(row.fileSize))
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
