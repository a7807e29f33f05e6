// My Government decisions: an officer's own tours and the decision on each
// (Police Act, Art. 19): the decision's number and date and whether the tour
// was approved, or where its proposal stands.
//
//   backend   ApprovalsBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    readonly property var tours: page.backend.revision >= 0 ? page.backend.myDecisions() : []

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing
        Label { text: qsTr("My Government decisions"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text }
        Label { text: qsTr("Police officers serve abroad on the Government's decision, on the Minister's recommendation (Police Act, Art. 19)."); color: Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ListView {
            id: list
            objectName: "myDecisions"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.tours
            spacing: Theme.spacing
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                id: frame
                required property var modelData
                width: ListView.view.width
                ColumnLayout {
                    width: parent.width
                    Label { text: frame.modelData.mission + " · " + frame.modelData.period + " · " + frame.modelData.status; font.bold: true; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: frame.modelData.decision; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                }
            }
            EmptyState { anchors.centerIn: parent; visible: list.count === 0; text: qsTr("You have no tours yet.") }
        }
    }
}
