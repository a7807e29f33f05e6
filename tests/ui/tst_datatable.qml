import QtQuick
import QtTest
import Qt.labs.qmlmodels
import Contingent.Ui

Item {
    id: container
    width: 600
    height: 400

    Component {
        id: modelComponent

        TableModel {
            TableModelColumn { display: "name" }
            TableModelColumn { display: "rank" }
            TableModelColumn { display: "mission" }
        }
    }

    Component {
        id: tableComponent
        DataTable { anchors.fill: parent }
    }

    SignalSpy { id: sortSpy; signalName: "sortRequested" }
    SignalSpy { id: activatedSpy; signalName: "activated" }
    SignalSpy { id: filterSpy; signalName: "filterEdited" }

    TestCase {
        name: "DataTable"
        when: windowShown

        function init() {
            failOnWarning(/./)
        }

        function makeRows(count) {
            const rows = []
            for (let i = 0; i < count; ++i)
                rows.push({ name: "Officer " + i, rank: "Inspector", mission: "EUPM " + i })
            return rows
        }

        function makeTable(rowCount, properties) {
            const model = createTemporaryObject(modelComponent, container)
            for (const row of makeRows(rowCount))
                model.appendRow(row)
            const props = properties || {}
            props.model = model
            const table = createTemporaryObject(tableComponent, container, props)
            for (const spy of [sortSpy, activatedSpy, filterSpy]) {
                spy.target = table
                spy.clear()
            }
            tryCompare(table, "rowCount", rowCount)
            return table
        }

        function headerCell(table, column) {
            const header = findChild(table, "dataTableHeader")
            return header.itemAtCell(Qt.point(column, 0))
        }

        function test_headerClickSortsAndToggles() {
            const table = makeTable(5)
            const cell = headerCell(table, 1)
            verify(cell)
            mouseClick(cell)
            compare(sortSpy.count, 1)
            compare(sortSpy.signalArguments[0][0], 1)
            compare(sortSpy.signalArguments[0][1], Qt.AscendingOrder)
            compare(table.sortColumn, 1)
            verify(findChild(cell, "headerLabel").text.endsWith("\u25b2"))
            mouseClick(cell)
            compare(sortSpy.count, 2)
            compare(sortSpy.signalArguments[1][1], Qt.DescendingOrder)
            verify(findChild(cell, "headerLabel").text.endsWith("\u25bc"))
            mouseClick(headerCell(table, 2))
            compare(sortSpy.signalArguments[2][0], 2)
            compare(sortSpy.signalArguments[2][1], Qt.AscendingOrder)
            verify(!findChild(cell, "headerLabel").text.endsWith("\u25bc"))
        }

        function test_keyboardMovesCurrentRow() {
            const table = makeTable(200)
            const view = table.tableView
            table.focusFilter()
            keyClick(Qt.Key_Down)
            verify(view.activeFocus)
            compare(table.currentRow, 0)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(table.currentRow, 2)
            keyClick(Qt.Key_Up)
            compare(table.currentRow, 1)
            keyClick(Qt.Key_End)
            compare(table.currentRow, 199)
            tryVerify(() => view.contentY > 0)
            tryVerify(() => view.itemAtCell(Qt.point(0, 199)) !== null)
            keyClick(Qt.Key_PageUp)
            verify(table.currentRow < 199 && table.currentRow > 150)
            keyClick(Qt.Key_Home)
            compare(table.currentRow, 0)
            keyClick(Qt.Key_Up)
            compare(table.currentRow, 0)
        }

        function test_returnActivatesCurrentRow() {
            const table = makeTable(10)
            table.tableView.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(activatedSpy.count, 0)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            compare(activatedSpy.count, 1)
            compare(activatedSpy.signalArguments[0][0], 1)
            keyClick(Qt.Key_Enter)
            compare(activatedSpy.count, 2)
        }

        function test_clickAndDoubleClick() {
            const table = makeTable(10)
            const cell = table.tableView.itemAtCell(Qt.point(1, 3))
            verify(cell)
            compare(cell.text, "Inspector")
            mouseClick(cell)
            compare(table.currentRow, 3)
            compare(cell.color, Theme.accentSoft)
            mouseDoubleClickSequence(cell)
            compare(activatedSpy.count, 1)
            compare(activatedSpy.signalArguments[0][0], 3)
        }

        function test_filterEdited() {
            const table = makeTable(3, { filterPlaceholder: "Filter officers" })
            table.focusFilter()
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_B)
            compare(filterSpy.count, 2)
            compare(filterSpy.signalArguments[1][0], "ab")
            compare(table.filterText, "ab")
            table.filterText = "programmatic"
            compare(filterSpy.count, 2)
            table.focusFilter()
            keyClick(Qt.Key_X)
            compare(table.filterText, "x")
        }

        function test_emptyStateForEmptyModel() {
            const table = makeTable(0, { emptyText: "Nothing matches the filter" })
            const empty = findChild(table, "dataTableEmpty")
            verify(empty.visible)
            compare(empty.text, "Nothing matches the filter")
            table.model.appendRow({ name: "A", rank: "B", mission: "C" })
            tryCompare(table, "rowCount", 1)
            verify(!empty.visible)
        }

        function test_columnWidths() {
            const table = makeTable(3)
            const view = table.tableView
            tryVerify(() => view.itemAtCell(Qt.point(2, 0)) !== null)
            const even = Math.floor(view.width / 3)
            compare(view.itemAtCell(Qt.point(0, 0)).width, even)
            table.columnWidths = [300]
            tryCompare(view.itemAtCell(Qt.point(0, 0)), "width", 300)
            compare(view.itemAtCell(Qt.point(1, 0)).width,
                    Math.max(80, Math.floor((view.width - 300) / 2)))
            table.columnWidths = []
            table.width = 150
            tryCompare(view.itemAtCell(Qt.point(0, 0)), "width", 80)
        }

        function test_currentRowClampedWhenRowsRemoved() {
            const table = makeTable(5)
            table.currentRow = 4
            table.model.removeRow(4)
            tryCompare(table, "currentRow", 3)
        }

        function test_dragTheHeaderEdgeToResize() {
            const table = makeTable(5, { columnWidths: [150, 0, 0] })
            const cell = headerCell(table, 0)
            verify(cell)
            compare(table.columnWidth(0), 150)
            const edge = findChild(cell, "headerResizeHandle")
            verify(edge)
            // Dragged 60 pixels wider: the column keeps it, its cells follow.
            mousePress(edge, 4, 5)
            mouseMove(edge, 64, 5)
            mouseRelease(edge, 64, 5)
            compare(table.columnWidth(0), 210)
            tryCompare(table.tableView.itemAtCell(Qt.point(0, 0)), "width", 210)
            compare(sortSpy.count, 0) // a drag is not a click on the header
            // Never narrower than the minimum; a double click gives the width back.
            mousePress(edge, 4, 5)
            mouseMove(edge, -400, 5)
            mouseRelease(edge, -400, 5)
            compare(table.columnWidth(0), table.minimumColumnWidth)
            mouseDoubleClickSequence(findChild(headerCell(table, 0), "headerResizeHandle"), 4, 5)
            compare(table.columnWidth(0), 150)
        }

        function test_daysShownAsTheWindowShowsThem() {
            const model = createTemporaryObject(modelComponent, container)
            model.appendRow({ name: "Ana", rank: "2024-02-29", mission: "24-02-29" })
            const table = createTemporaryObject(tableComponent, container, { model: model })
            tryCompare(table, "rowCount", 1)
            tryVerify(() => table.tableView.itemAtCell(Qt.point(2, 0)) !== null)
            const day = findChild(table.tableView.itemAtCell(Qt.point(1, 0)), "cellLabel")
            compare(day.text, Theme.formatDate("2024-02-29"))
            verify(day.text.indexOf("2024") >= 0)
            // Text that only looks a little like a day stays as it is.
            compare(findChild(table.tableView.itemAtCell(Qt.point(2, 0)), "cellLabel").text,
                    "24-02-29")
        }
    }
}
