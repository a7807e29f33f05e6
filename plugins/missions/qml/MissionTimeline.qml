// One mission's tours on the timeline, a row per officer, read a page of 100
// officers at a time as the view scrolls down (a mission may have thousands).
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
    readonly property int pageSize: 100

    function restart() {
        view.total = 0
        chart.rows = []
        view.more()
    }
    function more() {
        if (view.missionId < 0 || view.loading || (chart.rows.length > 0 && chart.rows.length >= view.total))
            return
        view.loading = true
        const page = view.backend.missionTimeline(view.missionId, chart.rows.length, view.pageSize)
        view.total = page.total
        chart.rows = chart.rows.concat(page.rows)
        view.loading = false
    }

    spacing: Theme.spacingSmall
    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "timelineCount"
            text: qsTr("%1 of %2 officers shown; scroll down for more. Ctrl+wheel or +/− zooms, 0 fits.")
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
        labelWidth: 170
        today: view.backend.today
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
