// Contingent's own file dialog behind a FileChooser (see FileChooser.qml),
// for platforms without one. Keyboard: the name field has the focus; Return
// accepts (or opens the folder typed or chosen); Escape cancels; Tab moves to
// the filter, the list and the folder path; in the list Return opens a folder
// or picks a file and Backspace goes up; Alt+Up goes up from anywhere.
import QtQuick
import Contingent.Ui
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.folderlistmodel

Dialog {
    id: dialog

    required property Item chooser
    property url folder
    property string message
    property bool messageIsError: false
    /// The file that exists and was named once already: a second accept replaces it.
    property url confirmedReplace

    function start(startFolder) {
        dialog.folder = startFolder
        dialog.message = ""
        dialog.confirmedReplace = ""
        name.text = dialog.chooser.saving ? dialog.chooser.suggestedName : ""
        filter.currentIndex = 0
        dialog.open()
    }
    function openFolder(target) {
        if (!LocalFiles.isFolder(target)) {
            dialog.showError(qsTr("There is no folder “%1”.").arg(LocalFiles.displayPath(target)))
            return
        }
        dialog.folder = target
        dialog.message = ""
        list.currentIndex = -1
    }
    function showError(text) {
        dialog.message = text
        dialog.messageIsError = true
    }
    function acceptName() {
        const typed = name.text.trim()
        if (typed === "") {
            dialog.showError(dialog.chooser.saving ? qsTr("Type a name for the file.")
                                                   : qsTr("Choose a file, or type its name."))
            name.forceActiveFocus()
            return
        }
        let target = LocalFiles.resolve(dialog.folder, typed)
        if (LocalFiles.isFolder(target)) {
            dialog.openFolder(target)
            name.text = dialog.chooser.saving ? dialog.chooser.suggestedName : ""
            return
        }
        if (dialog.chooser.saving) {
            const suffix = dialog.chooser.filterSuffix(filter.currentIndex)
            target = LocalFiles.resolve(dialog.folder, LocalFiles.withSuffix(typed, suffix))
            const folderOfTarget = LocalFiles.parentFolder(target)
            if (!LocalFiles.isWritableFolder(folderOfTarget)) {
                dialog.showError(qsTr("You cannot save in “%1”: choose another folder.")
                                 .arg(LocalFiles.displayPath(folderOfTarget)))
                return
            }
            if (LocalFiles.exists(target) && target.toString() !== dialog.confirmedReplace.toString()) {
                dialog.confirmedReplace = target
                dialog.message = qsTr("“%1” already exists. Press Replace (or Return) to overwrite it.")
                                 .arg(LocalFiles.displayPath(target))
                dialog.messageIsError = false
                return
            }
        } else if (!LocalFiles.exists(target)) {
            dialog.showError(qsTr("There is no file “%1”.").arg(LocalFiles.displayPath(target)))
            return
        }
        dialog.close()
        dialog.chooser.finish(target, filter.currentIndex)
    }
    function activate(index) {
        if (index < 0 || index >= files.count)
            return
        const url = files.get(index, "fileUrl")
        if (files.isFolder(index)) {
            dialog.openFolder(url)
        } else {
            name.text = files.get(index, "fileName")
            dialog.acceptName()
        }
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(520, parent ? parent.height - 40 : 520)
    modal: true
    focus: true
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape
    title: dialog.chooser.title
    onAboutToShow: name.forceActiveFocus()
    onOpened: {
        name.forceActiveFocus()
        const dot = name.text.lastIndexOf(".")
        name.select(0, dot > 0 ? dot : name.text.length)
    }
    onRejected: dialog.chooser.cancel()

    Shortcut {
        sequence: "Alt+Up"
        enabled: dialog.opened
        onActivated: dialog.openFolder(LocalFiles.parentFolder(dialog.folder))
    }

    FolderListModel {
        id: files
        folder: dialog.folder
        showDirsFirst: true
        showDotAndDotDot: false
        showHidden: false
        sortCaseSensitive: false
        nameFilters: {
            const pattern = /\(([^)]*)\)/.exec(String(dialog.chooser.nameFilters[filter.currentIndex] || ""))
            return pattern ? pattern[1].trim().split(/\s+/) : []
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        FileChooserFolderBar {
            Layout.fillWidth: true
            folder: dialog.folder
            onFolderRequested: (target) => dialog.openFolder(target)
        }

        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 1

            ListView {
                id: list
                objectName: "fileChooserList"
                anchors.fill: parent
                clip: true
                model: files
                currentIndex: -1
                activeFocusOnTab: true
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationWraps: false
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Files")
                Keys.onReturnPressed: dialog.activate(list.currentIndex)
                Keys.onEnterPressed: dialog.activate(list.currentIndex)
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_Backspace) {
                        dialog.openFolder(LocalFiles.parentFolder(dialog.folder))
                        event.accepted = true
                    }
                }
                onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
                onCurrentIndexChanged: {
                    if (currentIndex >= 0 && !files.isFolder(currentIndex) && list.activeFocus)
                        name.text = files.get(currentIndex, "fileName")
                }

                delegate: FileChooserEntry {
                    onPicked: (index, fileName, folder) => {
                        list.currentIndex = index
                        if (!folder)
                            name.text = fileName
                    }
                    onActivated: (index) => dialog.activate(index)
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: qsTr("No matching files in this folder.")
                    color: Theme.textMuted
                }
            }
        }

        Label {
            objectName: "fileChooserMessage"
            Layout.fillWidth: true
            visible: dialog.message !== ""
            text: dialog.message
            wrapMode: Text.Wrap
            color: dialog.messageIsError ? Theme.danger : Theme.warning
            Accessible.role: Accessible.AlertMessage
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Label {
                text: qsTr("File name")
            }
            TextField {
                id: name
                objectName: "fileChooserName"
                Layout.fillWidth: true
                focus: true
                selectByMouse: true
                Accessible.name: qsTr("File name")
                onTextEdited: {
                    dialog.message = ""
                    dialog.confirmedReplace = ""
                }
                onAccepted: dialog.acceptName()
                Keys.onDownPressed: list.forceActiveFocus()
            }
            Label {
                text: qsTr("Type")
            }
            ComboBox {
                id: filter
                objectName: "fileChooserFilter"
                Layout.fillWidth: true
                model: dialog.chooser.nameFilters
                Accessible.name: qsTr("Type")
                onActivated: {
                    // A save dialog's proposed name follows the chosen type.
                    const suffix = dialog.chooser.filterSuffix(filter.currentIndex)
                    const dot = name.text.lastIndexOf(".")
                    if (dialog.chooser.saving && suffix !== "" && dot > 0)
                        name.text = name.text.substring(0, dot + 1) + suffix
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "fileChooserCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "fileChooserAccept"
            text: dialog.confirmedReplace.toString() !== "" ? qsTr("Replace") : dialog.chooser.acceptText
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.acceptName()
        }
    }
}
