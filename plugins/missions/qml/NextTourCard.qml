// The officer's Home card: the tour they are on, or the next one ahead, with its days;
// or that none is planned.
//
//   backend   MissionsBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: card

    property QtObject backend
    readonly property var record: card.backend.revision >= 0 ? card.backend.record(-1) : ({})
    readonly property string today: card.backend.today
    /// The tour running today, else the first one ahead (not cancelled).
    readonly property var tour: {
        const tours = (card.record.tours || []).filter(t => t.status !== "cancelled"
                                                           && t.lastDay >= card.today)
        tours.sort((a, b) => a.firstDay < b.firstDay ? -1 : a.firstDay > b.firstDay ? 1 : 0)
        return tours.length > 0 ? tours[0] : null
    }
    readonly property bool running: card.tour !== null && card.tour.firstDay <= card.today

    implicitHeight: column.implicitHeight

    function daysBetween(from, to) {
        return Math.round((Date.parse(to) - Date.parse(from)) / 86400000)
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingSmall
        Label {
            objectName: "nextTourNone"
            visible: card.tour === null
            text: card.record.error ? card.record.error : qsTr("No tour planned.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: card.tour !== null
            spacing: Theme.spacing
            Label {
                objectName: "nextTourMission"
                text: card.tour ? card.tour.mission : ""
                font.pixelSize: 30
                font.bold: true
                color: Theme.accent
            }
            Label {
                text: card.tour ? card.tour.missionName : ""
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 5
            }
        }
        Label {
            visible: card.tour !== null
            text: card.tour ? qsTr("%1 – %2, %3").arg(Theme.formatDate(card.tour.firstDay))
                                                 .arg(Theme.formatDate(card.tour.lastDay))
                                                 .arg(card.backend.word(card.tour.status))
                            : ""
            color: Theme.text
        }
        Label {
            objectName: "nextTourDays"
            visible: card.tour !== null
            text: !card.tour ? ""
                  : card.running ? qsTr("On the tour: %n day(s) to go", "",
                                        card.daysBetween(card.today, card.tour.lastDay))
                                 : qsTr("Starts in %n day(s)", "",
                                        card.daysBetween(card.today, card.tour.firstDay))
            color: Theme.textMuted
        }
        Item { Layout.fillHeight: true }
    }
}
