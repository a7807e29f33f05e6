// The navigation rail: Home, each page the role may see (in the plugins'
// order), and at the bottom the Plugins page and About. Up/Down and Return
// navigate when it has focus; each entry shows its Ctrl+N shortcut.
//
//   shell       the ShellBackend
//   currentKey  the page on show (highlighted)
//   compact     icons only (narrow windows); titles move to tooltips
//   keys        readonly: page keys in rail order ("home", ..., "plugins")
//   pageRequested(key), aboutRequested()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Rectangle {
    id: rail
    objectName: "rail"

    required property QtObject shell
    property string currentKey
    property bool compact: false
    readonly property var keys: {
        const list = ["home"]
        const pages = rail.shell.pages
        for (let i = 0; i < pages.count; ++i)
            list.push(pages.get(i).key)
        if (rail.shell.mayOpen("audit"))
            list.push("audit")
        list.push("plugins")
        return list
    }

    signal pageRequested(string key)
    signal aboutRequested()

    /// The widest title an entry shows (bold, as when highlighted): the rail grows to fit it,
    /// up to 320 pixels; a title longer still is elided, with the whole of it in a tooltip.
    property real widestTitle: 0
    /// The widest title of the last run (in this language): the width the rail has while the
    /// plugins load (the window opens before them), so that it does not widen once they are in.
    property real rememberedTitleWidth: 0
    readonly property real titleWidth: rail.shell.pluginsReady
                                       ? rail.widestTitle
                                       : Math.max(rail.widestTitle, rail.rememberedTitleWidth)

    implicitWidth: rail.compact ? 64 : Math.min(320, Math.max(220, rail.titleWidth + 118))
    color: Theme.surfaceAlt

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    component RailEntry: ItemDelegate {
        id: entry
        required property string key
        required property string label
        required property url iconSource
        property string shortcutText: ""

        Layout.fillWidth: true
        implicitHeight: 40
        highlighted: rail.currentKey === entry.key
        focusPolicy: Qt.StrongFocus
        Accessible.name: entry.label
        ToolTip.visible: (rail.compact || title.truncated) && entry.hovered
        ToolTip.text: entry.shortcutText ? entry.label + " (" + entry.shortcutText + ")" : entry.label
        onClicked: rail.pageRequested(entry.key)
        Keys.onReturnPressed: rail.pageRequested(entry.key)
        Keys.onEnterPressed: rail.pageRequested(entry.key)

        background: Rectangle {
            color: entry.highlighted ? Theme.accentSoft
                 : entry.hovered ? Theme.surface : "transparent"
            radius: Theme.radius
            border.width: entry.visualFocus ? 2 : 0
            border.color: Theme.accent
            Rectangle {
                visible: entry.highlighted
                width: 3
                radius: 1
                height: parent.height - 12
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.accent
            }
        }
        contentItem: RowLayout {
            spacing: Theme.spacing + 2
            Image {
                source: entry.iconSource
                sourceSize: Qt.size(20, 20)
                Layout.preferredWidth: 20
                Layout.preferredHeight: 20
                Layout.leftMargin: rail.compact ? 10 : 6
                opacity: entry.highlighted ? 1 : 0.8
            }
            Text {
                id: title
                objectName: "railTitle:" + entry.key
                visible: !rail.compact
                text: entry.label
                elide: Text.ElideRight
                font.bold: entry.highlighted
                color: entry.highlighted ? Theme.accent : Theme.text
                Layout.fillWidth: true
                TextMetrics {
                    id: boldTitle
                    font.family: title.font.family
                    font.pixelSize: title.font.pixelSize
                    font.bold: true
                    text: entry.label
                    onAdvanceWidthChanged: rail.widestTitle = Math.max(rail.widestTitle, advanceWidth)
                    Component.onCompleted: rail.widestTitle = Math.max(rail.widestTitle, advanceWidth)
                }
            }
            Text {
                visible: !rail.compact && entry.shortcutText !== ""
                text: entry.shortcutText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingLarge
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing
            Rectangle {
                Layout.leftMargin: rail.compact ? 8 : 4
                width: 32
                height: 32
                radius: 8
                color: Theme.accent
                Text {
                    anchors.centerIn: parent
                    text: "C"
                    color: Theme.accentText
                    font.bold: true
                    font.pixelSize: 18
                }
            }
            ColumnLayout {
                visible: !rail.compact
                spacing: 0
                Text {
                    text: qsTr("Contingent")
                    font.bold: true
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                }
                Text {
                    text: rail.shell.demo ? qsTr("Demo store") : qsTr("Deployment planning")
                    color: rail.shell.demo ? Theme.warning : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        RailEntry {
            key: "home"
            label: qsTr("Home")
            iconSource: "qrc:/Contingent/Shell/icons/home.png"
            shortcutText: "Ctrl+1"
        }
        Repeater {
            model: rail.shell.pages
            delegate: RailEntry {
                required property int index
                required property string title
                required property string iconUrl
                label: title
                iconSource: iconUrl
                shortcutText: index + 2 <= 9 ? "Ctrl+" + (index + 2) : ""
            }
        }
        Item { Layout.fillHeight: true }
        Rectangle {
            Layout.fillWidth: true
            height: 1
            color: Theme.border
        }
        RailEntry {
            key: "audit"
            visible: rail.keys.indexOf("audit") >= 0
            label: qsTr("Audit log")
            iconSource: "qrc:/Contingent/Shell/icons/shield.png"
            // Not while the plugins load: their pages come before it.
            shortcutText: rail.shell.pluginsReady && rail.keys.length - 1 <= 9
                          ? "Ctrl+" + (rail.keys.length - 1) : ""
        }
        RailEntry {
            key: "plugins"
            label: qsTr("Plugins")
            iconSource: "qrc:/Contingent/Shell/icons/plugins.png"
            shortcutText: rail.shell.pluginsReady && rail.keys.length <= 9
                          ? "Ctrl+" + rail.keys.length : ""
        }
        ItemDelegate {
            id: aboutEntry
            Layout.fillWidth: true
            implicitHeight: 40
            text: rail.compact ? "" : qsTr("About and help")
            icon.source: "qrc:/Contingent/Shell/icons/info.png"
            icon.width: 20
            icon.height: 20
            icon.color: "transparent"
            leftPadding: rail.compact ? 16 : 12
            ToolTip.visible: aboutEntry.hovered
            ToolTip.text: qsTr("About and keyboard shortcuts (F1)")
            background: Rectangle {
                color: aboutEntry.hovered ? Theme.surface : "transparent"
                radius: Theme.radius
                border.width: aboutEntry.visualFocus ? 2 : 0
                border.color: Theme.accent
            }
            onClicked: rail.aboutRequested()
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Layout.leftMargin: rail.compact ? 10 : 6
            spacing: Theme.spacing
            Image {
                source: "qrc:/Contingent/Shell/icons/person.png"
                sourceSize: Qt.size(18, 18)
            }
            ColumnLayout {
                visible: !rail.compact
                spacing: 0
                Layout.fillWidth: true
                Text {
                    text: rail.shell.userName
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    color: Theme.text
                }
                Text {
                    text: rail.shell.roleTitle
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
