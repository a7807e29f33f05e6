// DataTableHeaderCell: the header delegate of DataTable (a HorizontalHeaderView cell).
//
// Properties: sortColumn (int), sortOrder (Qt.SortOrder): the table's sort
//             state; the cell shows ▲ or ▼ when it is the sorted column.
// Required:   model (header model data, "display" role), column (int).
//             minimumWidth (int): the narrowest a drag makes the column.
// Signals:    clicked(int column); resized(int column, real width) while the
//             right edge is dragged (width 0: a double click gives the column back).
import QtQuick
import QtQuick.Controls

Rectangle {
    id: cell

    required property var model
    required property int column
    property int sortColumn: -1
    property int sortOrder: Qt.AscendingOrder
    readonly property bool sorted: cell.column === cell.sortColumn
    readonly property string title: cell.model.display === undefined ? ""
                                                                      : String(cell.model.display)

    property int minimumWidth: 40

    signal clicked(int column)
    signal resized(int column, real width)

    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: Theme.rowHeight
    color: mouse.pressed ? Theme.accentSoft : Theme.surfaceAlt
    border.color: Theme.border

    Accessible.role: Accessible.ColumnHeader
    Accessible.name: cell.title

    Label {
        id: label

        objectName: "headerLabel"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        font.bold: true
        font.pixelSize: Theme.font
        color: Theme.text
        text: cell.sorted ? cell.title + (cell.sortOrder === Qt.AscendingOrder ? " \u25b2" : " \u25bc")
                          : cell.title
    }

    MouseArea {
        id: mouse

        anchors.fill: parent
        onClicked: cell.clicked(cell.column)
    }

    // The right edge: drag to size the column, double-click to give it its width back.
    MouseArea {
        id: edge

        objectName: "headerResizeHandle"
        property real startX: 0
        property real startWidth: 0
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: 8
        cursorShape: Qt.SplitHCursor
        preventStealing: true
        onPressed: (mouse) => {
            edge.startX = edge.mapToItem(null, mouse.x, 0).x
            edge.startWidth = cell.width
        }
        onPositionChanged: (mouse) => {
            if (pressed)
                cell.resized(cell.column, Math.max(cell.minimumWidth, edge.startWidth
                             + edge.mapToItem(null, mouse.x, 0).x - edge.startX))
        }
        onDoubleClicked: cell.resized(cell.column, 0)
    }
}
