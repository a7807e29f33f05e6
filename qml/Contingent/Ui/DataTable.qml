// DataTable: a filterable, sortable table over a (lazy) QAbstractTableModel.
//
// Properties: model (QAbstractItemModel), filterText (string, alias of the
//             filter field), filterPlaceholder (string), currentRow (int, -1
//             for none), sortColumn (int, -1 for none), sortOrder
//             (Qt.AscendingOrder | Qt.DescendingOrder), columnWidths (JS array
//             of widths; missing or non-positive entries share the remaining
//             width, at least minimumColumnWidth; a column dragged wider or
//             narrower by its header's right edge keeps that width, double-click
//             the edge to give it back), emptyText (string shown when
//             the model has no rows), textRole (string, default "display"),
//             fetchMargin (rows from the end at which more rows are fetched).
// Read-only:  rowCount, columnCount (of the view), tableView (the TableView).
// Signals:    activated(int row) on double click or Return/Enter,
//             sortRequested(int column, int order) on a header click (the
//             model's sort() is called too when it has one),
//             filterEdited(string text) when the user edits the filter.
// Functions:  focusFilter(), positionAt(row), sortBy(column), columnWidth(column).
// Keys:       Up/Down/PageUp/PageDown/Home/End move the current row; Down in
//             the filter field moves into the table.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root

    property var model
    property alias filterText: filterField.text
    property string filterPlaceholder: qsTr("Filter")
    property int currentRow: -1
    property int sortColumn: -1
    property int sortOrder: Qt.AscendingOrder
    property var columnWidths: []
    property int minimumColumnWidth: 80
    /// Widths the user gave columns by dragging their header's edge, by column.
    property var resizedWidths: ({})
    property string emptyText: qsTr("Nothing matches the filter")
    property string textRole: "display"
    property int fetchMargin: 20

    readonly property int rowCount: table.rows
    readonly property int columnCount: table.columns
    readonly property alias tableView: table

    signal activated(int row)
    signal sortRequested(int column, int order)
    signal filterEdited(string text)

    function focusFilter() {
        filterField.forceActiveFocus()
        filterField.selectAll()
    }

    function positionAt(row: int) {
        if (row >= 0 && row < table.rows)
            table.positionViewAtRow(row, TableView.Contain)
    }

    function moveTo(row: int) {
        if (table.rows === 0)
            return
        root.currentRow = Math.max(0, Math.min(table.rows - 1, row))
        root.positionAt(root.currentRow)
        root.fetchMoreIfNeeded()
    }

    /// Gives `column` the width `width` (at least minimumColumnWidth); 0 gives it back.
    function resizeColumn(column: int, width: real) {
        const widths = Object.assign({}, root.resizedWidths)
        if (width > 0)
            widths[column] = Math.max(root.minimumColumnWidth, Math.round(width))
        else
            delete widths[column]
        root.resizedWidths = widths
        table.forceLayout()
    }

    function sortBy(column: int) {
        const order = column === root.sortColumn && root.sortOrder === Qt.AscendingOrder
                ? Qt.DescendingOrder : Qt.AscendingOrder
        root.sortColumn = column
        root.sortOrder = order
        if (root.model && typeof root.model.sort === "function")
            root.model.sort(column, order)
        root.sortRequested(column, order)
    }

    function columnWidth(column: int): real {
        if (root.resizedWidths[column] > 0)
            return root.resizedWidths[column]
        const widths = Array.isArray(root.columnWidths) ? root.columnWidths : []
        const explicit = widths[column]
        if (explicit > 0)
            return explicit
        let fixed = 0
        let shared = 0
        for (let c = 0; c < table.columns; ++c) {
            if (widths[c] > 0)
                fixed += widths[c]
            else
                ++shared
        }
        const available = table.width - fixed
        return Math.max(root.minimumColumnWidth, Math.floor(available / Math.max(1, shared)))
    }

    /// The model's rows now (TableView's `rows` follows once it has laid them out).
    function modelRows(): int {
        if (!root.model)
            return 0
        if (typeof root.model.rowCount === "function")
            return root.model.rowCount()
        return root.model.count !== undefined ? root.model.count : 0
    }

    function fetchMoreIfNeeded() {
        if (!root.model || typeof root.model.canFetchMore !== "function")
            return
        // Rows are Theme.rowHeight high; contentHeight lags behind rowsChanged,
        // so the last row on screen is computed, not read.
        const lastShown = Math.ceil((table.contentY + table.height) / Theme.rowHeight)
        if (table.rows === 0)
            return // the model loads its first page itself
        const nearEnd = (root.currentRow >= 0 && root.currentRow >= table.rows - root.fetchMargin)
                || (table.height > 0 && lastShown >= table.rows - root.fetchMargin)
        if (!nearEnd)
            return
        const parentIndex = root.model.index(-1, -1)
        if (root.model.canFetchMore(parentIndex))
            root.model.fetchMore(parentIndex)
    }

    function relayout() {
        Qt.callLater(root.layoutColumns)
    }

    function layoutColumns() {
        if (table.columns > 0)
            table.forceLayout()
    }

    spacing: Theme.spacingSmall
    onColumnWidthsChanged: root.relayout()
    onMinimumColumnWidthChanged: root.relayout()

    TextField {
        id: filterField

        objectName: "dataTableFilter"
        Layout.fillWidth: true
        placeholderText: root.filterPlaceholder
        selectByMouse: true
        Accessible.name: root.filterPlaceholder
        onTextEdited: root.filterEdited(filterField.text)
        Keys.onDownPressed: {
            table.forceActiveFocus()
            if (root.currentRow < 0)
                root.moveTo(0)
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        border.color: table.activeFocus ? Theme.accent : Theme.border
        border.width: 1

        HorizontalHeaderView {
            id: header

            objectName: "dataTableHeader"
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 1 }
            height: Theme.rowHeight
            syncView: table
            clip: true

            delegate: DataTableHeaderCell {
                sortColumn: root.sortColumn
                sortOrder: root.sortOrder
                minimumWidth: root.minimumColumnWidth
                onClicked: (column) => root.sortBy(column)
                onResized: (column, width) => root.resizeColumn(column, width)
            }
        }

        TableView {
            id: table

            objectName: "dataTableView"
            anchors { left: parent.left; right: parent.right; top: header.bottom
                      bottom: parent.bottom; margins: 1; topMargin: 0 }
            clip: true
            model: root.model
            activeFocusOnTab: true
            keyNavigationEnabled: false
            pointerNavigationEnabled: false
            boundsBehavior: Flickable.StopAtBounds
            // Exact (every row is Theme.rowHeight high), and from the model's rows before the
            // view has laid any out: TableView fetches more whenever it goes from "at the end" to
            // not, which its own estimate (nothing loaded: at the end) did as it laid out a lazy
            // model's first page, so a second page was read at once (200 rows more; 2 MiB of the
            // window's page cache on the big roster). fetchMoreIfNeeded() fetches near the end.
            contentHeight: Math.max(table.rows, root.modelRows()) * Theme.rowHeight
            columnWidthProvider: (column) => root.columnWidth(column)
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            Accessible.role: Accessible.Table

            onWidthChanged: root.relayout()
            onColumnsChanged: root.relayout()
            onContentYChanged: root.fetchMoreIfNeeded()
            onRowsChanged: {
                if (root.currentRow >= table.rows)
                    root.currentRow = table.rows - 1
                root.fetchMoreIfNeeded()
            }

            Keys.onPressed: (event) => {
                const page = Math.max(1, Math.floor(table.height / Theme.rowHeight) - 1)
                switch (event.key) {
                case Qt.Key_Up: root.moveTo(root.currentRow - 1); break
                case Qt.Key_Down: root.moveTo(root.currentRow + 1); break
                case Qt.Key_PageUp: root.moveTo(root.currentRow - page); break
                case Qt.Key_PageDown: root.moveTo(root.currentRow + page); break
                case Qt.Key_Home: root.moveTo(0); break
                case Qt.Key_End: root.moveTo(table.rows - 1); break
                case Qt.Key_Return:
                case Qt.Key_Enter:
                    if (root.currentRow >= 0)
                        root.activated(root.currentRow)
                    break
                default: return
                }
                event.accepted = true
            }

            delegate: DataTableCell {
                textRole: root.textRole
                currentRow: root.currentRow
                onPressed: (row) => {
                    table.forceActiveFocus()
                    root.currentRow = row
                }
                onDoubleClicked: (row) => root.activated(row)
            }
        }

        EmptyState {
            objectName: "dataTableEmpty"
            anchors.fill: table
            visible: table.rows === 0
            text: root.emptyText
        }
    }
}
