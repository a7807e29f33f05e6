// My insurance cover (officer role): each of the officer's own tours, whether
// it is high-risk (Police Act, Art. 89), the policies covering it, and the
// first day without cover if there is one.
//
//   backend   InsuranceBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing
        Label { text: qsTr("My insurance cover"); font.pixelSize: Theme.fontHeading; font.bold: true; color: Theme.text }
        ListView {
            id: list
            objectName: "myCover"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: page.backend.revision >= 0 ? page.backend.myCover() : []
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                required property var modelData
                width: ListView.view.width
                spacing: 0
                Label { text: modelData.mission + " · " + modelData.firstDay + " – " + modelData.lastDay; font.bold: true; color: Theme.text }
                Label {
                    text: !modelData.highRisk ? qsTr("Not a high-risk tour: no insurance is required.")
                          : modelData.firstUncovered ? qsTr("High-risk: not insured from %1. Ask the international cooperation staff.").arg(modelData.firstUncovered)
                          : qsTr("High-risk: insured on every day.")
                    color: modelData.highRisk && modelData.firstUncovered ? Theme.danger : Theme.textMuted
                }
                Repeater {
                    model: modelData.covered
                    Label { required property string modelData; text: modelData; color: Theme.text; font.pixelSize: Theme.fontSmall }
                }
            }
            EmptyState { anchors.centerIn: parent; visible: list.count === 0; text: qsTr("You have no tour.") }
        }
    }
}
