// An officer's tours across missions on a timeline, a row per mission; tours of
// the officer that overlap are drawn in red. Staff save the officer's
// statement of service abroad from here.
//
//   backend   MissionsBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property var matches: []
    readonly property string serviceNumber: {
        for (const m of page.matches)
            if (m.id === page.officerId)
                return m.serviceNumber
        return ""
    }
    property int officerId: -1
    property string status: ""

    function focusFilter() { search.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing
        Label {
            text: qsTr("Officer timeline")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacing
            Label { text: qsTr("Find"); color: Theme.textMuted }
            TextField {
                id: search
                objectName: "officerSearch"
                Layout.preferredWidth: 220
                placeholderText: qsTr("Service number or name")
                onTextEdited: {
                    page.matches = search.text.trim() === "" ? [] : page.backend.findOfficers(search.text)
                    officer.currentIndex = page.matches.length > 0 ? 0 : -1
                    page.officerId = page.matches.length > 0 ? page.matches[0].id : -1
                }
            }
            Label { text: qsTr("Officer"); color: Theme.textMuted }
            ComboBox {
                id: officer
                objectName: "officerChoice"
                Layout.fillWidth: true
                Layout.minimumWidth: 180
                Layout.maximumWidth: 340
                enabled: page.matches.length > 0
                model: page.matches
                textRole: "label"
                displayText: officer.currentIndex >= 0 ? officer.currentText
                           : search.text.trim() === "" ? qsTr("Find an officer first")
                           : qsTr("No officer matches")
                Accessible.name: qsTr("Officer")
                onActivated: page.officerId = page.matches[officer.currentIndex].id
            }
            FileChooserButton {
                objectName: "officerStatement"
                text: qsTr("Statement (PDF)…")
                chooser: pdfPicker
                ready: page.officerId >= 0
            }
            Button { text: qsTr("Zoom in"); onClicked: chart.zoomIn() }
            Button { text: qsTr("Zoom out"); onClicked: chart.zoomOut() }
            Button { text: qsTr("Fit"); onClicked: chart.fitAll() }
        }
        Label {
            visible: page.status.length > 0
            text: page.status
            color: Theme.textMuted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        EmptyState {
            visible: page.officerId < 0 || chart.rowCount === 0
            Layout.fillWidth: true
            Layout.fillHeight: true // the header stays at the top
            title: page.officerId < 0 ? qsTr("No officer chosen") : qsTr("No tours")
            text: page.officerId < 0 ? qsTr("Type a service number or name to find the officer.")
                                     : qsTr("This officer has no tours on record.")
        }
        Timeline {
            id: chart
            objectName: "officerTimeline"
            visible: chart.rowCount > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            today: page.backend.today
            rows: page.officerId >= 0 && page.backend.revision >= 0 ? page.backend.officerTimeline(page.officerId) : []
        }
    }
    FileChooser {
        id: pdfPicker
        objectName: "officerStatementPicker"
        title: qsTr("Save the officer's statement of service abroad")
        saving: true
        kind: "statement"
        suggestedName: "statement-" + page.serviceNumber + "-" + page.backend.today + ".pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = page.backend.saveStatement(pdfPicker.selectedFile, page.officerId)
            page.status = r.ok ? qsTr("Saved %1.").arg(r.path) : r.message
        }
    }
}
