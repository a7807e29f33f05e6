// What a login with no account in the store sees, and nothing else.
//
//   shell   the ShellBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Rectangle {
    id: page

    required property QtObject shell

    color: Theme.window

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 80)
        spacing: Theme.spacingLarge

        Image {
            source: "qrc:/Contingent/Shell/icons/lock.png"
            sourceSize: Qt.size(48, 48)
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "notRegisteredTitle"
            text: qsTr("You are not registered")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("The login “%1” has no account in the store %2, so Contingent shows nothing of it. Ask an administrator to register you; they run:")
                  .arg(page.shell.userLogin).arg(page.shell.storePath)
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.text
            Layout.fillWidth: true
        }
        TextField {
            objectName: "registerCommand"
            text: page.shell.registerCommand
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Quit")
            Layout.alignment: Qt.AlignHCenter
            onClicked: Qt.quit()
        }
    }
}
