// The candidate finder: a mission, a period and requirements in; the officers
// available for the whole period out, ranked, and everyone left out with why.
//
//   backend   CandidateBackend (missions, find())
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property var result: ({})
    property var errors: ({})

    function run() {
        const mission = missionBox.currentIndex > 0 ? page.backend.missions[missionBox.currentIndex - 1].id : -1
        const r = page.backend.find({ mission_id: mission, first_day: first.text, last_day: last.text,
                                      languages: languages.text, skills: skills.text })
        page.errors = r.ok ? ({}) : r.errors
        page.result = r.ok ? r : ({})
    }
    function focusFilter() { first.forceActiveFocus() }

    component Heading: Label {
        font.bold: true
        font.pixelSize: Theme.fontTitle
        color: Theme.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        Label {
            text: qsTr("Find candidates")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }
        Label {
            text: qsTr("Officers available for the whole period, ranked by the requirements they meet, then by earlier tours, then by the fewest days abroad in the last three years.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        GridLayout {
            columns: 6
            columnSpacing: Theme.spacing
            Layout.fillWidth: true
            FormField {
                label: qsTr("Mission")
                ComboBox {
                    id: missionBox
                    implicitWidth: 220
                    model: [qsTr("(any)")].concat(page.backend.missions.map(m => m.code + " — " + m.name))
                }
            }
            FormField {
                label: qsTr("First day"); required: true
                error: page.errors.first_day || ""
                DateField { id: first; objectName: "firstDay"; required: true }
            }
            FormField {
                label: qsTr("Last day"); required: true
                error: page.errors.last_day || ""
                DateField { id: last; objectName: "lastDay"; required: true; minimumDate: first.text }
            }
            FormField {
                label: qsTr("Languages (en:B2;fr:B1)")
                error: page.errors.languages || ""
                TextField { id: languages; objectName: "requiredLanguages"; placeholderText: "en:B2" }
            }
            FormField {
                label: qsTr("Skills (separated by ;)")
                error: page.errors.skills || ""
                TextField { id: skills; placeholderText: qsTr("training and mentoring") }
            }
            Button {
                text: qsTr("Find")
                highlighted: true
                Layout.alignment: Qt.AlignBottom
                onClicked: page.run()
            }
        }
        Label {
            visible: (page.errors[""] || "") !== ""
            text: page.errors[""] || ""
            color: Theme.danger
        }

        EmptyState {
            visible: page.result.candidates === undefined
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Choose a period")
            text: qsTr("Give the first and last day of the tour, and any requirements, then Find (Return).")
        }

        SplitView {
            visible: page.result.candidates !== undefined
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 380
                Heading {
                    objectName: "candidateCount"
                    text: qsTr("%1 available (in %2 ms)").arg(page.result.candidate_count || 0)
                          .arg(page.result.elapsed_ms || 0)
                }
                ListView {
                    id: candidates
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.result.candidates || []
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ListRow {
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            Label {
                                text: (index + 1) + "."
                                color: Theme.textMuted
                                Layout.preferredWidth: 32
                            }
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                Label {
                                    text: modelData.name + "  ·  " + modelData.service_number
                                    color: Theme.text
                                    font.bold: true
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: qsTr("%1, %2 · %3 earlier tours (%4 in this mission) · %5 days abroad recently")
                                          .arg(modelData.rank).arg(modelData.unit).arg(modelData.previous_tours)
                                          .arg(modelData.tours_in_mission).arg(modelData.days_abroad)
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            StatusBadge {
                                text: qsTr("%1/%2 met").arg(modelData.met).arg(modelData.total)
                                tone: modelData.met === modelData.total ? "success" : "warning"
                                visible: modelData.total > 0
                            }
                        }
                        ToolTip.visible: hovered && modelData.missing !== ""
                        ToolTip.text: qsTr("Missing: %1").arg(modelData.missing)
                    }
                }
            }
            ColumnLayout {
                SplitView.preferredWidth: 460
                SplitView.minimumWidth: 320
                Heading {
                    objectName: "excludedCount"
                    text: qsTr("%1 left out").arg(page.result.excluded_count || 0)
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.result.excluded || []
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ColumnLayout {
                        required property var modelData
                        width: ListView.view.width - 12
                        spacing: 0
                        Label {
                            text: modelData.name + "  ·  " + modelData.service_number
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                            topPadding: Theme.spacingSmall
                        }
                        Label {
                            text: modelData.reasons
                            color: Theme.danger
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: page.visible
        onActivated: page.run()
    }
}
