// The roster: every officer, filterable and sortable, a page at a time.
//
//   backend   RosterBackend: officers (table model), officerCount, activeCount
//   focusFilter()  Ctrl+F from the shell
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend

    function focusFilter() { table.focusFilter() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacingLarge

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
                    text: qsTr("%1 officers, %2 active; %3 match the filter.")
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
        }

        DataTable {
            id: table
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.backend.officers
            filterPlaceholder: qsTr("Filter by name, service number, rank, unit or language (Ctrl+F)")
            columnWidths: [110, 0, 150, 180, 190, 90] // 0: the name takes the rest
            sortColumn: 1
            emptyText: page.backend.officerCount === 0 ? qsTr("The roster is empty")
                                                       : qsTr("No officer matches the filter")
            onFilterEdited: text => page.backend.officers.filter = text
        }
    }
}
