// Every plugin the shell found: name, version, state, where it was loaded
// from, and the whole reason of any refusal (selectable, for bug reports).
//
//   shell   the ShellBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    required property QtObject shell

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacingLarge

        ColumnLayout {
            spacing: Theme.spacingSmall
            Label {
                text: qsTr("Plugins")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("%1 found, %2 refused.").arg(page.shell.plugins.count)
                                                   .arg(page.shell.plugins.refusedCount)
                color: Theme.textMuted
            }
        }

        EmptyState {
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("No plugins found")
            text: qsTr("Contingent looks in --plugin-dir folders, $CONTINGENT_PLUGIN_PATH and its own lib/contingent/plugins folder.")
        }

        ListView {
            id: list
            visible: list.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: page.shell.plugins
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}

            delegate: Pane {
                id: row
                required property int index
                required property string pluginId
                required property string name
                required property string version
                required property string description
                required property bool loaded
                required property string reason
                required property bool shipped
                required property string path

                width: ListView.view.width - 12
                padding: Theme.spacingLarge
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius * 2
                    border.color: row.ListView.isCurrentItem && list.activeFocus ? Theme.accent
                                                                                   : Theme.border
                }
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingSmall
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Label {
                            text: row.name
                            font.bold: true
                            font.pixelSize: Theme.fontTitle
                            color: Theme.text
                        }
                        Label {
                            text: row.version ? qsTr("version %1").arg(row.version) : ""
                            color: Theme.textMuted
                        }
                        StatusBadge {
                            text: row.loaded ? qsTr("loaded") : qsTr("refused")
                            tone: row.loaded ? "success" : "danger"
                        }
                        StatusBadge {
                            visible: row.shipped
                            text: qsTr("shipped")
                            tone: "neutral"
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            text: row.pluginId
                            color: Theme.textMuted
                            font.family: "monospace"
                        }
                    }
                    Label {
                        visible: row.description !== ""
                        text: row.description
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    TextEdit {
                        visible: !row.loaded
                        objectName: "refusalReason"
                        text: row.reason
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: Theme.danger
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.path
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideMiddle
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
