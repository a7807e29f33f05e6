// Timeline: rows of periods on a time axis (e.g. officers' mission tours).
//
// Properties: rows (JS array: [{label, periods: [{start, end, label, tone}]}],
//             ISO dates, inclusive; an empty end = ongoing, drawn to today),
//             from, to (ISO strings; default the earliest start and the latest
//             end of the data or today, whichever is later, with a margin on
//             either side so no bar touches an edge), today (ISO string,
//             default the local date),
//             pixelsPerDay (real zoom, default fits the range into the width;
//             kept within minimumPixelsPerDay (0.05, less when that is what fits)
//             .. maximumPixelsPerDay 40),
//             labelWidth (real), rowHeight (real).
// Read-only:  rowCount, dayCount (days shown), contentWidth (pixels), flickable.
// Signals:    periodClicked(int rowIndex, int periodIndex).
// Functions:  zoomIn(), zoomOut(), zoomBy(factor, anchorX), fitAll(), dayNumber(iso),
//             barGeometry(period) -> {x, width, valid}, isoToday().
// Input:      Ctrl+wheel and +/- zoom, 0 fits; the view scrolls both ways
//             while the label column and the axis stay in place.
// A bar too narrow for its label shows the label beside it, where the row has room.
// Only the rows in view have items, so thousands of rows cost what a screenful does.
import QtQuick
import QtQuick.Controls

FocusScope {
    id: root

    property var rows: []
    property string today: root.isoToday()
    property string from: root.dataRange.from
    property string to: root.dataRange.to
    /// Zooming out stops at 0.05 px a day, or where every period fits when that is less.
    readonly property real minimumPixelsPerDay: Math.min(0.05, Math.max(0.001, (flick.width - 1) / root.dayCount))
    readonly property real maximumPixelsPerDay: 40
    property real pixelsPerDay: root.fitPixelsPerDay
    property real labelWidth: 160
    property real rowHeight: Theme.rowHeight
    property real axisHeight: 36

    readonly property int rowCount: Array.isArray(root.rows) ? root.rows.length : 0
    readonly property var dataRange: root.computeRange(root.rows, root.today)
    readonly property real dayCount: Math.max(1, axis.dayNumber(root.to) - axis.dayNumber(root.from) + 1)
    readonly property real fitPixelsPerDay: root.clampZoom((flick.width - 1) / root.dayCount)
    readonly property real contentWidth: root.dayCount * root.pixelsPerDay
    readonly property alias flickable: flick
    // Only the rows in view have items (a mission may have thousands of tours):
    // the delegates stay, and show other rows as the view scrolls.
    readonly property int firstVisibleRow: Math.max(0, Math.min(root.rowCount - 1,
                                                                Math.floor(flick.contentY / root.rowHeight)))
    readonly property int visibleRowCount: Math.max(0, Math.min(root.rowCount - root.firstVisibleRow,
                                                                Math.ceil(flick.height / root.rowHeight) + 1))

    signal periodClicked(int rowIndex, int periodIndex)

    function isoToday(): string {
        const now = new Date()
        return String(now.getFullYear()).padStart(4, "0") + "-"
                + String(now.getMonth() + 1).padStart(2, "0") + "-"
                + String(now.getDate()).padStart(2, "0")
    }

    function dayNumber(iso: string): real {
        return axis.dayNumber(iso)
    }

    function clampZoom(value: real): real {
        if (!(value > 0))
            return root.minimumPixelsPerDay
        return Math.max(root.minimumPixelsPerDay, Math.min(root.maximumPixelsPerDay, value))
    }

    function computeRange(data: var, todayIso: string): var {
        let first = ""
        let last = ""
        for (const row of (Array.isArray(data) ? data : [])) {
            for (const period of (row && Array.isArray(row.periods) ? row.periods : [])) {
                const start = period.start || ""
                const end = period.end || todayIso
                if (isNaN(axis.dayNumber(start)) || isNaN(axis.dayNumber(end)))
                    continue
                if (first === "" || start < first)
                    first = start
                if (last === "" || end > last)
                    last = end
            }
        }
        if (first === "")
            return { from: todayIso.substr(0, 4) + "-01-01", to: todayIso.substr(0, 4) + "-12-31" }
        // Up to today at least (the today line in view), and a margin of 3 % of the span (a
        // week at least) on either side, so the first and last bars are drawn whole.
        if (!isNaN(axis.dayNumber(todayIso)) && todayIso > last)
            last = todayIso
        const margin = Math.max(7, Math.round((axis.dayNumber(last) - axis.dayNumber(first)) * 0.03))
        return { from: root.shiftIso(first, -margin), to: root.shiftIso(last, margin) }
    }

    /// `iso` moved by `days` (UTC calendar arithmetic).
    function shiftIso(iso: string, days: int): string {
        const d = new Date(Date.UTC(Number(iso.substr(0, 4)), Number(iso.substr(5, 2)) - 1,
                                    Number(iso.substr(8, 2)) + days))
        return String(d.getUTCFullYear()).padStart(4, "0") + "-"
                + String(d.getUTCMonth() + 1).padStart(2, "0") + "-"
                + String(d.getUTCDate()).padStart(2, "0")
    }

    /// Room before the period `index` of `periods` since the one before it ends (or the start).
    function roomBefore(periods: var, index: int): real {
        const here = root.barGeometry(periods[index])
        let previous = 0
        for (let i = 0; i < periods.length; ++i) {
            if (i === index)
                continue
            const g = root.barGeometry(periods[i])
            if (g.valid && g.x + g.width <= here.x && g.x + g.width > previous)
                previous = g.x + g.width
        }
        return here.x - previous
    }

    /// Room after the period `index` of `periods` before the next one starts (or the end).
    function roomAfter(periods: var, index: int): real {
        const here = root.barGeometry(periods[index])
        let next = root.contentWidth
        for (let i = 0; i < periods.length; ++i) {
            if (i === index)
                continue
            const g = root.barGeometry(periods[i])
            if (g.valid && g.x >= here.x + here.width && g.x < next)
                next = g.x
        }
        return next - (here.x + here.width)
    }

    function barGeometry(period: var): var {
        const origin = axis.dayNumber(root.from)
        const start = axis.dayNumber(period.start || "")
        const end = axis.dayNumber(period.end || root.today)
        if (isNaN(origin) || isNaN(start) || isNaN(end) || end < start)
            return { x: 0, width: 0, valid: false }
        return { x: (start - origin) * root.pixelsPerDay,
                 width: Math.max(2, (end - start + 1) * root.pixelsPerDay), valid: true }
    }

    function zoomBy(factor: real, anchorX: real) {
        const anchor = isNaN(anchorX) ? flick.width / 2 : anchorX
        const day = (flick.contentX + anchor) / root.pixelsPerDay
        root.pixelsPerDay = root.clampZoom(root.pixelsPerDay * factor)
        const maxX = Math.max(0, root.contentWidth - flick.width)
        flick.contentX = Math.max(0, Math.min(maxX, day * root.pixelsPerDay - anchor))
    }

    function zoomIn() { root.zoomBy(1.5, flick.width / 2) }
    function zoomOut() { root.zoomBy(1 / 1.5, flick.width / 2) }

    function fitAll() {
        root.pixelsPerDay = Qt.binding(() => root.fitPixelsPerDay)
        flick.contentX = 0
    }

    activeFocusOnTab: true
    clip: true
    implicitWidth: 640
    implicitHeight: root.axisHeight + Math.max(3, root.rowCount) * root.rowHeight + 12

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
            root.zoomIn()
        else if (event.key === Qt.Key_Minus)
            root.zoomOut()
        else if (event.key === Qt.Key_0)
            root.fitAll()
        else
            return
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        border.color: root.activeFocus ? Theme.accent : Theme.border
    }

    Item {
        x: root.labelWidth
        width: root.width - root.labelWidth
        height: root.axisHeight
        clip: true

        TimelineAxis {
            id: axis

            objectName: "timelineAxis"
            x: -flick.contentX
            width: root.contentWidth
            height: root.axisHeight
            from: root.from
            to: root.to
            pixelsPerDay: root.pixelsPerDay
        }
    }

    Item {
        id: labels

        y: root.axisHeight
        width: root.labelWidth
        height: root.height - root.axisHeight
        clip: true

        Repeater {
            model: root.visibleRowCount

            delegate: Label {
                id: rowLabel

                required property int index
                readonly property int row: root.firstVisibleRow + rowLabel.index
                readonly property var modelData: root.rows[rowLabel.row] || ({})

                y: rowLabel.row * root.rowHeight - flick.contentY
                width: root.labelWidth
                height: root.rowHeight
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.font
                text: rowLabel.modelData.label || ""
            }
        }
    }

    Flickable {
        id: flick

        objectName: "timelineFlickable"
        x: root.labelWidth
        y: root.axisHeight
        width: root.width - root.labelWidth
        height: root.height - root.axisHeight
        clip: true
        contentWidth: root.contentWidth
        contentHeight: root.rowCount * root.rowHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.horizontal: ScrollBar {}
        ScrollBar.vertical: ScrollBar {}

        WheelHandler {
            acceptedModifiers: Qt.ControlModifier
            target: null
            onWheel: (event) => root.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8,
                                            event.x - flick.contentX)
        }

        Repeater {
            model: root.visibleRowCount

            delegate: Item {
                id: rowItem

                required property int index
                readonly property int row: root.firstVisibleRow + rowItem.index
                readonly property var modelData: root.rows[rowItem.row] || ({})

                y: rowItem.row * root.rowHeight
                width: flick.contentWidth
                height: root.rowHeight

                Rectangle {
                    anchors.fill: parent
                    color: rowItem.row % 2 === 1 ? Theme.surfaceAlt : "transparent"
                }

                Repeater {
                    model: rowItem.modelData.periods || []

                    delegate: TimelineBar {
                        id: period

                        required property var modelData
                        required property int index
                        readonly property var geometry: root.barGeometry(period.modelData)
                        // Too narrow for its label: the label is shown beside the bar instead.
                        readonly property bool labelOutside: period.label.length > 0
                                                             && period.width < beside.implicitWidth + 2 * Theme.spacingSmall

                        objectName: "bar-" + rowItem.row + "-" + period.index
                        visible: period.geometry.valid
                        x: period.geometry.x
                        y: 4
                        width: Math.max(8, period.geometry.width)
                        height: root.rowHeight - 8
                        label: period.modelData.label || ""
                        labelShown: !period.labelOutside
                        start: period.modelData.start || ""
                        end: period.modelData.end || ""
                        tone: period.modelData.tone || "info"
                        onClicked: root.periodClicked(rowItem.row, period.index)

                        Label {
                            id: beside

                            objectName: "barLabel-" + rowItem.row + "-" + period.index
                            readonly property real after: period.labelOutside
                                                          ? root.roomAfter(rowItem.modelData.periods || [], period.index) - Theme.spacingSmall
                                                          : 0
                            readonly property real before: period.labelOutside
                                                           ? root.roomBefore(rowItem.modelData.periods || [], period.index) - Theme.spacingSmall
                                                           : 0
                            // After the bar, or before it when only there is the room for all of it.
                            readonly property bool onLeft: beside.after < beside.implicitWidth
                                                           && beside.before > beside.after
                            readonly property real room: beside.onLeft ? beside.before : beside.after
                            visible: period.labelOutside && beside.room > 3 * Theme.spacing
                            width: Math.min(beside.implicitWidth, beside.room)
                            x: beside.onLeft ? -beside.width - Theme.spacingSmall
                                             : period.width + Theme.spacingSmall
                            horizontalAlignment: beside.onLeft ? Text.AlignRight : Text.AlignLeft
                            height: parent.height
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.toneColor(period.tone)
                            text: period.label
                        }
                    }
                }
            }
        }

        Rectangle {
            id: todayLine

            objectName: "timelineToday"
            readonly property real day: axis.dayNumber(root.today) - axis.dayNumber(root.from)
            visible: todayLine.day >= 0 && todayLine.day < root.dayCount
            x: todayLine.day * root.pixelsPerDay
            width: 1
            height: Math.max(flick.height, flick.contentHeight)
            color: Theme.danger
            opacity: 0.6
        }
    }
}
