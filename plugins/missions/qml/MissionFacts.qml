// The chosen mission's facts: code and name, risk level, organisation,
// country and dates, its local time zone and today's date there, the tour
// count and the source note (in full on hover).
//
//   backend  MissionsBackend;  mission  backend.mission(id);  editRequested()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ColumnLayout {
    id: facts

    property QtObject backend
    property var mission: ({})
    signal editRequested()

    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "missionTitle"
            text: (facts.mission.code || "") + " · " + (facts.mission.name || "")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            // The whole name, on two lines when it must (issue #15, item 12), never cut.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        StatusBadge {
            text: qsTr("risk: %1").arg(facts.backend.word(facts.mission.riskLevel || ""))
            tone: facts.mission.riskLevel === "high" ? "danger"
                  : facts.mission.riskLevel === "medium" ? "warning" : "success"
        }
        Button {
            text: qsTr("Edit…")
            visible: facts.backend.canEdit
            onClicked: facts.editRequested()
        }
    }
    Label {
        text: qsTr("%1 · %2 · %3 – %4")
              .arg(facts.mission.organisation || "").arg(facts.mission.country || "")
              .arg(Theme.formatDate(facts.mission.startDate || ""))
              .arg(facts.mission.endDate ? Theme.formatDate(facts.mission.endDate) : qsTr("ongoing"))
        color: Theme.textMuted
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Local time zone %1 (today there: %2) · %n tour(s)", "", facts.mission.tourCount || 0)
              .arg(facts.mission.timeZone || "").arg(Theme.formatDate(facts.mission.localDate || ""))
        color: Theme.textMuted
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    Label {
        id: source
        text: qsTr("Source: %1").arg(facts.mission.source || "")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
        Layout.fillWidth: true
        HoverHandler { id: sourceHover }
        ToolTip.visible: sourceHover.hovered && source.truncated
        ToolTip.text: facts.mission.source || ""
    }
}
