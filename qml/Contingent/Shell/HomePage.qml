// Home: a greeting, what this store is, and the cards the plugins contribute
// (each created once, in a frame with its title and a link to its page).
//
//   shell            the ShellBackend
//   pageRequested(key)  a card's "Open" link
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

ScrollView {
    id: home

    required property QtObject shell
    signal pageRequested(string key)
    /// The cards' content (and the data it reads) is made once the window has shown its
    /// first frame: Home comes up at once with each card's frame and a busy indicator.
    readonly property alias framed: firstFrame.shown

    contentWidth: availableWidth
    clip: true

    FirstFrame { id: firstFrame }

    ColumnLayout {
        width: home.availableWidth
        spacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingLarge * 2
            Layout.bottomMargin: 0
            spacing: Theme.spacingSmall
            Text {
                text: qsTr("Welcome, %1").arg(home.shell.userName)
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Text {
                text: qsTr("Today is %1. Store: %2").arg(home.shell.formatDate(home.shell.today))
                                                   .arg(home.shell.storePath)
                color: Theme.textMuted
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Text {
                visible: home.shell.demo
                text: qsTr("This is the demo store: every officer and tour in it is fictional.")
                color: Theme.warning
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }

        Loader {
            objectName: active ? "homeNoCards" : ""
            // Not while the plugins are still loading (the window opens before them).
            active: home.shell.pluginsReady && cardRepeater.count === 0
            visible: active
            Layout.fillWidth: true
            Layout.preferredHeight: 240
            source: "qrc:/Contingent/Ui/EmptyState.qml"
            onLoaded: {
                item.title = qsTr("Nothing on the dashboard yet")
                item.text = qsTr("Plugins add cards here. The plugins page lists what is loaded.")
                item.actionText = qsTr("Open the plugins page")
                item.actionTriggered.connect(() => home.pageRequested("plugins"))
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingLarge * 2
            Layout.rightMargin: Theme.spacingLarge * 2
            Layout.bottomMargin: Theme.spacingLarge * 2
            // As many 400-pixel columns as the page holds (not its own width: that follows them).
            columns: Math.max(1, Math.floor((home.availableWidth - Theme.spacingLarge * 4) / 400))
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingLarge

            Repeater {
                id: cardRepeater
                model: home.shell.cards
                delegate: Pane {
                    id: card
                    required property string key
                    required property string title
                    required property url source
                    required property var backend
                    required property string pageKey

                    Layout.fillWidth: true
                    Layout.maximumWidth: 460
                    // At least 180 pixels; a card with more to say grows (its row with it).
                    Layout.preferredHeight: Math.max(180, implicitHeight)
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop | Qt.AlignLeft
                    padding: Theme.spacingLarge
                    background: Rectangle {
                        color: Theme.surface
                        border.color: Theme.border
                        radius: Theme.radius * 2
                    }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                text: card.title
                                font.bold: true
                                font.pixelSize: Theme.fontTitle
                                color: Theme.text
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            // A link, not a Fusion button: six of these are on Home's first frame.
                            AbstractButton {
                                id: openLink
                                objectName: "cardOpen:" + card.key
                                visible: card.pageKey !== ""
                                text: qsTr("Open")
                                padding: Theme.spacing
                                focusPolicy: Qt.StrongFocus
                                Accessible.role: Accessible.Link
                                onClicked: home.pageRequested(card.pageKey)
                                Keys.onReturnPressed: clicked()
                                Keys.onEnterPressed: clicked()
                                contentItem: Text {
                                    text: openLink.text
                                    color: Theme.accent
                                    font.underline: openLink.hovered || openLink.visualFocus
                                }
                                background: Rectangle {
                                    color: openLink.down ? Theme.accentSoft : "transparent"
                                    radius: Theme.radius
                                    border.width: openLink.visualFocus ? 2 : 0
                                    border.color: Theme.accent
                                }
                            }
                        }
                        BusyIndicator {
                            visible: !cardHost.item && cardHost.errorText === ""
                            running: visible
                            Layout.alignment: Qt.AlignCenter
                        }
                        PageHost {
                            id: cardHost
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            compact: true
                            current: home.framed
                            pageKey: card.key
                            pageTitle: card.title
                            pageSource: card.source
                            pageBackend: card.backend
                            onFailed: message => home.shell.reportPageError(card.key, message)
                        }
                    }
                }
            }
        }
    }
}
