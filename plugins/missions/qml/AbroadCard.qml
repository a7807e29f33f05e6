// The Home card: officers abroad today, by mission (each mission's own
// calendar day in its time zone).
//
//   backend   MissionsBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: card

    property QtObject backend
    readonly property var abroad: card.backend.revision >= 0 && card.backend.abroadRevision >= 0
                                  ? card.backend.abroadToday() : []
    readonly property int total: card.abroad.reduce((sum, m) => sum + m.count, 0)

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingSmall
        BusyIndicator {
            // A big store's tours are counted off the window's thread.
            visible: card.backend.abroadLoading && card.abroad.length === 0
            running: visible
            Layout.alignment: Qt.AlignHCenter
        }
        RowLayout {
            visible: !card.backend.abroadLoading || card.abroad.length > 0
            spacing: Theme.spacing
            Label {
                objectName: "abroadTotal"
                text: Theme.count(card.total)
                font.pixelSize: 30
                font.bold: true
                color: Theme.accent
            }
            Label {
                text: qsTr("officers abroad today, in %n mission(s)", "", card.abroad.length)
                color: Theme.text
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 5
            }
        }
        Repeater {
            // The busiest three; the card has room for no more.
            model: card.abroad.slice().sort((a, b) => b.count - a.count).slice(0, 3)
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: modelData.code; font.bold: true; color: Theme.text; Layout.preferredWidth: 100 }
                Label { text: modelData.name; color: Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true }
                Label { text: Theme.count(modelData.count); color: Theme.text }
            }
        }
        Label {
            visible: card.abroad.length > 3
            text: qsTr("and %n more mission(s)", "", card.abroad.length - 3)
            color: Theme.textMuted
        }
    }
}
