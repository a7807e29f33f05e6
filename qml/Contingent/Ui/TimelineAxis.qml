// TimelineAxis: the time axis above a Timeline: year ticks, and month ticks
// when a month is at least monthThreshold pixels wide. Labels never overlap:
// zoomed out, every 2nd, 5th, 10th... year is labelled (labelSpacing apart).
//
// Properties: from, to (ISO strings: the axis range), pixelsPerDay (real),
//             monthThreshold (real, pixels per month to show months).
// Read-only:  ticks (JS array of {x, label, major}; the first year is also
//             labelled at x 0 when the range starts mid-year and there is room),
//             showMonths (bool), yearStep (years between labels).
// Functions:  dayNumber(iso) -> days since 1970-01-01 (NaN unless a real date).
import QtQuick
import QtQuick.Controls

Item {
    id: axis

    property string from
    property string to
    property real pixelsPerDay: 1
    property real monthThreshold: 36
    /// The least distance between two labels' left edges, in pixels.
    property real labelSpacing: 44
    readonly property bool showMonths: axis.pixelsPerDay * 30 >= axis.monthThreshold
    readonly property int yearStep: {
        for (const step of [1, 2, 5, 10, 20, 50, 100])
            if (step * 365.25 * axis.pixelsPerDay >= axis.labelSpacing)
                return step
        return 100
    }
    readonly property var ticks: axis.computeTicks(axis.from, axis.to, axis.pixelsPerDay,
                                                    axis.showMonths)

    function dayNumber(iso: string): real {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
        if (!match)
            return NaN
        const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
        const check = new Date(ms)
        if (check.getUTCMonth() !== Number(match[2]) - 1 || check.getUTCDate() !== Number(match[3]))
            return NaN
        return ms / 86400000
    }

    function computeTicks(first: string, last: string, ppd: real, months: bool): var {
        const origin = axis.dayNumber(first)
        const end = axis.dayNumber(last)
        if (isNaN(origin) || isNaN(end) || end < origin)
            return []
        const result = []
        const locale = Qt.locale()
        for (let year = Number(first.substr(0, 4)); year <= Number(last.substr(0, 4)); ++year) {
            for (let month = 0; month < (months ? 12 : 1); ++month) {
                const day = Date.UTC(year, month, 1) / 86400000
                if (day < origin || day > end)
                    continue
                // No label that the axis's end would cut ("202" for 2024).
                const roomy = (end + 1 - day) * ppd >= axis.labelSpacing * 0.8
                const labelled = roomy && (month > 0 || year % axis.yearStep === 0)
                result.push({ x: (day - origin) * ppd, major: month === 0 && labelled,
                              label: !labelled ? ""
                                     : month === 0 ? String(year)
                                     : locale.standaloneMonthName(month, Locale.ShortFormat) })
            }
        }
        const firstYear = first.substr(0, 4)
        const firstLabel = result.find(t => t.label !== "")
        if (first.substr(5) !== "01-01" && (firstLabel === undefined || firstLabel.x >= axis.labelSpacing))
            result.unshift({ x: 0, major: true, label: firstYear })
        return result
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }

    Repeater {
        model: axis.ticks

        delegate: Item {
            id: tick

            required property var modelData

            x: tick.modelData.x
            height: axis.height
            width: 1

            Rectangle {
                anchors.bottom: parent.bottom
                width: 1
                height: tick.modelData.major ? parent.height : parent.height / 3
                color: tick.modelData.major ? Theme.textMuted : Theme.border
            }

            Label {
                x: 3
                y: tick.modelData.major ? 2 : parent.height / 2
                text: tick.modelData.label
                font.pixelSize: Theme.fontSmall
                font.bold: tick.modelData.major
                color: tick.modelData.major ? Theme.text : Theme.textMuted
            }
        }
    }
}
