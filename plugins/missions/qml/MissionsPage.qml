// Missions: the catalogue (filter by organisation, country, a year the mission
// ran in), the chosen mission's facts, its tours as a table and on a timeline.
// Planners and admins add and edit missions and tours, and import tours; staff
// export them.
//
//   backend   MissionsBackend
//   focusFilter()  Ctrl+F from the shell
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend
    property int missionId: -1
    property var mission: ({})
    property int tourId: -1
    property string status: ""
    property bool failed: false
    property string chosenCountry: ""
    /// The first mission (its facts, its tours: thousands on a big store) is chosen once the
    /// window has shown its first frame, so the page comes up at once (issue #16).
    readonly property alias framed: firstFrame.shown

    FirstFrame { id: firstFrame }
    onFramedChanged: if (page.framed && catalogue.rowCount > 0 && catalogue.currentRow < 0) catalogue.currentRow = 0

    function focusFilter() { catalogue.focusFilter() }
    function selectMission(row) {
        const key = page.backend.missions.keyAt(row)
        page.missionId = key === undefined ? -1 : key
        page.tourId = -1
        page.reload()
    }
    function reload() {
        // Its tours first: their list counts them, and mission() takes that count.
        page.backend.selectMission(page.missionId)
        page.mission = page.missionId >= 0 ? page.backend.mission(page.missionId) : ({})
        if (timeline.item)
            timeline.item.restart()
    }
    function applyFilters() {
        const error = page.backend.setFilters({
            organisation: organisation.currentIndex > 0 ? organisation.currentText : "",
            country: page.chosenCountry,
            year: year.text })
        year.ToolTip.text = error
        year.ToolTip.visible = error !== ""
    }
    function report(result, okText) {
        page.failed = !result.ok
        page.status = result.ok ? okText : result.message
        if (!result.ok && result.text) {
            problemsDialog.get().show(result.text)
        }
    }
    function tourAt(row) {
        const key = page.backend.tours.keyAt(row)
        return key === undefined ? -1 : key
    }

    Connections {
        target: page.backend
        function onChanged() {
            if (page.missionId >= 0)
                page.mission = page.backend.mission(page.missionId)
            // A new list of countries resets the box: keep the chosen one.
            country.currentIndex = Math.max(0, country.find(page.chosenCountry))
        }
    }
    // After a sort, filter or refresh a row holds another record: drop the
    // highlight rather than act on a tour the user is not looking at.
    Connections {
        target: page.backend.tours
        function onModelReset() { tours.currentRow = -1; page.tourId = -1 }
    }
    Connections {
        target: page.backend.missions
        function onModelReset() { catalogue.currentRow = -1 }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Missions")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("New mission…")
                visible: page.backend.canEdit
                onClicked: missionForm.get().openFor({})
            }
            FileChooserButton {
                text: qsTr("Import tours…")
                visible: page.backend.canEdit
                chooser: importPicker
            }
            FileChooserButton {
                text: qsTr("Export tours…")
                chooser: exportPicker
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Organisation"); color: Theme.textMuted }
            ComboBox {
                id: organisation
                objectName: "organisationFilter"
                model: [qsTr("All")].concat(page.backend.organisations)
                onActivated: page.applyFilters()
            }
            Label { text: qsTr("Country"); color: Theme.textMuted }
            ComboBox {
                id: country
                Layout.preferredWidth: 200
                model: [qsTr("All")].concat(page.backend.countries)
                onActivated: {
                    page.chosenCountry = country.currentIndex > 0 ? country.currentText : ""
                    page.applyFilters()
                }
            }
            Label { text: qsTr("Active in"); color: Theme.textMuted }
            TextField {
                id: year
                objectName: "yearFilter"
                placeholderText: qsTr("year")
                Layout.preferredWidth: 70
                inputMethodHints: Qt.ImhDigitsOnly
                onEditingFinished: page.applyFilters()
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            visible: page.status !== ""
            text: page.status
            color: page.failed ? Theme.danger : Theme.success
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            DataTable {
                id: catalogue
                objectName: "missionTable"
                SplitView.preferredWidth: page.width * 0.5
                SplitView.minimumWidth: 300
                model: page.backend.missions
                filterPlaceholder: qsTr("Filter missions (code, name, country…)")
                columnWidths: [104, 0, 70, 0, 104, 104, 70]
                sortColumn: 4 // by start, as the backend sorts them
                emptyText: qsTr("No mission matches the filters.")
                onCurrentRowChanged: if (catalogue.currentRow >= 0) page.selectMission(catalogue.currentRow)
                onFilterEdited: text => page.backend.missions.filter = text
                onActivated: (row) => {
                    page.selectMission(row)
                    if (page.backend.canEdit)
                        missionForm.get().openFor(page.mission)
                }
                // The first mission is shown from the start (once the first frame is out), not
                // an empty pane.
                Component.onCompleted: if (page.framed && catalogue.rowCount > 0) catalogue.currentRow = 0
            }

            ColumnLayout {
                SplitView.fillWidth: true
                spacing: Theme.spacing

                EmptyState {
                    visible: page.missionId < 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("No mission chosen")
                    text: qsTr("Choose a mission in the catalogue to see its tours.")
                }
                ColumnLayout {
                    visible: page.missionId >= 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.leftMargin: Theme.spacingLarge
                    spacing: Theme.spacingSmall

                    MissionFacts {
                        Layout.fillWidth: true
                        backend: page.backend
                        mission: page.mission
                        onEditRequested: missionForm.get().openFor(page.mission)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: page.backend.canEdit
                        Button {
                            text: qsTr("Add tour…")
                            onClicked: tourForm.get().openFor(page.backend.newTour(page.missionId))
                        }
                        Button {
                            text: qsTr("Edit tour…")
                            enabled: page.tourId >= 0
                            onClicked: tourForm.get().openFor(page.backend.tour(page.tourId))
                        }
                        Button {
                            text: qsTr("Remove tour")
                            enabled: page.tourId >= 0
                            onClicked: removeDialog.get().openFor(page.backend.tour(page.tourId))
                        }
                    }
                    TabBar {
                        id: tabs
                        TabButton { text: qsTr("Tours"); width: implicitWidth }
                        TabButton { text: qsTr("Timeline"); width: implicitWidth; objectName: "timelineTab" }
                    }
                    StackLayout {
                        currentIndex: tabs.currentIndex
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        DataTable {
                            id: tours
                            objectName: "tourTable"
                            model: page.backend.tours
                            filterPlaceholder: qsTr("Filter tours (officer, position…)")
                            columnWidths: [150, 115, 0, 115, 115, 90, 0, 0]
                            sortColumn: 3 // by first day, as the backend sorts them
                            emptyText: qsTr("No tours in this mission yet.")
                            onCurrentRowChanged: page.tourId = page.tourAt(tours.currentRow)
                            onFilterEdited: text => page.backend.tours.filter = text
                            onActivated: (row) => {
                                page.tourId = page.tourAt(row)
                                if (page.backend.canEdit && page.tourId >= 0)
                                    tourForm.get().openFor(page.backend.tour(page.tourId))
                            }
                        }
                        // Made (and read) when its tab is first shown, then kept and read
                        // again with the tours.
                        Loader {
                            id: timeline
                            objectName: "missionTimelineLoader"
                            active: false
                            onVisibleChanged: if (visible) active = true
                            sourceComponent: MissionTimeline {
                                backend: page.backend
                                missionId: page.missionId
                                Component.onCompleted: restart()
                            }
                        }
                    }
                }
            }
        }
    }

    // Forms and dialogs are made when first opened (Contingent.Ui's Lazy), not with the page.
    Lazy {
        id: missionForm
        component: MissionForm { backend: page.backend; onSaved: (id) => { page.missionId = id; page.reload() } }
    }
    Lazy {
        id: tourForm
        objectName: "tourFormLazy"
        component: TourForm { objectName: "tourForm"; backend: page.backend; onSaved: page.reload() }
    }
    Lazy {
        id: removeDialog
        component: Dialog {
            id: removeTour
            parent: Overlay.overlay
            anchors.centerIn: parent
            modal: true
            property var tour: ({})
            function openFor(t) { removeTour.tour = t; removeTour.open() }
            title: qsTr("Remove this tour?")
            standardButtons: Dialog.Yes | Dialog.No
            Label {
                text: qsTr("%1 (%2) in %3, %4 – %5.").arg(removeTour.tour.officer || "")
                      .arg(removeTour.tour.serviceNumber || "").arg(removeTour.tour.mission || "")
                      .arg(Theme.formatDate(removeTour.tour.firstDay || "")).arg(Theme.formatDate(removeTour.tour.lastDay || ""))
                      + "\n" + qsTr("The tour and its Art. 80 details are removed; the audit log keeps a record.")
            }
            onAccepted: {
                const result = page.backend.removeTour(removeTour.tour.id)
                page.report(result, qsTr("The tour was removed."))
                page.tourId = -1
                page.reload()
            }
        }
    }
    FileChooser {
        id: importPicker
        objectName: "tourImportPicker"
        title: qsTr("Import tours from an Excel, CSV or JSON file")
        kind: "tours"
        nameFilters: [qsTr("Tour files (*.xlsx *.csv *.json)")]
        onAccepted: {
            const r = page.backend.importTours(importPicker.selectedFile)
            page.report(r, qsTr("Imported: %1 added, %2 updated.").arg(r.added).arg(r.updated))
            page.reload()
        }
    }
    FileChooser {
        id: exportPicker
        objectName: "tourExportPicker"
        title: qsTr("Export the tours")
        saving: true
        kind: "tours"
        suggestedName: "tours-" + page.backend.today + ".xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)"), qsTr("CSV for Excel (*.csv)"),
                      qsTr("CSV, UTF-8 for tools (*.csv)"), qsTr("JSON files (*.json)")]
        formats: ["xlsx", "csv-excel", "csv", "json"]
        onAccepted: {
            // The file's own extension decides, and the chosen type between CSVs.
            const r = page.backend.exportTours(exportPicker.selectedFile, exportPicker.selectedFormat)
            page.report(r, qsTr("Exported the tours to %1.").arg(r.path))
        }
    }
    Lazy {
        id: problemsDialog
        component: ImportProblemsDialog {
            width: Math.min(720, page.width - 40)
            height: Math.min(480, page.height - 40)
        }
    }
}
