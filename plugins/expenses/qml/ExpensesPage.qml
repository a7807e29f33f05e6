// Expenses (Police Act, Art. 79 and 93). "Tours" shows a tour's entitlements,
// forecast from the rate tables month by month with their legal basis, its
// terms (relocation, who pays the daily allowance) and its claims. "Claims"
// lists the claims waiting for a decision (or any state); planners approve,
// reject with a reason, and mark paid. "Rates" holds the rate tables and the
// settings (admins change them). "Report" compares a year's forecast with
// the approved and paid claims, with a chart per year and mission.
//
//   backend   ExpensesBackend
//   focusFilter()  Ctrl+F from the shell
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property string status: ""
    property bool failed: false

    function focusFilter() { tabs.currentIndex = 0; tours.focusFilter() }
    function report(result, okText) {
        page.failed = !result.ok
        page.status = result.ok ? okText : (result.message || "") + (result.text ? "\n" + result.text : "")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Expenses of tours abroad"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text; Layout.fillWidth: true }
            FileChooserButton { text: qsTr("Import claims…"); objectName: "importClaims"; visible: page.backend.canEdit; chooser: importPicker }
            FileChooserButton { text: qsTr("Export claims…"); objectName: "exportClaims"; chooser: exportPicker }
        }
        Label { objectName: "status"; text: page.status; visible: page.status !== ""; color: page.failed ? Theme.danger : Theme.success; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TabBar {
            id: tabs
            objectName: "tabs"
            Layout.fillWidth: true
            // A tab's view is made the first time it is shown: the page's
            // first frame reads only the latest tours.
            onCurrentIndexChanged: {
                const tab = stack.children[currentIndex]
                if (tab && tab.opened !== undefined)
                    tab.opened = true
            }
            TabButton { text: qsTr("Tours"); objectName: "toursTab" }
            TabButton { text: qsTr("Claims (%1 waiting)").arg(page.backend.countsLoading ? "…" : page.backend.waitingCount); objectName: "claimsTab" }
            TabButton { text: qsTr("Rates"); objectName: "ratesTab" }
            TabButton { text: qsTr("Report"); objectName: "reportTab" }
        }
        StackLayout {
            id: stack
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            TourExpenses { id: tours; backend: page.backend; onReported: (result, okText) => page.report(result, okText) }
            Loader {
                property bool opened: false
                objectName: "claimsView"
                active: opened
                sourceComponent: ClaimList { backend: page.backend; showTour: true; onReported: (result, okText) => page.report(result, okText) }
            }
            Loader {
                property bool opened: false
                objectName: "ratesView"
                active: opened
                sourceComponent: RatesView { backend: page.backend; onReported: (result, okText) => page.report(result, okText) }
            }
            Loader {
                property bool opened: false
                objectName: "reportView"
                active: opened
                sourceComponent: ReportView { backend: page.backend; onReported: (result, okText) => page.report(result, okText) }
            }
        }
    }

    FileChooser {
        id: importPicker
        title: qsTr("Import claims (deployment, category, date, amount, description)")
        kind: "expenses"
        nameFilters: [qsTr("Claim files (*.xlsx *.csv *.json)")]
        onAccepted: {
            const r = page.backend.importFile("claims", importPicker.selectedFile)
            page.report(r, qsTr("Imported %1 claim(s).").arg(r.added))
        }
    }
    FileChooser {
        id: exportPicker
        title: qsTr("Export the claims")
        saving: true
        kind: "expenses"
        suggestedName: "expense-claims-" + page.backend.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            const r = page.backend.exportFile("claims", exportPicker.selectedFile, exportPicker.selectedFormat)
            page.report(r, qsTr("Exported the claims to %1.").arg(r.path))
        }
    }
}
