// OrderList: transfer orders, each with its days, hand-over deadline and
// state (handed over, late, due, overdue), and buttons to record the
// hand-over and save the order's PDF.
//
//   backend    TransfersBackend
//   orders     [{id, number, firstDay, lastDay, deadline, handedOn, late, tooLong, ...}]
//   showTour   show the officer and mission of each (the Due list)
//   emptyText  what shows when there is none
//   canChange  show "Change…" (the orders of one chosen tour)
//   handOver(order), change(order), savePdf(order)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ListView {
    id: list

    property QtObject backend
    property var orders: []
    property bool showTour: false
    property bool canChange: false
    property string emptyText: qsTr("No transfer order for this tour yet.")
    signal handOver(var order)
    signal change(var order)
    signal savePdf(var order)

    clip: true
    spacing: Theme.spacingSmall
    model: list.orders
    keyNavigationEnabled: true

    delegate: Rectangle {
        required property var modelData
        width: ListView.view.width
        height: row.implicitHeight + Theme.spacing * 2
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        RowLayout {
            id: row
            anchors.fill: parent
            anchors.margins: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: (modelData.number || ("#" + modelData.id)) + " · " + modelData.firstDay + " – " + modelData.lastDay
                          + (list.showTour ? " · " + modelData.officer + " · " + modelData.mission
                                           : modelData.mission ? " · " + modelData.mission : "")
                    color: Theme.text
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: modelData.handedOn ? qsTr("Handed over %1 (due by %2)").arg(modelData.handedOn).arg(modelData.deadline)
                                             : qsTr("To hand over by %1").arg(modelData.deadline)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            StatusBadge {
                visible: modelData.tooLong || modelData.late || modelData.overdue === true || (!modelData.handedOn && modelData.overdue === false)
                text: modelData.tooLong ? qsTr("longer than allowed") : modelData.late ? qsTr("handed over late")
                      : modelData.overdue ? qsTr("overdue") : qsTr("due")
                tone: modelData.tooLong || modelData.late || modelData.overdue ? "danger" : "warning"
            }
            Button { text: qsTr("Hand over…"); visible: list.backend.canEdit && !modelData.handedOn; onClicked: list.handOver(modelData) }
            Button { text: qsTr("Change…"); visible: list.canChange && list.backend.canEdit; onClicked: list.change(modelData) }
            Button { text: qsTr("PDF…"); onClicked: list.savePdf(modelData) }
        }
    }
    EmptyState { anchors.centerIn: parent; visible: list.count === 0; text: list.emptyText }
}
