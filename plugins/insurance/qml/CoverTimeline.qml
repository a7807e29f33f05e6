// CoverTimeline: the cover of a mission's or an officer's tours on a
// timeline: covered days green, uncovered high-risk days red, a tour that
// needs no cover grey (Police Act, Art. 89).
//
//   backend   InsuranceBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ColumnLayout {
    id: view

    property QtObject backend
    readonly property var missionList: view.backend.missions()
    readonly property var rows: view.backend.revision >= 0
                                ? (byOfficer.checked ? view.backend.timeline("officer", officerField.text)
                                                     : view.backend.timeline("mission", missionBox.currentValue || ""))
                                : []

    spacing: Theme.spacing

    RowLayout {
        RadioButton { id: byMission; text: qsTr("Mission"); checked: true }
        ComboBox {
            id: missionBox
            objectName: "coverMission"
            visible: byMission.checked
            model: view.missionList
            textRole: "code"
            valueRole: "code"
            Layout.preferredWidth: 200
        }
        RadioButton { id: byOfficer; text: qsTr("Officer") }
        TextField { id: officerField; objectName: "coverOfficer"; visible: byOfficer.checked; placeholderText: qsTr("Service number"); Layout.preferredWidth: 200 }
        Item { Layout.fillWidth: true }
        Label { text: qsTr("Green: covered · red: high-risk days without cover · grey: no cover needed"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    }
    Timeline {
        id: timeline
        objectName: "coverTimeline"
        rows: view.rows
        today: view.backend.today
        labelWidth: 220
        Layout.fillWidth: true
        Layout.fillHeight: true
        EmptyState { anchors.centerIn: parent; visible: view.rows.length === 0; text: qsTr("No tour in the last year or ahead.") }
    }
}
