// A stacked bar chart: one bar per row (a year or a mission), one coloured
// segment per column, grid lines with round numbers, a legend, and the row's
// numbers in a tooltip on hover or when a bar has keyboard focus (Left/Right).
// The tooltip stays inside the plot, beside the bar, never over the controls.
//
//   table  {label, columns: [names], rows: [{label, values: [numbers]}]}
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FocusScope {
    id: chart

    property var table: ({ columns: [], rows: [] })
    property int current: -1
    property int hovered: -1
    /// The row whose numbers the tooltip shows: the hovered bar, else the focused one.
    readonly property int shownRow: chart.hovered >= 0 ? chart.hovered : chart.current
    readonly property var colours: ["#1f4e8c", "#2e7d32", "#b3261e", "#9a6100", "#6a3d9a", "#00838f", "#5b6677"]
    readonly property var rows: chart.table.rows || []
    readonly property var columns: chart.table.columns || []
    readonly property real maximum: {
        let m = 0
        for (const r of chart.rows)
            m = Math.max(m, r.values.reduce((a, b) => a + b, 0))
        return m
    }
    // A round step (1, 2 or 5 times a power of ten) giving about five grid lines.
    readonly property real step: {
        if (chart.maximum <= 0)
            return 1
        const raw = chart.maximum / 5
        const power = Math.pow(10, Math.floor(Math.log10(raw)))
        const unit = raw / power
        return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power
    }
    readonly property real ceiling: Math.max(chart.step, Math.ceil(chart.maximum / chart.step) * chart.step)

    /// The tooltip's text for `row`: its label, then each value under its column's
    /// name (the row's own values: a table being replaced may have other columns).
    function tipText(row) {
        return row.label + "\n" + row.values.map(
                    (v, i) => (chart.columns[i] || "") + ": " + Number(v).toLocaleString(Qt.locale(), "f", 0)).join("\n")
    }

    onTableChanged: {
        chart.hovered = -1
        chart.current = Math.min(chart.current, chart.rows.length - 1)
    }
    activeFocusOnTab: true
    Keys.onLeftPressed: chart.current = Math.max(0, chart.current - 1)
    Keys.onRightPressed: chart.current = Math.min(chart.rows.length - 1, chart.current + 1)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            visible: chart.columns.length > 1
            Repeater {
                model: chart.columns
                Row {
                    required property int index
                    required property string modelData
                    spacing: Theme.spacingSmall
                    Rectangle { width: 12; height: 12; radius: 2; color: chart.colours[index % chart.colours.length]; anchors.verticalCenter: parent.verticalCenter }
                    Label { text: modelData; color: Theme.text }
                }
            }
        }

        Item {
            id: plot
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property real axisWidth: 56
            readonly property real labelHeight: 40
            readonly property real areaHeight: Math.max(1, plot.height - plot.labelHeight)
            readonly property real slot: chart.rows.length > 0 ? (plot.width - plot.axisWidth) / chart.rows.length : 0

            Repeater {
                model: Math.round(chart.ceiling / chart.step) + 1
                Item {
                    required property int index
                    y: plot.areaHeight - index * chart.step / chart.ceiling * plot.areaHeight
                    width: plot.width
                    Rectangle { x: plot.axisWidth; width: plot.width - plot.axisWidth; height: 1; color: Theme.border }
                    Label {
                        width: plot.axisWidth - Theme.spacing
                        y: -height / 2
                        horizontalAlignment: Text.AlignRight
                        text: Number(index * chart.step).toLocaleString(Qt.locale(), "f", 0)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            Repeater {
                model: chart.rows
                Item {
                    id: bar
                    required property int index
                    required property var modelData
                    x: plot.axisWidth + index * plot.slot
                    width: plot.slot
                    height: plot.height
                    readonly property bool shown: chart.shownRow === index

                    Rectangle {
                        anchors.fill: parent
                        anchors.bottomMargin: plot.labelHeight
                        color: bar.shown ? Theme.accentSoft : "transparent"
                    }
                    Repeater {
                        model: bar.modelData.values
                        Rectangle {
                            required property int index
                            required property real modelData
                            readonly property real below: bar.modelData.values.slice(0, index).reduce((a, b) => a + b, 0)
                            x: bar.width * 0.15
                            width: Math.max(1, bar.width * 0.7)
                            height: modelData / chart.ceiling * plot.areaHeight
                            y: plot.areaHeight - (below + modelData) / chart.ceiling * plot.areaHeight
                            color: chart.colours[index % chart.colours.length]
                        }
                    }
                    Label {
                        // Every label when they fit, else every fifth.
                        visible: plot.slot >= 34 || bar.index % 5 === 0
                        y: plot.areaHeight + Theme.spacingSmall
                        width: Math.max(bar.width, 40)
                        x: (bar.width - width) / 2
                        horizontalAlignment: Text.AlignHCenter
                        text: bar.modelData.label
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    HoverHandler {
                        onHoveredChanged: {
                            if (hovered)
                                chart.hovered = bar.index
                            else if (chart.hovered === bar.index)
                                chart.hovered = -1
                        }
                    }
                }
            }
            ToolTip {
                id: tip
                objectName: "chartTip"
                readonly property var row: chart.shownRow >= 0 && chart.shownRow < chart.rows.length
                                           ? chart.rows[chart.shownRow] : null
                parent: plot
                visible: tip.row !== null
                delay: 0
                timeout: -1
                closePolicy: Popup.NoAutoClose
                text: tip.row ? chart.tipText(tip.row) : ""
                y: Theme.spacing
                // Right of the bar when it fits, else left of it.
                x: {
                    const right = plot.axisWidth + (chart.shownRow + 1) * plot.slot + Theme.spacing
                    if (right + tip.width <= plot.width)
                        return right
                    return Math.max(0, plot.axisWidth + chart.shownRow * plot.slot - tip.width - Theme.spacing)
                }
            }
        }
    }
}
