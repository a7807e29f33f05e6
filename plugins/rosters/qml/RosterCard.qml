// The Home dashboard card: how many officers, how many active, how many languages.
//
//   backend   RosterBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: card

    property QtObject backend

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingSmall
        Label {
            text: card.backend.officerCount
            font.pixelSize: 34
            font.bold: true
            color: Theme.accent
        }
        Label {
            text: qsTr("officers on the roster")
            color: Theme.text
        }
        Label {
            text: qsTr("%1 active · %2 languages at B2 or better")
                  .arg(card.backend.activeCount).arg(card.backend.languageCount)
            color: Theme.textMuted
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
    }
}
