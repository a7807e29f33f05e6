// About and help (F1): versions, the store, the user, and the keyboard shortcuts.
//
//   shell   the ShellBackend
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Dialog {
    id: dialog

    objectName: "aboutDialog"
    required property QtObject shell

    title: qsTr("About Contingent")
    modal: true
    // Over the whole window, centred: the loader it comes from has no size.
    parent: Overlay.overlay
    anchors.centerIn: parent
    // A scrim over the window (and the not-registered screen) behind the panel.
    Overlay.modal: Rectangle {
        color: Qt.rgba(0.07, 0.1, 0.15, 0.45)
    }
    width: Math.min(560, parent ? parent.width - 40 : 560)
    padding: Theme.spacingLarge * 1.5
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius * 2
    }
    header: Label {
        text: dialog.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        padding: Theme.spacingLarge * 1.5
        bottomPadding: 0
    }

    component Fact: RowLayout {
        id: fact
        required property string name
        required property string value
        Layout.fillWidth: true
        Label {
            text: fact.name
            color: Theme.textMuted
            Layout.preferredWidth: 190
        }
        Label {
            text: fact.value
            color: Theme.text
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            text: qsTr("Plans police deployments to international civilian missions.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            color: Theme.text
        }
        Fact { name: qsTr("Version"); value: dialog.shell.version }
        Fact { name: qsTr("Plugin SDK"); value: dialog.shell.sdkVersion }
        Fact { name: qsTr("Store"); value: dialog.shell.storePath }
        Fact {
            name: qsTr("Signed in as")
            value: dialog.shell.registered ? dialog.shell.userName + " (" + dialog.shell.roleTitle + ")"
                                           : dialog.shell.userLogin
        }

        Label {
            text: qsTr("Keyboard")
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.spacing
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: 2
            Label { text: "Ctrl+1 … Ctrl+9"; font.family: "monospace"; color: Theme.text }
            Label { text: qsTr("go to the page at that place in the rail"); color: Theme.text }
            Label { text: "Ctrl+F"; font.family: "monospace"; color: Theme.text }
            Label { text: qsTr("search or filter on the page"); color: Theme.text }
            Label { text: "F1"; font.family: "monospace"; color: Theme.text }
            Label { text: qsTr("this window"); color: Theme.text }
            Label { text: "Ctrl+Q"; font.family: "monospace"; color: Theme.text }
            Label { text: qsTr("quit"); color: Theme.text }
        }
        Label {
            text: qsTr("Icons after Feather (MIT licence). Every officer in the demo store is fictional.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
        }
    }

    footer: DialogButtonBox {
        padding: Theme.spacingLarge
        topPadding: 0
        background: null
        Button {
            objectName: "aboutClose"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
