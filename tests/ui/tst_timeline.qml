import QtQuick
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 760
    height: 300

    Component {
        id: timelineComponent
        Timeline { anchors.fill: parent }
    }

    SignalSpy { id: clickSpy; signalName: "periodClicked" }

    readonly property var tours: [
        { label: "Officer A", periods: [
            { start: "2004-03-01", end: "2004-08-31", label: "EUPM", tone: "info" },
            { start: "2006-01-01", end: "2006-12-31", label: "UNMIK", tone: "success" } ] },
        { label: "Officer B", periods: [
            { start: "2005-01-01", end: "", label: "EULEX", tone: "warning" } ] }
    ]

    TestCase {
        name: "Timeline"
        when: windowShown

        function init() {
            failOnWarning(/./)
        }

        function makeTimeline(properties) {
            const props = properties || {}
            if (props.rows === undefined)
                props.rows = container.tours
            if (props.today === undefined)
                props.today = "2007-12-31"
            const timeline = createTemporaryObject(timelineComponent, container, props)
            clickSpy.target = timeline
            clickSpy.clear()
            return timeline
        }

        // The data's span up to today (the ongoing tour runs to today), and 3 % of it on
        // either side (issue #15, item 13: no bar against an edge).
        function test_rangeDefaultsToData() {
            const timeline = makeTimeline()
            const span = timeline.dayNumber("2007-12-31") - timeline.dayNumber("2004-03-01")
            const margin = Math.round(span * 0.03)
            compare(margin, 42)
            compare(timeline.from, "2004-01-19")
            compare(timeline.to, "2008-02-11")
            compare(timeline.dayCount, span + 2 * margin + 1)
        }

        // Tours long past still reach today, so the today line is in view.
        function test_rangeReachesToday() {
            const timeline = makeTimeline({ rows: [ { label: "A", periods: [
                { start: "2004-01-01", end: "2004-06-30", label: "EUPM" } ] } ],
                today: "2014-01-01" })
            verify(timeline.to > "2014-01-01")
            verify(timeline.from < "2004-01-01")
            verify(findChild(timeline, "timelineToday").visible)
        }

        // A bar too narrow for its label shows it beside the bar: after it, or before it
        // when only there is the room; never where another bar is.
        function test_narrowBarsLabelBeside() {
            const timeline = makeTimeline({ rows: [ { label: "A", periods: [
                { start: "2004-01-01", end: "2004-01-20", label: "trainer, police school" },
                { start: "2013-12-01", end: "2013-12-20", label: "adviser" } ] } ],
                today: "2013-12-31" })
            const first = findChild(timeline, "bar-0-0")
            verify(first.width < 40)
            const firstLabel = findChild(timeline, "barLabel-0-0")
            verify(firstLabel.visible)
            verify(firstLabel.x > 0) // after the bar
            compare(firstLabel.text, "trainer, police school")
            const lastLabel = findChild(timeline, "barLabel-0-1")
            verify(lastLabel.visible)
            verify(lastLabel.x < 0) // before it: the range ends soon after
            // A wide bar keeps its label inside.
            timeline.pixelsPerDay = 40
            verify(!findChild(timeline, "barLabel-0-0").visible)
        }

        function test_barGeometryFromDates() {
            const timeline = makeTimeline({ pixelsPerDay: 2, from: "2004-01-01", to: "2007-12-31" })
            const bar = findChild(timeline, "bar-0-0")
            verify(bar)
            // 2004 is a leap year: 31 + 29 days before 1 March; March..August is 184 days.
            compare(bar.x, 60 * 2)
            compare(bar.width, 184 * 2)
            const second = findChild(timeline, "bar-0-1")
            compare(second.x, (366 + 365) * 2)
            compare(second.width, 365 * 2)
        }

        function test_ongoingPeriodRunsToToday() {
            const timeline = makeTimeline({ pixelsPerDay: 1, from: "2005-01-01", to: "2008-12-31" })
            const bar = findChild(timeline, "bar-1-0")
            compare(bar.x, 0)
            compare(bar.width, 3 * 365)
            timeline.today = "2008-01-01"
            compare(bar.width, 3 * 365 + 1)
        }

        function test_zoom() {
            const timeline = makeTimeline()
            const fit = timeline.pixelsPerDay
            verify(fit > 0)
            fuzzyCompare(timeline.contentWidth, timeline.flickable.width - 1, 1)
            timeline.zoomIn()
            verify(timeline.pixelsPerDay > fit)
            const zoomed = timeline.pixelsPerDay
            timeline.zoomOut()
            verify(timeline.pixelsPerDay < zoomed)
            timeline.fitAll()
            fuzzyCompare(timeline.pixelsPerDay, fit, 0.0001)
            for (let i = 0; i < 40; ++i)
                timeline.zoomIn()
            compare(timeline.pixelsPerDay, 40)
            for (let i = 0; i < 80; ++i)
                timeline.zoomOut()
            compare(timeline.pixelsPerDay, 0.05)
        }

        function test_keysZoom() {
            const timeline = makeTimeline()
            timeline.forceActiveFocus()
            const fit = timeline.pixelsPerDay
            keyClick(Qt.Key_Plus)
            verify(timeline.pixelsPerDay > fit)
            keyClick(Qt.Key_0)
            fuzzyCompare(timeline.pixelsPerDay, fit, 0.0001)
            keyClick(Qt.Key_Minus)
            verify(timeline.pixelsPerDay < fit)
        }

        function test_ctrlWheelZooms() {
            const timeline = makeTimeline()
            const fit = timeline.pixelsPerDay
            const flick = timeline.flickable
            mouseWheel(flick, 100, 20, 0, 120, Qt.NoButton, Qt.ControlModifier)
            verify(timeline.pixelsPerDay > fit)
        }

        function test_monthTicksWhenZoomedIn() {
            const timeline = makeTimeline({ pixelsPerDay: 0.2, from: "2004-01-01", to: "2006-12-31" })
            const axis = findChild(timeline, "timelineAxis")
            verify(!axis.showMonths)
            compare(axis.ticks.map(t => t.label), ["2004", "2005", "2006"])
            compare(axis.ticks[1].x, 366 * 0.2)
            timeline.pixelsPerDay = 2
            verify(axis.showMonths)
            compare(axis.ticks.length, 36)
            compare(axis.ticks[1].x, 31 * 2)
            verify(!axis.ticks[1].major)
            verify(axis.ticks[12].major)
            compare(axis.ticks[12].label, "2005")
            timeline.pixelsPerDay = 0.2
            timeline.from = "2004-03-01"
            compare(axis.ticks.map(t => t.label), ["2004", "2005", "2006"])
            compare(axis.ticks[0].x, 0)
            compare(axis.ticks[1].x, (366 - 60) * 0.2)
        }

        function test_yearLabelsNeverOverlap_data() {
            return [
                { tag: "a year is 73 px: every year", ppd: 0.2, step: 1 },
                { tag: "a year is 29 px: every 2nd", ppd: 0.08, step: 2 },
                { tag: "a year is 18 px: every 5th", ppd: 0.05, step: 5 },
            ]
        }
        function test_yearLabelsNeverOverlap(data) {
            const timeline = makeTimeline({ pixelsPerDay: data.ppd, from: "1997-03-01", to: "2026-11-30" })
            const axis = findChild(timeline, "timelineAxis")
            compare(axis.yearStep, data.step)
            const labelled = axis.ticks.filter(t => t.label !== "")
            verify(labelled.length >= 2)
            for (let i = 1; i < labelled.length; ++i)
                verify(labelled[i].x - labelled[i - 1].x >= axis.labelSpacing,
                       labelled[i - 1].label + " and " + labelled[i].label + " overlap")
            for (const t of labelled.slice(1))
                compare(Number(t.label) % data.step, 0)
        }

        function test_periodClicked() {
            const timeline = makeTimeline({ pixelsPerDay: 1, from: "2004-01-01" })
            const bar = findChild(timeline, "bar-1-0")
            mouseClick(bar, 10, bar.height / 2)
            compare(clickSpy.count, 1)
            compare(clickSpy.signalArguments[0][0], 1)
            compare(clickSpy.signalArguments[0][1], 0)
        }

        function test_invalidPeriodHidden() {
            const timeline = makeTimeline({ rows: [ { label: "X", periods: [
                { start: "2004-02-30", end: "2004-03-10", label: "bad" },
                { start: "2004-01-01", end: "2004-01-31", label: "good" } ] } ] })
            verify(!findChild(timeline, "bar-0-0").visible)
            verify(findChild(timeline, "bar-0-1").visible)
            compare(timeline.from, "2003-11-18") // the good one's start, less the margin
        }

        function test_onlyRowsInViewHaveItems() {
            const many = []
            for (let i = 0; i < 2000; ++i)
                many.push({ label: "Officer " + i, periods: [
                    { start: "2004-01-01", end: "2004-06-30", label: "tour " + i } ] })
            const timeline = makeTimeline({ rows: many })
            compare(timeline.rowCount, 2000)
            verify(timeline.visibleRowCount > 0 && timeline.visibleRowCount < 20)
            verify(findChild(timeline, "bar-0-0") !== null)
            verify(findChild(timeline, "bar-1999-0") === null)
            // Scrolled to the end, the last rows have items and the first do not.
            timeline.flickable.contentY = timeline.flickable.contentHeight - timeline.flickable.height
            compare(timeline.firstVisibleRow + timeline.visibleRowCount, 2000)
            verify(findChild(timeline, "bar-1999-0") !== null)
            verify(findChild(timeline, "bar-0-0") === null)
        }
    }
}
