// Statistics of the mission history since 1997: officers deployed per year by
// organisation, per mission, women and men per year, days abroad per year. Each
// as a chart or as a table of its numbers, and as a file (Excel, CSV or JSON).
//
//   backend   MissionsBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    readonly property var choices: page.backend.statisticChoices
    property var current: ({ label: "", columns: [], rows: [] })
    // Columns in different units (officers, tours, days) are charted one at a
    // time; columns of one unit (organisations, genders) are stacked.
    readonly property bool mixedUnits: page.current.id === "by_mission"
    readonly property var charted: page.mixedUnits ? page.column(page.current, measure.currentIndex) : page.current

    function column(table, index) {
        return { id: table.id, label: table.label, columns: [table.columns[index]],
                 rows: table.rows.map(r => ({ label: r.label, values: [r.values[index]] })) }
    }
    property string status: ""

    function compute() {
        page.backend.computeStatistic(page.choices[which.currentIndex].id)
    }

    Component.onCompleted: page.compute()
    Connections {
        target: page.backend
        function onChanged() { page.compute() }
        function onStatisticReady(id, table) {
            if (id !== page.choices[which.currentIndex].id)
                return
            page.status = table.error || ""
            if (!table.error)
                page.current = table
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        Label {
            text: qsTr("Statistics")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: which
                objectName: "statisticChoice"
                Layout.preferredWidth: 380
                model: page.choices.map(s => s.title)
                onActivated: page.compute()
            }
            ComboBox {
                id: measure
                objectName: "statisticMeasure"
                visible: page.mixedUnits && view.currentIndex === 0
                model: page.current.columns
            }
            BusyIndicator {
                objectName: "statisticBusy"
                running: page.backend.computing
                visible: running
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            TabBar {
                id: view
                TabButton { text: qsTr("Chart"); width: implicitWidth }
                TabButton { text: qsTr("Table"); width: implicitWidth }
            }
            Item { Layout.fillWidth: true }
            FileChooserButton {
                text: qsTr("Export…")
                chooser: csvPicker
            }
        }
        Label {
            text: qsTr("Approved, active and completed tours count from their first day; days are counted up to today, %1.")
                  .arg(Theme.formatDate(page.backend.today))
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            visible: page.status !== ""
            text: page.status
            color: Theme.textMuted
        }
        StackLayout {
            currentIndex: view.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            BarChart {
                objectName: "statisticChart"
                table: page.charted
            }
            ListView {
                id: table
                objectName: "statisticTable"
                clip: true
                model: page.current.rows
                ScrollBar.vertical: ScrollBar {}
                header: Row {
                    Label { width: 140; text: page.current.label || ""; font.bold: true; padding: Theme.spacingSmall }
                    Repeater {
                        model: page.current.columns
                        Label {
                            required property string modelData
                            width: 120; text: modelData; font.bold: true; horizontalAlignment: Text.AlignRight
                            padding: Theme.spacingSmall
                        }
                    }
                }
                delegate: Rectangle {
                    required property int index
                    required property var modelData
                    width: table.width
                    height: Theme.rowHeight
                    color: index % 2 ? Theme.surfaceAlt : Theme.surface
                    Row {
                        anchors.verticalCenter: parent.verticalCenter
                        Label { width: 140; text: modelData.label; padding: Theme.spacingSmall; color: Theme.text }
                        Repeater {
                            model: modelData.values
                            Label {
                                required property real modelData
                                width: 120; horizontalAlignment: Text.AlignRight; padding: Theme.spacingSmall
                                text: modelData.toLocaleString(Qt.locale(), "f", 0)
                                color: Theme.text
                            }
                        }
                    }
                }
            }
        }
    }
    FileChooser {
        id: csvPicker
        objectName: "statisticPicker"
        title: qsTr("Export the statistic")
        saving: true
        kind: "statistics"
        suggestedName: page.choices[which.currentIndex].id + "-" + page.backend.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            const r = page.backend.exportStatistic(page.choices[which.currentIndex].id, csvPicker.selectedFile,
                                                   csvPicker.selectedFormat)
            page.status = r.ok ? qsTr("Saved %1.").arg(r.path) : r.message
        }
    }
}
