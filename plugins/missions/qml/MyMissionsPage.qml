// My missions: the officer's own tours, days abroad per mission and in total,
// the tours on a timeline, and the statement of service abroad as PDF.
//
//   backend   MissionsBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    readonly property var record: page.backend.revision >= 0 ? page.backend.record(-1) : ({})
    property string status: ""
    property bool failed: false

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("My missions")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            FileChooserButton {
                objectName: "statementButton"
                text: qsTr("Save statement of service (PDF)…")
                chooser: pdfPicker
                ready: !page.record.error
            }
        }
        EmptyState {
            visible: !!page.record.error
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("No record to show")
            text: page.record.error || ""
        }
        ColumnLayout {
            visible: !page.record.error
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Label {
                objectName: "recordSummary"
                text: qsTr("%1 (%2): %n tour(s) served, %3 days abroad in total.", "", page.record.servedTours || 0)
                      .arg(page.record.name || "").arg(page.record.serviceNumber || "")
                      .arg((page.record.totalDays || 0).toLocaleString(Qt.locale(), "f", 0))
                color: Theme.text
                font.pixelSize: Theme.fontTitle
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: page.record.perMission || []
                    StatusBadge {
                        required property var modelData
                        text: qsTr("%1: %2 days").arg(modelData.code).arg(modelData.days)
                        tone: "info"
                    }
                }
            }
            Label {
                visible: status !== ""
                text: page.status
                color: page.failed ? Theme.danger : Theme.success
            }
            ListView {
                id: list
                objectName: "myTours"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 260)
                clip: true
                model: page.record.tours || []
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property int index
                    required property var modelData
                    width: list.width
                    height: column.implicitHeight + Theme.spacing
                    color: index % 2 ? Theme.surfaceAlt : Theme.surface
                    ColumnLayout {
                        id: column
                        x: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 0
                        RowLayout {
                            Label { text: modelData.mission + " · " + modelData.missionName; font.bold: true; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                            StatusBadge { text: page.backend.word(modelData.status); tone: modelData.status === "active" ? "success" : modelData.status === "completed" ? "neutral" : "info" }
                        }
                        Label {
                            text: qsTr("%1, %2 · %3 to %4 · %5 · %6 days").arg(modelData.organisation).arg(modelData.country)
                                  .arg(Theme.formatDate(modelData.firstDay)).arg(Theme.formatDate(modelData.lastDay))
                                  .arg(modelData.position).arg(modelData.days)
                            color: Theme.textMuted
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        Label {
                            visible: modelData.hostSupervisor !== "" || modelData.returnPosition !== ""
                            text: qsTr("Answers to: %1 · Returns to: %2 (Art. 80)").arg(modelData.hostSupervisor).arg(modelData.returnPosition)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                    }
                }
            }
            Timeline {
                objectName: "myTimeline"
                Layout.fillWidth: true
                Layout.fillHeight: true
                today: page.backend.today
                rows: page.record.error ? [] : page.backend.officerTimeline(page.record.officerId)
            }
        }
    }
    FileChooser {
        id: pdfPicker
        objectName: "statementPicker"
        title: qsTr("Save the statement of service abroad")
        saving: true
        kind: "statement"
        suggestedName: "statement-" + (page.record.serviceNumber || "") + "-" + page.backend.today + ".pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const r = page.backend.saveStatement(pdfPicker.selectedFile, -1)
            page.failed = !r.ok
            page.status = r.ok ? qsTr("Saved %1.").arg(r.path) : r.message
        }
    }
}
