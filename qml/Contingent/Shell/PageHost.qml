// Creates one plugin page (or card) on first need and keeps it. A page whose
// QML fails to compile or to create shows the error in its place and emits
// failed(); the rest of the window keeps working.
//
//   pageKey, pageTitle  "<plugin>/<id>" and the title, for messages
//   pageSource          the page's QML URL (qrc:/...)
//   pageBackend         the plugin's backend object, set as the page's `backend`
//   current             shown now; the page is created the first time this is true
//   compact             a smaller error display, for dashboard cards
//   item                the created page, or null
//   errorText           why the page could not be created, or ""
//   focusFilter()       forwards Ctrl+F to the page when it has focusFilter()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: host

    property string pageKey
    property string pageTitle
    property url pageSource
    property var pageBackend: null
    property bool current: false
    property bool compact: false
    property Item item: null
    property string errorText: ""
    property bool completed: false

    signal failed(string message)

    objectName: (host.compact ? "cardHost:" : "pageHost:") + host.pageKey
    visible: current
    implicitHeight: host.item ? host.item.implicitHeight
                              : errorLoader.item ? errorLoader.item.implicitHeight : 0

    function create() {
        if (!host.completed || host.item !== null || host.errorText !== "")
            return
        const component = Qt.createComponent(host.pageSource)
        if (component === null) {
            fail(qsTr("no QML at “%1”").arg(host.pageSource))
            return
        }
        if (component.status !== Component.Ready) {
            fail(component.errorString() || qsTr("the page did not finish loading"))
            return
        }
        // Created at its final size: a view laid out at 0x0 sits "at the end"
        // and would make a lazy model fetch its next page at once.
        const page = component.createObject(host, { backend: host.pageBackend,
                                                    width: host.width, height: host.height })
        if (page === null) {
            fail(qsTr("the page could not be created (see the log)"))
            return
        }
        page.anchors.fill = host
        host.item = page
    }
    function fail(message) {
        host.errorText = message.trim()
        host.failed(host.errorText)
    }
    function focusFilter() {
        if (host.item && typeof host.item.focusFilter === "function")
            host.item.focusFilter()
    }

    onCurrentChanged: if (current) create()
    Component.onCompleted: {
        host.completed = true
        if (host.current)
            create()
    }

    // By URL: the error display is compiled only when a page fails.
    Loader {
        id: errorLoader
        anchors.fill: parent
        anchors.margins: host.compact ? Theme.spacing : Theme.spacingLarge * 2
        active: host.errorText !== ""
        Component.onCompleted: setSource("PageError.qml", { host: host })
    }
}
