// The Contingent window: a navigation rail, an error banner, and the page area.
// Pages are created on first visit and kept; switching back only shows them.
//
// Set by C++ (initial property):
//   shell: the ShellBackend (user, pages, cards, plugins, problems).
//   railTitleWidth: the rail's widest title in the last run (the rail's width while the
//                   plugins load); measuredRailTitleWidth is this run's, saved at the end.
// Called by C++ (self-test, screenshots, --page):
//   showPage(key): bool   opens "home", "plugins" or "<plugin>/<page>"; refuses
//                         (and says so in the banner) what the role may not see.
//   openAbout(), closeAbout(), aboutVisible(): bool
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Contingent.Ui

ApplicationWindow {
    id: root

    required property QtObject shell
    /// The page on show.
    property string currentKey: "home"
    /// Keys in rail order: what Ctrl+1..9 reach.
    readonly property var pageKeys: rail.keys
    /// The rail's widest title: remembered (C++ saves it) for the next start's first frame.
    property real railTitleWidth: 0
    readonly property real measuredRailTitleWidth: rail.widestTitle

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    title: root.shell.demo ? qsTr("Contingent — demo store") : qsTr("Contingent")
    color: Theme.window

    function showPage(key) {
        if (!root.shell.mayOpen(key)) {
            root.shell.reportProblem(qsTr("The page “%1” is not available to you.").arg(key))
            return false
        }
        root.currentKey = key
        return true
    }
    function openAbout() {
        if (!about.item)
            about.setSource("AboutDialog.qml", { shell: root.shell })
        about.item.open()
    }
    function aboutVisible() {
        return about.item !== null && about.item.visible
    }
    function closeAbout() {
        if (about.item)
            about.item.close()
    }

    Shortcut {
        sequences: ["Ctrl+Q"]
        context: Qt.ApplicationShortcut
        onActivated: Qt.quit()
    }
    Shortcut {
        sequence: "F1"
        context: Qt.ApplicationShortcut
        onActivated: root.openAbout()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.shell.registered
        onActivated: pageArea.focusFilter()
    }
    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index
            sequence: "Ctrl+" + (index + 1)
            enabled: root.shell.registered && index < root.pageKeys.length
            onActivated: root.showPage(root.pageKeys[index])
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: root.shell.registered

        NavigationRail {
            id: rail
            Layout.fillHeight: true
            shell: root.shell
            currentKey: root.currentKey
            rememberedTitleWidth: root.railTitleWidth
            compact: root.width < 1100
            onPageRequested: key => root.showPage(key)
            onAboutRequested: root.openAbout()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Loaded by URL, like the pages below, so that start-up does not
            // even compile what it does not show.
            Loader {
                Layout.fillWidth: true
                active: root.shell.problems.length > 0
                visible: active
                source: "qrc:/Contingent/Ui/ErrorBanner.qml"
                onLoaded: {
                    item.messages = Qt.binding(() => root.shell.problems)
                    item.dismissed.connect(root.shell.dismissProblems)
                }
            }

            Item {
                id: pageArea
                Layout.fillWidth: true
                Layout.fillHeight: true

                function focusFilter() {
                    for (let i = 0; i < pageRepeater.count; ++i) {
                        const host = pageRepeater.itemAt(i)
                        if (host && host.current)
                            host.focusFilter()
                    }
                }

                // Home (and its cards' data) is made when first shown, so a window made
                // on another page (--page, the last page) does not wait for it; then kept.
                Loader {
                    readonly property bool shown: root.currentKey === "home"
                    anchors.fill: parent
                    visible: shown
                    active: false
                    onShownChanged: if (shown) active = true
                    Component.onCompleted: if (shown) active = true
                    sourceComponent: HomePage {
                        shell: root.shell
                        onPageRequested: key => root.showPage(key)
                    }
                }
                // Made on their first visit (the window may also open on them: --page).
                Loader {
                    id: auditPage
                    function make() { if (visible && !item) setSource("AuditPage.qml", { audit: root.shell.audit }) }
                    anchors.fill: parent
                    visible: root.currentKey === "audit"
                    onVisibleChanged: make()
                    Component.onCompleted: make()
                }
                Loader {
                    function make() { if (visible && !item) setSource("PluginsPage.qml", { shell: root.shell }) }
                    anchors.fill: parent
                    visible: root.currentKey === "plugins"
                    onVisibleChanged: make()
                    Component.onCompleted: make()
                }
                // One host per page, made on the page's first visit (the window may also open
                // on it: --page): start-up makes only the page it shows.
                Repeater {
                    id: pageRepeater
                    model: root.shell.pages
                    delegate: Loader {
                        id: hostLoader
                        required property string key
                        required property string title
                        required property url source
                        required property var backend
                        required property string pluginId
                        readonly property bool current: root.currentKey === key
                        function focusFilter() {
                            if (item)
                                item.focusFilter()
                        }
                        anchors.fill: parent
                        visible: current
                        active: false
                        onCurrentChanged: if (current) active = true
                        Component.onCompleted: if (current) active = true
                        sourceComponent: PageHost {
                            pageKey: hostLoader.key
                            pageTitle: hostLoader.title
                            pageSource: hostLoader.source
                            pageBackend: hostLoader.backend
                            current: hostLoader.current
                            onFailed: message => root.shell.reportPageError(hostLoader.key, message)
                        }
                    }
                }
            }
        }
    }

    // Created only when needed: start-up pays for what the first frame shows.
    Loader {
        anchors.fill: parent
        Component.onCompleted: if (!root.shell.registered) setSource("NotRegisteredPage.qml", { shell: root.shell })
    }
    Loader {
        id: about
        anchors.centerIn: parent
    }
}
