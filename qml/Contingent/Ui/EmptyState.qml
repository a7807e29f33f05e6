// EmptyState: a centred message shown in place of an empty list or table.
//
// Properties: title (string, bold headline), text (string, explanation),
//             actionText (string; a button is shown only when non-empty).
// Signals:    actionTriggered() when the button is pressed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: root

    property string title
    property string text
    property string actionText

    signal actionTriggered()

    implicitWidth: column.implicitWidth + 2 * Theme.spacingLarge
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge

    ColumnLayout {
        id: column

        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 2 * Theme.spacingLarge)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            visible: root.title.length > 0
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }

        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            visible: root.text.length > 0
            text: root.text
            color: Theme.textMuted
            font.pixelSize: Theme.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }

        Button {
            objectName: "emptyStateAction"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingSmall
            visible: root.actionText.length > 0
            text: root.actionText
            onClicked: root.actionTriggered()
        }
    }
}
