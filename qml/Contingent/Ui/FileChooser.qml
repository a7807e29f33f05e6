// FileChooser: a file dialog to open or save one file, created when opened.
// The platform's own dialog where there is one (GNOME, KDE); else Contingent's,
// which works by keyboard: the name field has the focus, Return accepts,
// Escape cancels, Tab reaches the filter, the list and the folder.
// Nothing of it is compiled until it is opened, so a missing runtime module
// (Qt.labs.folderlistmodel) switches file dialogs off instead of breaking pages.
//
// Properties: title, saving (bool: a save dialog), acceptText ("Save"/"Open"),
//             kind (string: the folder is remembered per kind, e.g. "roster"),
//             suggestedName (string: the proposed file name in save dialogs),
//             nameFilters (["CSV files (*.csv)", ...], as Qt's FileDialog),
//             formats (what each filter means, e.g. ["xlsx", "csv-excel", "csv"];
//             two filters may share an extension; default: their extensions).
// Read-only:  available (file dialogs work here), unavailableReason, opened,
//             selectedFile (url), selectedSuffix (the chosen file's extension,
//             else the chosen filter's), selectedFormat (the chosen filter's
//             format when the file has its extension, else the file's extension),
//             loadError, dialog (the loaded dialog).
// Signals:    accepted(), rejected().
// Functions:  open() -> bool, close().
import QtQuick
import Contingent.Ui
import QtQuick.Controls

Item {
    id: root

    property string title
    property bool saving: false
    property string acceptText: root.saving ? qsTr("Save") : qsTr("Open")
    property string kind
    property string suggestedName
    property var nameFilters: []
    property var formats: []

    readonly property bool fileChooser: true
    readonly property bool available: LocalFiles.dialogsAvailable
    readonly property string unavailableReason: LocalFiles.unavailableReason
    readonly property bool opened: loader.item !== null && loader.item.visible
    readonly property alias dialog: loader.item
    property url selectedFile
    property string selectedSuffix
    property string selectedFormat
    property string loadError

    signal accepted()
    signal rejected()

    visible: false

    /// The suffix of the first pattern of filter `index` ("csv"), or "".
    function filterSuffix(index) {
        const filter = root.nameFilters.length > index && index >= 0 ? String(root.nameFilters[index]) : ""
        const match = /\*\.([A-Za-z0-9]+)/.exec(filter)
        return match ? match[1].toLowerCase() : ""
    }
    /// Called by the loaded dialog.
    function finish(file, filterIndex) {
        root.selectedFile = file
        // The file's own extension when one of the filters offers it; else the chosen filter's.
        const own = LocalFiles.suffixOf(file.toString())
        const offered = root.nameFilters.some(f => String(f).toLowerCase().indexOf("*." + own) >= 0)
        const chosen = root.filterSuffix(filterIndex)
        root.selectedSuffix = own !== "" && offered ? own : chosen
        // "CSV for Excel" and "CSV" share .csv: the chosen filter tells them apart.
        root.selectedFormat = root.selectedSuffix === chosen && filterIndex >= 0
                && root.formats.length > filterIndex ? String(root.formats[filterIndex])
                                                     : root.selectedSuffix
        const folder = LocalFiles.parentFolder(file)
        LocalFiles.rememberFolder(root.kind, folder)
        root.accepted()
    }
    function cancel() {
        root.rejected()
    }
    function open() {
        if (!root.available) {
            root.loadError = root.unavailableReason
            console.warn("File dialog not available: " + root.unavailableReason)
            return false
        }
        if (loader.item === null) {
            loader.setSource(LocalFiles.nativeDialogs ? "NativeFileChooser.qml" : "FileChooserDialog.qml",
                             { chooser: root })
            if (loader.status !== Loader.Ready || loader.item === null) {
                root.loadError = qsTr("The file dialog could not be loaded.")
                return false
            }
        }
        root.loadError = ""
        loader.item.start(LocalFiles.folderFor(root.kind))
        return true
    }
    function close() {
        if (loader.item)
            loader.item.close()
    }

    Loader {
        id: loader
    }
}
