// ReportView: a year's forecast against the approved and paid claims, per
// mission, category and month, with what still waits for a decision; a chart
// of the actual per year, and of forecast and actual per mission in the year.
// Exports the report as .xlsx, CSV or JSON.
//
//   backend   ExpensesBackend
//   reported(result, okText)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ScrollView {
    id: root

    property QtObject backend
    property int year: root.backend.year
    readonly property var data: root.backend.revision >= 0 ? root.backend.report(root.year) : ({})
    readonly property var chartData: root.backend.revision >= 0 ? root.backend.chart() : ({})
    readonly property var yearTotals: {
        const totals = {}
        for (const bar of (root.chartData.bars || []))
            totals[bar.year] = (totals[bar.year] || 0) + bar.value
        return (root.chartData.years || []).map(y => ({ year: y, value: totals[y] }))
    }
    readonly property real yearMax: Math.max(1, ...root.yearTotals.map(t => t.value))
    readonly property real missionMax: Math.max(1, ...(root.data.missions || []).map(m => Math.max(m.forecastValue, m.actualValue)))
    signal reported(var result, string okText)

    clip: true
    contentWidth: availableWidth
    contentHeight: content.implicitHeight
    // Its own size, not its content's (which follows its width).
    implicitWidth: 800
    implicitHeight: 600

    ColumnLayout {
        id: content
        width: root.availableWidth
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Year"); color: Theme.text }
            SpinBox { id: yearBox; objectName: "reportYear"; from: 1997; to: 2100; value: root.year; editable: true; textFromValue: v => String(v); valueFromText: t => parseInt(t); onValueModified: root.year = value }
            Label {
                objectName: "reportSummary"
                text: qsTr("The forecast of %1 tour(s) against %2 claim(s)").arg(root.data.tours || 0).arg(root.data.claims || 0)
                      + ((root.data.missingRates || 0) > 0 ? " · " + qsTr("%n forecast line(s) have no rate", "", root.data.missingRates) : "")
                color: Theme.textMuted; Layout.fillWidth: true; elide: Text.ElideRight
            }
            FileChooserButton { text: qsTr("Export report…"); objectName: "exportReport"; chooser: exportPicker }
        }

        Repeater {
            model: [{ title: qsTr("Per mission"), rows: root.data.missions || [] },
                    { title: qsTr("Per category"), rows: root.data.categories || [] },
                    { title: qsTr("Per month"), rows: root.data.months || [] },
                    { title: qsTr("The year"), rows: root.data.total ? [root.data.total] : [] }]
            delegate: ColumnLayout {
                id: section
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                Label { text: section.modelData.title; font.bold: true; color: Theme.text; Layout.topMargin: Theme.spacing }
                Rectangle {
                    Layout.fillWidth: true
                    height: Theme.rowHeight
                    color: Theme.neutralSoft
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacing
                        anchors.rightMargin: Theme.spacing
                        Label { text: ""; Layout.fillWidth: true }
                        Repeater {
                            model: [qsTr("Forecast"), qsTr("Actual"), qsTr("Paid"), qsTr("Waiting"), qsTr("Difference")]
                            delegate: Label { required property string modelData; text: modelData; font.bold: true; color: Theme.text; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 120 }
                        }
                    }
                }
                Repeater {
                    model: section.modelData.rows
                    delegate: Rectangle {
                        id: line
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        height: Theme.rowHeight
                        color: index % 2 ? Theme.surfaceAlt : Theme.surface
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            Label { text: line.modelData.name; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: line.modelData.forecast; color: Theme.text; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 120 }
                            Label { text: line.modelData.actual; color: Theme.text; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 120 }
                            Label { text: line.modelData.paid; color: Theme.textMuted; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 120 }
                            Label { text: line.modelData.waiting; color: Theme.textMuted; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 120 }
                            Label { text: line.modelData.difference; color: line.modelData.actualValue > line.modelData.forecastValue ? Theme.danger : Theme.text; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 120 }
                        }
                    }
                }
                Label { visible: section.modelData.rows.length === 0; text: qsTr("Nothing in %1.").arg(root.year); color: Theme.textMuted }
            }
        }

        Label { text: qsTr("Forecast and actual per mission in %1").arg(root.year); font.bold: true; color: Theme.text; Layout.topMargin: Theme.spacingLarge }
        Column {
            objectName: "missionChart"
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: root.data.missions || []
                delegate: Row {
                    id: bars
                    required property var modelData
                    spacing: Theme.spacing
                    width: parent.width
                    Label { text: bars.modelData.name; color: Theme.text; width: 120; elide: Text.ElideRight; anchors.verticalCenter: parent.verticalCenter }
                    Column {
                        width: parent.width - 120 - Theme.spacing
                        spacing: 1
                        Rectangle { height: 9; radius: 2; color: Theme.accentSoft; border.color: Theme.accent; width: Math.max(1, parent.width * 0.8 * bars.modelData.forecastValue / root.missionMax) }
                        Row {
                            spacing: Theme.spacing
                            Rectangle { height: 9; radius: 2; color: Theme.accent; width: Math.max(1, (bars.width - 120 - Theme.spacing) * 0.8 * bars.modelData.actualValue / root.missionMax) }
                            Label { text: bars.modelData.actual + " / " + bars.modelData.forecast; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; anchors.verticalCenter: parent.verticalCenter }
                        }
                    }
                }
            }
            Row {
                spacing: Theme.spacingLarge
                Row { spacing: 4; Rectangle { width: 14; height: 9; color: Theme.accentSoft; border.color: Theme.accent } Label { text: qsTr("forecast"); font.pixelSize: Theme.fontSmall; color: Theme.textMuted } }
                Row { spacing: 4; Rectangle { width: 14; height: 9; color: Theme.accent } Label { text: qsTr("approved and paid"); font.pixelSize: Theme.fontSmall; color: Theme.textMuted } }
            }
        }

        Label { text: qsTr("Approved and paid claims per year"); font.bold: true; color: Theme.text; Layout.topMargin: Theme.spacingLarge }
        Row {
            objectName: "yearChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            spacing: Theme.spacing
            Repeater {
                model: root.yearTotals
                delegate: Column {
                    id: yearBar
                    required property var modelData
                    width: 56
                    spacing: 2
                    Item {
                        width: parent.width
                        height: 120
                        Rectangle {
                            anchors.bottom: parent.bottom
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: 32
                            radius: 2
                            height: Math.max(1, 120 * yearBar.modelData.value / root.yearMax)
                            color: yearBar.modelData.year === root.year ? Theme.accent : Theme.info
                            ToolTip.visible: yearHover.hovered
                            ToolTip.text: Number(yearBar.modelData.value).toLocaleString(Qt.locale(), "f", 2) + " €"
                            HoverHandler { id: yearHover }
                        }
                    }
                    Label { text: yearBar.modelData.year; anchors.horizontalCenter: parent.horizontalCenter; color: Theme.text; font.pixelSize: Theme.fontSmall }
                    TapHandler { onTapped: root.year = yearBar.modelData.year }
                }
            }
            Label { visible: root.yearTotals.length === 0; text: qsTr("No approved claims yet."); color: Theme.textMuted }
        }
    }

    FileChooser {
        id: exportPicker
        title: qsTr("Export the report of %1").arg(root.year)
        saving: true
        kind: "expenses"
        suggestedName: "expenses-" + root.year + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            const r = root.backend.exportFile("report", exportPicker.selectedFile, exportPicker.selectedFormat, root.year)
            root.reported(r, qsTr("Exported the report to %1.").arg(r.path))
        }
    }
}
