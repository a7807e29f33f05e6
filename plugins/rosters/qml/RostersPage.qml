// The roster: every officer, filterable and sortable, a page at a time; the
// chosen officer's record beside the table. Planners and admins add and edit.
//
//   backend   RosterBackend
//   focusFilter()  Ctrl+F from the shell
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property int selectedId: -1

    function focusFilter() { table.focusFilter() }
    function select(row) {
        const key = page.backend.officers.keyAt(row)
        page.selectedId = key === undefined ? -1 : key
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                spacing: Theme.spacingSmall
                Label {
                    text: qsTr("Roster")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    objectName: "rosterCounts"
                    text: qsTr("%1 officers, %2 active; %3 match the filters.")
                          .arg(page.backend.officerCount).arg(page.backend.activeCount)
                          .arg(page.backend.officers.totalCount)
                    color: Theme.textMuted
                }
            }
            Item { Layout.fillWidth: true }
            StatusBadge {
                visible: !page.backend.canEdit
                text: qsTr("read-only")
                tone: "neutral"
            }
            Button {
                visible: page.backend.canEdit
                text: qsTr("Add officer…")
                onClicked: addForm.openFor(page.backend.newProfile())
            }
        }

        RosterFilters {
            id: filters
            backend: page.backend
            Layout.fillWidth: true
            onFiltersChanged: filterError.text = page.backend.setFilters(filters.filters)
        }
        Label {
            id: filterError
            visible: text !== ""
            color: Theme.danger
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            DataTable {
                id: table
                SplitView.fillWidth: true
                SplitView.minimumWidth: 420
                model: page.backend.officers
                filterPlaceholder: qsTr("Filter by name, service number, rank, unit or language (Ctrl+F)")
                columnWidths: [105, 0, 160, 0, 130, 70] // 0: name and unit share the rest
                sortColumn: 1
                emptyText: page.backend.officerCount === 0 ? qsTr("The roster is empty")
                                                           : qsTr("No officer matches the filters")
                onFilterEdited: text => page.backend.officers.filter = text
                onCurrentRowChanged: page.select(currentRow)
                onActivated: row => page.select(row)
            }
            OfficerDetail {
                id: detail
                visible: page.selectedId >= 0
                closable: true
                onClosed: {
                    page.selectedId = -1
                    table.currentRow = -1
                }
                SplitView.preferredWidth: 460
                SplitView.minimumWidth: 360
                backend: page.backend
                officerId: page.selectedId
                editable: page.backend.canEdit
            }
        }
    }

    OfficerForm {
        id: addForm
        backend: page.backend
        onSaved: id => page.selectedId = id
    }
}
