// The Home card: transfer orders to hand over in the next days, and those
// whose deadline has passed (Police Act, Art. 77(3)).
//
//   backend   TransfersBackend
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
        RowLayout {
            spacing: Theme.spacing
            Label {
                objectName: "dueCount"
                text: card.backend.dueCount
                font.pixelSize: 30
                font.bold: true
                color: Theme.warning
            }
            Label {
                text: qsTr("order(s) to hand over this week")
                color: Theme.text
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 5
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Label {
                objectName: "overdueCount"
                text: card.backend.overdueCount
                font.pixelSize: 30
                font.bold: true
                color: card.backend.overdueCount > 0 ? Theme.danger : Theme.textMuted
            }
            Label {
                text: qsTr("order(s) past their hand-over deadline")
                color: Theme.text
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 5
            }
        }
    }
}
