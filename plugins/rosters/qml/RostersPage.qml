// The roster: every officer, filterable and sortable, a page at a time; the
// chosen officer's record beside the table. Planners and admins add, edit and
// import; staff export the roster as Excel, CSV or JSON.
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
    /// The counts and the filters' choices (a big roster's are read on a worker) are asked
    /// for once the page's first frame is out; the first screen of rows comes at once.
    readonly property alias framed: firstFrame.shown
    FirstFrame { id: firstFrame }
    property bool following: false
    function select(row) {
        if (page.following)
            return
        const key = page.backend.officers.keyAt(row)
        page.selectedId = key === undefined ? -1 : key
    }
    /// Highlights the row of the officer the detail shows (after a save, a
    /// refresh, a sort): never another officer's row.
    function followSelection() {
        page.following = true
        const row = page.selectedId >= 0 ? page.backend.officers.rowOfKey(page.selectedId) : -1
        table.currentRow = row
        table.positionAt(row)
        page.following = false
    }
    onSelectedIdChanged: page.followSelection()
    Connections {
        target: page.backend.officers
        function onModelReset() { page.followSelection() }
    }
    function fileName(url) {
        const path = decodeURIComponent(url.toString())
        return path.substring(path.lastIndexOf("/") + 1)
    }
    property url importedUrl
    function importFile(url, encoding) {
        page.importedUrl = url
        const result = page.backend.importFile(url, encoding || "")
        if (result.ok && detail.item)
            detail.item.reload()
        importResult.get().show(result, page.fileName(url))
    }
    function exportFile(url, format) {
        const result = page.backend.exportFile(url, format)
        transferStatus.failed = !result.ok
        transferStatus.text = result.ok ? qsTr("Exported %n officer(s) to %1.", "", result.count).arg(result.path)
                                        : result.message
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
                    text: !page.framed || page.backend.loading
                          ? qsTr("Counting the officers…")
                          : qsTr("%1 officers, %2 active; %3 match the filters.")
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
            FileChooserButton {
                objectName: "importRoster"
                visible: page.backend.canEdit
                text: qsTr("Import…")
                chooser: importPicker
            }
            FileChooserButton {
                objectName: "exportRoster"
                visible: !page.backend.isOfficer
                text: qsTr("Export…")
                chooser: exportPicker
            }
            Button {
                objectName: "addOfficer"
                visible: page.backend.canEdit
                text: qsTr("Add officer…")
                onClicked: addForm.get().openFor(page.backend.newProfile())
            }
        }
        Label {
            id: transferStatus
            property bool failed: false
            objectName: "transferStatus"
            Layout.fillWidth: true
            visible: text !== ""
            color: failed ? Theme.danger : Theme.success
            wrapMode: Text.Wrap
        }

        RosterFilters {
            id: filters
            backend: page.framed ? page.backend : null
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
                objectName: "rosterTable"
                SplitView.fillWidth: true
                SplitView.minimumWidth: 420
                model: page.backend.officers
                filterPlaceholder: qsTr("Filter by name, service number, rank, unit or language (Ctrl+F)")
                columnWidths: [112, 0, 0, 0, 0, 75] // 0: these share the rest
                sortColumn: 1
                emptyText: page.framed && page.backend.officerCount === 0 ? qsTr("The roster is empty")
                                                           : qsTr("No officer matches the filters")
                onFilterEdited: text => page.backend.officers.filter = text
                onCurrentRowChanged: page.select(currentRow)
                onActivated: row => page.select(row)
            }
            // The record, made when the first officer is picked (not with the page: the
            // page opens with no one chosen), then kept. Lazy's protocol (lazy, get()), so
            // that the self-test makes it and opens its dialogs too.
            Loader {
                id: detail
                readonly property bool lazy: true
                function get() {
                    detail.active = true
                    return detail.item
                }
                readonly property bool wanted: page.selectedId >= 0
                onWantedChanged: if (wanted) active = true
                active: false
                visible: page.selectedId >= 0
                SplitView.preferredWidth: 420
                SplitView.minimumWidth: 360
                sourceComponent: OfficerDetail {
                    closable: true
                    onClosed: {
                        page.selectedId = -1
                        table.currentRow = -1
                    }
                    backend: page.backend
                    officerId: page.selectedId
                    editable: page.backend.canEdit
                }
            }
        }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the page.
    Lazy {
        id: addForm
        objectName: "addOfficerFormLazy"
        component: OfficerForm {
            objectName: "addOfficerForm"
            backend: page.backend
            onSaved: id => page.selectedId = id
        }
    }
    Lazy {
        id: importResult
        component: ImportDialog {
            objectName: "rosterImportResult"
            onReadAs: (encoding) => page.importFile(page.importedUrl, encoding)
        }
    }
    FileChooser {
        id: importPicker
        objectName: "rosterImportPicker"
        title: qsTr("Import officers from an Excel, CSV or JSON file")
        kind: "roster"
        nameFilters: [qsTr("Roster files (*.xlsx *.csv *.json)"), qsTr("Excel workbooks (*.xlsx)"),
                      qsTr("CSV files (*.csv)"), qsTr("JSON files (*.json)")]
        onAccepted: page.importFile(importPicker.selectedFile)
    }
    FileChooser {
        id: exportPicker
        objectName: "rosterExportPicker"
        title: qsTr("Export the roster")
        saving: true
        kind: "roster"
        suggestedName: "roster-" + page.backend.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: page.exportFile(exportPicker.selectedFile, exportPicker.selectedFormat)
    }
}
