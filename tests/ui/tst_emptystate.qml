import QtQuick
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 400
    height: 300

    Component {
        id: emptyComponent
        EmptyState { anchors.fill: parent }
    }

    SignalSpy {
        id: actionSpy
        signalName: "actionTriggered"
    }

    TestCase {
        name: "EmptyState"
        when: windowShown

        function init() {
            failOnWarning(/./)
        }

        function test_noButtonWithoutActionText() {
            const empty = createTemporaryObject(emptyComponent, container,
                                                { title: "No officers", text: "Add one to start." })
            const button = findChild(empty, "emptyStateAction")
            verify(button)
            verify(!button.visible)
        }

        function test_actionButtonEmitsSignal() {
            const empty = createTemporaryObject(emptyComponent, container,
                                                { title: "No officers", actionText: "Add officer" })
            actionSpy.target = empty
            actionSpy.clear()
            const button = findChild(empty, "emptyStateAction")
            verify(button.visible)
            compare(button.text, "Add officer")
            mouseClick(button)
            compare(actionSpy.count, 1)
        }

        function test_contentIsCentred() {
            const empty = createTemporaryObject(emptyComponent, container, { title: "Nothing here" })
            const button = findChild(empty, "emptyStateAction")
            const centre = button.parent.mapToItem(empty, button.parent.width / 2, 0).x
            fuzzyCompare(centre, empty.width / 2, 1)
        }
    }
}
