// One mission's tours on the timeline, a row per tour in order of first day,
// read 100 at a time as the view scrolls down (a mission may have thousands);
// the Timeline makes items only for the rows in view.
// A tour that overlaps another tour of the same officer is drawn in red.
//
//   backend   MissionsBackend;  missionId;  restart() reads from the top again
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ColumnLayout {
    id: view

    property QtObject backend
    property int missionId: -1
    property int total: 0
    property bool loading: false
    property bool done: false
    property var next: ({ day: "", id: 0 })
    /// Every tour of the mission, up to today while it runs: what "Fit" shows.
    property string spanFrom
    property string spanTo
    readonly property int pageSize: 100

    function restart() {
        view.total = 0
        view.done = false
        view.next = { day: "", id: 0 }
        view.spanFrom = ""
        view.spanTo = ""
        chart.rows = []
        view.more()
    }
    function more() {
        if (view.missionId < 0 || view.loading || view.done)
            return
        view.loading = true
        const page = view.backend.missionTimeline(view.missionId, view.next.day, view.next.id, view.pageSize)
        if (page.total !== undefined)
            view.total = page.total
        if (page.from !== undefined) {
            view.spanFrom = page.from
            view.spanTo = page.to
        }
        view.next = page.next
        view.done = page.done
        chart.rows = chart.rows.concat(page.rows)
        view.loading = false
    }

    spacing: Theme.spacingSmall
    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "timelineCount"
            text: qsTr("%1 of %2 tours shown; scroll down for more. Ctrl+wheel or +/− zooms, 0 fits.")
                  .arg(chart.rows.length).arg(view.total)
            color: Theme.textMuted
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Button { text: qsTr("Zoom in"); onClicked: chart.zoomIn() }
        Button { text: qsTr("Zoom out"); onClicked: chart.zoomOut() }
        Button { text: qsTr("Fit"); onClicked: chart.fitAll() }
    }
    Timeline {
        id: chart
        objectName: "missionTimeline"
        Layout.fillWidth: true
        Layout.fillHeight: true
        labelWidth: 230
        today: view.backend.today
        from: view.spanFrom !== "" ? view.spanFrom : chart.dataRange.from
        to: view.spanTo !== "" ? view.spanTo : chart.dataRange.to
        Connections {
            target: chart.flickable
            function onContentYChanged() {
                const f = chart.flickable
                if (f.contentY + f.height > f.contentHeight - 10 * chart.rowHeight)
                    view.more()
            }
        }
    }
}
