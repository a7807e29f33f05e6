// DataTableCell: the cell delegate of DataTable.
//
// Properties: textRole (string: model role shown), currentRow (int: the
//             table's current row, highlighted).
// Required:   model (cell data), row, column (int).
// Signals:    pressed(int row), doubleClicked(int row).
// The text is elided; a tooltip shows the full text when it does not fit. A day
// (YYYY-MM-DD) is shown as the rest of the window shows days (Theme.formatDate).
import QtQuick
import QtQuick.Controls

Rectangle {
    id: cell

    required property var model
    required property int row
    required property int column
    property string textRole: "display"
    property int currentRow: -1
    readonly property var value: cell.model[cell.textRole]
    readonly property string text: cell.value === undefined || cell.value === null
                                   ? "" : String(cell.value)

    signal pressed(int row)
    signal doubleClicked(int row)

    implicitHeight: Theme.rowHeight
    color: cell.row === cell.currentRow ? Theme.accentSoft
         : cell.row % 2 === 1 ? Theme.surfaceAlt : Theme.surface

    Text {
        id: label

        objectName: "cellLabel"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        font.pixelSize: Theme.font
        color: Theme.text
        text: Theme.formatDate(cell.text)
    }

    MouseArea {
        id: mouse

        anchors.fill: parent
        hoverEnabled: label.truncated
        onPressed: cell.pressed(cell.row)
        onDoubleClicked: cell.doubleClicked(cell.row)
        ToolTip.visible: mouse.containsMouse && label.truncated
        ToolTip.text: label.text
        ToolTip.delay: 600
    }
}
