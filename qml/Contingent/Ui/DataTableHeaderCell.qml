// DataTableHeaderCell: the header delegate of DataTable (a HorizontalHeaderView cell).
//
// Properties: sortColumn (int), sortOrder (Qt.SortOrder): the table's sort
//             state; the cell shows ▲ or ▼ when it is the sorted column.
// Required:   model (header model data, "display" role), column (int).
// Signals:    clicked(int column).
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

    signal clicked(int column)

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
}
