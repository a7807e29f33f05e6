// TourExpenses: the tours on the left (filter by officer, service number or
// mission; an officer sees their own), and the chosen tour on the right: its
// entitlements forecast month by month, each with its rate and legal basis,
// the totals per category, its terms, and its claims with "New claim…".
//
//   backend   ExpensesBackend
//   reported(result, okText)  after a write, for the page's status line
//   focusFilter()
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

RowLayout {
    id: root

    property QtObject backend
    property var tourList: root.backend.revision >= 0 ? root.backend.tours(filter.text) : []
    property int tourId: 0
    readonly property var detail: root.tourId > 0 && root.backend.revision >= 0 ? root.backend.tour(root.tourId) : ({ ok: false })
    signal reported(var result, string okText)

        function focusFilter() { filter.forceActiveFocus() }
    // The list is read again after every change: keep the chosen tour chosen, and none when
    // none is (once the view has taken the new list: it makes its first row current).
    onTourListChanged: Qt.callLater(() => tourView.currentIndex = root.tourList.findIndex(t => t.id === root.tourId))

    spacing: Theme.spacingLarge

    ColumnLayout {
        Layout.preferredWidth: 300
        Layout.fillHeight: true
        TextField { id: filter; objectName: "tourFilter"; placeholderText: root.backend.isOfficer ? qsTr("Filter your tours") : qsTr("Officer, service number or mission (Ctrl+F)"); Layout.fillWidth: true; Keys.onDownPressed: tourView.forceActiveFocus() }
        ListView {
            id: tourView
            objectName: "tourList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.tourList
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}
                        onCurrentIndexChanged: if (activeFocus && currentIndex >= 0 && currentIndex < count) root.tourId = root.tourList[currentIndex].id
            delegate: ListRow {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: { tourView.currentIndex = index; root.tourId = modelData.id }
                contentItem: ColumnLayout {
                    spacing: 0
                    Label { text: row.modelData.label; color: Theme.text; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label { text: row.modelData.detail + " · " + row.modelData.status; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true }
                }
            }
            EmptyState { anchors.centerIn: parent; visible: tourView.count === 0; text: filter.text ? qsTr("No tour matches.") : qsTr("No tours yet.") }
        }
    }

    ScrollView {
        id: scroller
        // Its own size, not its content's: the content is as wide as the
        // view, and a size that followed it would never settle.
        implicitWidth: 600
        implicitHeight: 400
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: availableWidth
        contentHeight: detailColumn.implicitHeight

        ColumnLayout {
            id: detailColumn
            width: scroller.availableWidth
            spacing: Theme.spacing

            // A Label, not an EmptyState: its width follows its text, which
            // would send this layout round in a polish loop.
            Label { objectName: "chooseTour"; visible: !root.detail.ok; text: qsTr("Choose a tour to see what it will cost and what was claimed."); color: Theme.textMuted; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.topMargin: 40 }

            ColumnLayout {
                visible: root.detail.ok === true
                Layout.fillWidth: true
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    Label { objectName: "tourTitle"; text: root.detail.title || ""; font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                    StatusBadge { visible: root.detail.highRisk === true; text: qsTr("high risk"); tone: "danger" }
                    StatusBadge { text: root.detail.status || ""; tone: "info" }
                }
                Label { text: qsTr("Host country: %1").arg(root.detail.country || qsTr("not recorded")); color: Theme.textMuted }

                GridLayout {
                    visible: !root.backend.isOfficer
                    columns: 2
                    columnSpacing: Theme.spacing
                    CheckBox {
                        Layout.columnSpan: 2
                        id: relocates
                        objectName: "relocates"
                        text: qsTr("Relocates (moving expenses, Art. 79)")
                        checked: root.detail.relocates === true
                        enabled: root.backend.canEdit
                        onToggled: root.reported(root.backend.setTerms(root.tourId, checked, payer.currentValue), qsTr("Terms saved."))
                    }
                    Label { text: qsTr("Daily allowance paid by"); color: Theme.text }
                    ComboBox {
                        id: payer
                        objectName: "payer"
                        enabled: root.backend.canEdit
                        textRole: "text"
                        valueRole: "value"
                        model: [{ value: "mission", text: root.detail.missionPays ? qsTr("the mission's rule (the organisation)") : qsTr("the mission's rule (the police)") },
                                { value: "no", text: qsTr("the police (national rates)") },
                                { value: "yes", text: qsTr("the organisation") }]
                        currentIndex: root.detail.organisationPays === "no" ? 1 : root.detail.organisationPays === "yes" ? 2 : 0
                        onActivated: root.reported(root.backend.setTerms(root.tourId, relocates.checked, currentValue), qsTr("Terms saved."))
                        Layout.fillWidth: true
                        Layout.maximumWidth: 320
                    }
                }

                Label { text: qsTr("Forecast"); font.bold: true; color: Theme.text; Layout.topMargin: Theme.spacing }
                // A Grid, not a Flow: a Flow's height follows its width, which
                // sends the layout round in a polish loop.
                // As many columns of forecast as the detail's width holds (up to four): four
                // fixed ones were wider than the window's default size leaves it, and took the
                // title's badges and "New claim…" out of view with them.
                Grid {
                    id: forecast
                    objectName: "forecast"
                    readonly property int cellWidth: 165
                    columns: Math.max(1, Math.min(4, Math.floor((detailColumn.width + columnSpacing) / (cellWidth + columnSpacing))))
                    columnSpacing: Theme.spacingLarge * 2
                    rowSpacing: Theme.spacing
                    Repeater {
                        model: root.detail.categories || []
                        delegate: Column {
                            required property var modelData
                            width: forecast.cellWidth
                            Label { text: modelData.name; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; width: parent.width; elide: Text.ElideRight }
                            Label { text: modelData.amount; color: Theme.text; font.bold: true; width: parent.width; elide: Text.ElideRight }
                            Label { text: modelData.basis; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; width: parent.width; elide: Text.ElideRight }
                        }
                    }
                    Column {
                        width: forecast.cellWidth
                        Label { text: qsTr("Total"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label { objectName: "tourTotal"; text: root.detail.total || ""; color: Theme.accent; font.bold: true; font.pixelSize: Theme.fontTitle }
                    }
                }
                Label {
                    objectName: "rateWarning"
                    visible: (root.detail.missingRates || 0) > 0 || (root.detail.unconfirmedRates || 0) > 0
                    text: ((root.detail.missingRates || 0) > 0 ? qsTr("%n line(s) have no rate and count as nothing.", "", root.detail.missingRates || 0) + " " : "")
                          + ((root.detail.unconfirmedRates || 0) > 0 ? qsTr("Rates marked * are not confirmed.") : "")
                    color: Theme.warning
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    Label { text: qsTr("Claims"); font.bold: true; color: Theme.text; Layout.fillWidth: true }
                    Button {
                        objectName: "newClaim"
                        text: qsTr("New claim…")
                        visible: root.backend.canEdit || root.backend.isOfficer
                        onClicked: claimForm.get().openFor(root.tourId, root.detail.title, root.detail.firstDay, root.detail.lastDay)
                    }
                }
                ClaimList {
                    objectName: "tourClaims"
                    backend: root.backend
                                        tourId: root.tourId > 0 ? root.tourId : -1
                    stateFilter: ""
                    compact: true
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(120, Math.min(400, contentCount * 56 + 50))
                    onReported: (result, okText) => root.reported(result, okText)
                }
                Button {
                    id: linesToggle
                    objectName: "showLines"
                    property bool shown: false
                    flat: true
                    text: linesToggle.shown ? qsTr("Hide the month-by-month lines")
                                            : qsTr("Show the forecast month by month (%n line(s))", "", (root.detail.lines || []).length)
                    onClicked: linesToggle.shown = !linesToggle.shown
                }
                Column {
                    objectName: "forecastLines"
                    visible: linesToggle.shown
                    Layout.fillWidth: true
                    Repeater {
                        model: root.detail.lines || []
                        delegate: Rectangle {
                            id: line
                            required property var modelData
                            required property int index
                            width: parent.width
                            height: Theme.rowHeight
                            color: index % 2 ? Theme.surfaceAlt : Theme.surface
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: Theme.spacing
                                anchors.rightMargin: Theme.spacing
                                spacing: Theme.spacing
                                Label { text: line.modelData.month; color: Theme.textMuted; Layout.preferredWidth: 56 }
                                Label { text: line.modelData.category; color: Theme.text; Layout.preferredWidth: 125; elide: Text.ElideRight }
                                Label { text: line.modelData.rate; color: line.modelData.missing ? Theme.warning : Theme.textMuted; Layout.preferredWidth: 215; elide: Text.ElideRight; ToolTip.text: text; ToolTip.visible: rateHover.hovered && truncated; HoverHandler { id: rateHover } }
                                Label { text: line.modelData.amount; color: line.modelData.missing ? Theme.warning : Theme.text; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 90 }
                                Label { text: line.modelData.note + (line.modelData.basis ? (line.modelData.note ? " · " : "") + line.modelData.basis : ""); color: line.modelData.missing ? Theme.warning : Theme.textMuted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true }
                            }
                        }
                    }
                }

            }
        }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the view.
    Lazy {
        id: claimForm
        component: ClaimForm { backend: root.backend; onSaved: id => root.reported({ ok: true }, qsTr("Claim %1 submitted.").arg(id)) }
    }
}
