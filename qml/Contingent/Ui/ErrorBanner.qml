// ErrorBanner: a strip across the top of a page or window listing messages.
//
// Properties: messages (JS array of strings or of objects {text, detail}),
//             tone (string: "danger" (default) or "warning"),
//             expanded (bool: the full list is shown; toggled by "Details").
// Signals:    dismissed() when the close button is pressed.
// The banner is visible, and takes height, only while messages is non-empty.
// Text is wrapped and selectable so long refusal reasons can be read and copied.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    property var messages: []
    property string tone: "danger"
    property bool expanded: false

    signal dismissed()

    // A JS array, or a list from C++ (a QStringList is a sequence, not an Array).
    readonly property int count: root.messages && root.messages.length > 0 ? root.messages.length : 0
    readonly property string effectiveTone: root.tone === "warning" ? "warning" : "danger"

    function messageText(entry: var): string {
        if (entry === null || entry === undefined)
            return ""
        if (typeof entry === "object")
            return entry.detail ? qsTr("%1: %2").arg(entry.text || "").arg(entry.detail)
                                : String(entry.text || "")
        return String(entry)
    }

    visible: root.count > 0
    implicitHeight: root.visible ? layout.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.toneSoftColor(root.effectiveTone)
    border.color: Theme.toneColor(root.effectiveTone)
    border.width: 1
    radius: Theme.radius

    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.count > 0 ? root.messageText(root.messages[0]) : ""

    onCountChanged: if (root.count <= 1) root.expanded = false

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall

            TextEdit {
                objectName: "errorBannerFirst"
                Layout.fillWidth: true
                visible: !root.expanded
                text: root.count > 0 ? root.messageText(root.messages[0]) : ""
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: Theme.text
                font.pixelSize: Theme.font
            }

            Label {
                objectName: "errorBannerMore"
                visible: !root.expanded && root.count > 1
                text: qsTr("and %n more", "", root.count - 1)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }

            Repeater {
                model: root.expanded ? root.messages : []

                delegate: TextEdit {
                    id: messageLine

                    required property var modelData

                    Layout.fillWidth: true
                    text: "\u2022 " + root.messageText(messageLine.modelData)
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.font
                }
            }
        }

        Button {
            objectName: "errorBannerDetails"
            Layout.alignment: Qt.AlignTop
            visible: root.count > 1
            flat: true
            text: root.expanded ? qsTr("Hide details") : qsTr("Details")
            onClicked: root.expanded = !root.expanded
        }

        ToolButton {
            objectName: "errorBannerClose"
            Layout.alignment: Qt.AlignTop
            text: "\u2715"
            Accessible.name: qsTr("Dismiss")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Dismiss")
            onClicked: root.dismissed()
        }
    }
}
