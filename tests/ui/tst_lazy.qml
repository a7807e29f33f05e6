import QtQuick
import QtQuick.Controls
import QtTest
import Contingent.Ui

Item {
    id: container
    width: 400
    height: 300

    property int made: 0

    Component {
        id: lazyDialog
        Lazy {
            component: Dialog {
                objectName: "lazyMade"
                anchors.centerIn: Overlay.overlay
                title: "Made"
                Component.onCompleted: container.made += 1
            }
        }
    }
    Component {
        id: brokenLazy
        Lazy {
            component: Component {
                Item { required property int needed }
            }
        }
    }

    TestCase {
        name: "Lazy"
        when: windowShown

        function init() {
            container.made = 0
        }

        function test_madeOnFirstGetThenKept() {
            const lazy = createTemporaryObject(lazyDialog, container)
            verify(lazy.lazy)
            compare(lazy.item, null)
            compare(findChild(lazy, "lazyMade"), null)
            compare(container.made, 0)
            const dialog = lazy.get()
            verify(dialog)
            compare(container.made, 1)
            compare(lazy.item, dialog)
            compare(findChild(lazy, "lazyMade"), dialog)
            compare(lazy.get(), dialog)
            compare(container.made, 1)
            dialog.open()
            tryVerify(() => dialog.opened)
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        function test_whatCannotBeMadeIsNullWithAWarning() {
            const lazy = createTemporaryObject(brokenLazy, container)
            ignoreWarning(/Lazy: /)
            compare(lazy.get(), null)
            compare(lazy.item, null)
        }
    }
}
