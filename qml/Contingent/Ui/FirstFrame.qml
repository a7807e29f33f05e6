// FirstFrame: tells a page or card when the window it is in has shown its first frame,
// so that what reads the data (a big store's lists and counts) waits until the page is on
// screen, with a busy indicator meanwhile (issue #16).
//
// Read-only:  shown (bool: false until the window's first frame is out; then true for good).
// It turns true in a call queued after the window's frameSwapped signal, not inside it, so
// whoever else waits for the frame (the start-up measurement among them) is told first.
import QtQuick

Item {
    id: root

    readonly property bool shown: root.done
    property bool done: false

    visible: false

    Connections {
        target: root.Window.window
        enabled: !root.done
        function onFrameSwapped() { Qt.callLater(() => root.done = true) }
    }
}
