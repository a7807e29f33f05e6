// Renders the shell's SVG icons to 40x40 PNGs (2x the 20 px they show at), so
// the window needs no SVG plugin at start-up. Run from the repository root:
//   QT_QPA_PLATFORM=offscreen /usr/lib/qt6/bin/qml scripts/render-icons.qml -- home people ...
import QtQuick

Window {
    id: w
    readonly property string dir: Qt.resolvedUrl("../qml/Contingent/Shell/icons/")
    readonly property var names: Qt.application.arguments.slice(Qt.application.arguments.indexOf("--") + 1)
    property int index: 0

    width: 48
    height: 48
    visible: true
    color: "transparent"

    function next() {
        if (w.index >= w.names.length) {
            Qt.quit()
            return
        }
        icon.source = w.dir + w.names[w.index] + ".svg"
        icon.grabToImage(function(result) {
            result.saveToFile(w.dir.toString().replace("file://", "") + w.names[w.index] + ".png")
            w.index++
            w.next()
        }, Qt.size(40, 40))
    }

    Image {
        id: icon
        width: 40
        height: 40
        sourceSize: Qt.size(40, 40)
    }
    Component.onCompleted: next()
}
