// The Home card: the roster's size, and whose competency test (Police Act
// Art. 71) or passport lapses in the next 90 days.
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
        BusyIndicator {
            // A big roster's counts are read off the window's thread.
            objectName: "rosterCardBusy"
            visible: card.backend.loading
            running: visible
            Layout.alignment: Qt.AlignHCenter
        }
        RowLayout {
            visible: !card.backend.loading
            spacing: Theme.spacing
            Label {
                text: Theme.count(card.backend.officerCount)
                font.pixelSize: 30
                font.bold: true
                color: Theme.accent
            }
            Label {
                text: qsTr("officers, %1 active").arg(Theme.count(card.backend.activeCount))
                color: Theme.text
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 5
            }
        }
        Label {
            objectName: "rosterCardLapsed"
            visible: !card.backend.loading && card.backend.lapsedCount > 0
            text: qsTr("%Ln officer(s) with a lapsed competency test or passport", "",
                       card.backend.lapsedCount)
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: !card.backend.loading
            text: card.backend.lapsingCount === 0
                  ? qsTr("No competency test or passport lapses in the next 90 days.")
                  : qsTr("%1 lapse in the next 90 days:").arg(Theme.count(card.backend.lapsingCount))
            color: card.backend.lapsingCount === 0 ? Theme.textMuted : Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: card.backend.lapsing.slice(0, 3)
            delegate: Label {
                required property var modelData
                text: qsTr("%1: %2, %3").arg(modelData.name).arg(modelData.what)
                      .arg(Theme.formatDate(modelData.date))
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "rosterCardMore"
            visible: !card.backend.loading && card.backend.lapsingCount > 3
            text: qsTr("and %Ln more", "", card.backend.lapsingCount - 3)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Item { Layout.fillHeight: true }
    }
}
