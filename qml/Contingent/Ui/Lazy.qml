// Lazy: holds a form, dialog or popup that is made the first time it is needed, then kept.
// A page made with all its forms pays for every field of every form before its first frame;
// with Lazy it pays when someone opens one (issue #16: the roster page's first frame went
// from 121 to 96 ms and 5 MiB with its five forms lazy).
//
//   component   (Component) what to make: write the form in place, `component: OfficerForm {...}`;
//               ids inside it reach the page's, the page's ids reach it only through get()
//   item        (read-only) what was made, or null until the first get()
//   get()       makes it if need be (a child of this Lazy, so it finds the page's window) and
//               returns it: `addForm.get().openFor(record)`
//   lazy        (read-only, true) tells the self-test, which opens every dialog, to make it
//
//   Lazy {
//       id: addForm
//       component: OfficerForm { objectName: "addOfficerForm"; backend: page.backend }
//   }
//   Button { onClicked: addForm.get().openFor(page.backend.newProfile()) }
import QtQuick

Item {
    id: root

    property Component component
    readonly property QtObject item: root.made
    readonly property bool lazy: true
    property QtObject made: null

    function get() {
        if (root.made === null && root.component !== null) {
            root.made = root.component.createObject(root)
            if (root.made === null)
                console.warn("Lazy: " + root.component.errorString())
        }
        return root.made
    }

    width: 0
    height: 0
}
