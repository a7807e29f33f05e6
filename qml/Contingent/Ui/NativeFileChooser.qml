// The platform's file dialog behind a FileChooser (see FileChooser.qml).
import QtQuick
import Contingent.Ui
import QtQuick.Dialogs

FileDialog {
    id: dialog

    required property Item chooser

    function start(folder) {
        dialog.currentFolder = folder
        if (dialog.chooser.saving && dialog.chooser.suggestedName !== "")
            dialog.selectedFile = LocalFiles.resolve(folder, dialog.chooser.suggestedName)
        dialog.open()
    }

    title: dialog.chooser.title
    fileMode: dialog.chooser.saving ? FileDialog.SaveFile : FileDialog.OpenFile
    acceptLabel: dialog.chooser.acceptText
    nameFilters: dialog.chooser.nameFilters
    defaultSuffix: dialog.chooser.filterSuffix(dialog.selectedNameFilter.index)
    onAccepted: dialog.chooser.finish(dialog.selectedFile, dialog.selectedNameFilter.index)
    onRejected: dialog.chooser.cancel()
}
