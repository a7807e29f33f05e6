// The audit log (issue #15, item 10): who changed what, newest first, filtered by record,
// person and day, with each entry's old and new values, and exported as a table file.
// Administrators and viewers only.
//
//   audit   the AuditBackend (shell.audit)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page
    objectName: "auditPage"

    required property QtObject audit
    property string status
    property bool failed: false

    function focusFilter() { recordField.forceActiveFocus() }
    function clearFilters() {
        recordField.text = ""
        personBox.currentIndex = 0
        sinceField.text = ""
        untilField.text = ""
        page.audit.record = ""
        page.audit.person = ""
        page.audit.since = ""
        page.audit.until = ""
    }
    function showDetails(row) {
        const key = page.audit.entries.keyAt(row)
        if (key === undefined)
            return
        const dialog = detailsDialog.get()
        dialog.text = page.audit.details(key)
        dialog.title = qsTr("Entry %1").arg(key)
        dialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        ColumnLayout {
            spacing: Theme.spacingSmall
            Label {
                text: qsTr("Audit log")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Who changed what, newest first: each officer and tour an import added or changed, with the old and new values, each change made in a form, and each export and statement. Double-click an entry to see all of it.")
                color: Theme.textMuted
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Record"); color: Theme.textMuted }
            TextField {
                id: recordField
                objectName: "auditRecordFilter"
                Layout.preferredWidth: 170
                placeholderText: qsTr("e.g. officer 12")
                selectByMouse: true
                onEditingFinished: page.audit.record = recordField.text
                Accessible.name: qsTr("Record")
            }
            Label { text: qsTr("Person"); color: Theme.textMuted }
            ComboBox {
                id: personBox
                objectName: "auditPersonFilter"
                Layout.preferredWidth: 170
                model: [qsTr("Everyone")].concat(page.audit.people)
                onActivated: page.audit.person = personBox.currentIndex > 0 ? personBox.currentText : ""
                Accessible.name: qsTr("Person")
            }
            Label { text: qsTr("From"); color: Theme.textMuted }
            DateField {
                id: sinceField
                objectName: "auditSinceFilter"
                Layout.preferredWidth: 150
                onTextChanged: if (sinceField.valid) page.audit.since = sinceField.text
            }
            Label { text: qsTr("To"); color: Theme.textMuted }
            DateField {
                id: untilField
                objectName: "auditUntilFilter"
                Layout.preferredWidth: 150
                onTextChanged: if (untilField.valid) page.audit.until = untilField.text
            }
            Button {
                text: qsTr("Clear")
                onClicked: page.clearFilters()
            }
            Item { Layout.fillWidth: true }
            FileChooserButton {
                objectName: "auditExportButton"
                text: qsTr("Export…")
                chooser: exportPicker
            }
        }

        Label {
            visible: page.audit.error.length > 0 || page.status.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: page.audit.error.length > 0 ? page.audit.error : page.status
            color: page.audit.error.length > 0 || page.failed ? Theme.danger : Theme.success
        }

        DataTable {
            id: table
            objectName: "auditTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.audit.entries
            filterPlaceholder: qsTr("Filter (who, plugin, action, record, values…)")
            columnWidths: [70, 140, 100, 90, 110, 190, 0]
            sortColumn: 0
            sortOrder: Qt.DescendingOrder
            emptyText: qsTr("No entry matches the filters.")
            onFilterEdited: text => page.audit.entries.filter = text
            onActivated: row => page.showDetails(row)
        }
    }

    FileChooser {
        id: exportPicker
        objectName: "auditExportPicker"
        title: qsTr("Export the audit log")
        saving: true
        kind: "audit"
        suggestedName: "audit-" + page.audit.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            const r = page.audit.exportFile(exportPicker.selectedFile, exportPicker.selectedFormat)
            page.failed = !r.ok
            page.status = !r.ok ? r.message
                        : r.count === 1 ? qsTr("Exported one entry to %1.").arg(r.path)
                        : qsTr("Exported %n entries to %1.", "", r.count).arg(r.path)
        }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the page.
    Lazy {
        id: detailsDialog
        component: Dialog {
            property alias text: detailsText.text
            objectName: "auditDetailsDialog"
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(640, page.width - 40)
            height: Math.min(480, page.height - 40)
            modal: true
            standardButtons: Dialog.Close
            ScrollView {
                anchors.fill: parent
                TextArea {
                    id: detailsText
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    font.family: "monospace"
                }
            }
        }
    }
}
