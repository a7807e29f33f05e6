// An officer's whole record in tabs: profile, languages and skills, documents,
// courses, unavailability. Editing opens the forms; read-only for viewers.
//
//   backend    RosterBackend
//   officerId  whose record (-1: none)
//   editable   show the edit, add and remove actions
//   reload()   re-reads the record (after a save)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Pane {
    id: detail

    property QtObject backend
    property int officerId: -1
    property bool editable: false
    property bool closable: false
    property var record: ({})
    readonly property bool hasRecord: detail.record.id !== undefined

    signal closed()

    /// A tab as wide as its title (a narrower record scrolls the bar).
    component FittedTab: TabButton {
        width: implicitWidth
        leftPadding: Theme.spacing + 2
        rightPadding: Theme.spacing + 2
    }

    function reload() {
        detail.record = detail.officerId >= 0 ? detail.backend.profile(detail.officerId) : ({})
    }
    function remove(kind, id) {
        const result = kind === "course" ? detail.backend.removeCourse(detail.officerId, id)
                                         : detail.backend.removeUnavailability(detail.officerId, id)
        if (!result.ok)
            removeError.text = Object.values(result.errors).join(" ")
        detail.reload()
    }

    onOfficerIdChanged: reload()
    Component.onCompleted: reload()
    Connections {
        target: detail.backend
        function onProfileChanged(id) { if (id === detail.officerId) detail.reload() }
    }

    padding: Theme.spacingLarge
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius * 2
    }

    EmptyState {
        anchors.fill: parent
        visible: !detail.hasRecord
        title: qsTr("No officer chosen")
        text: qsTr("Pick an officer in the table (Return opens the record).")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: detail.hasRecord
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "officerName"
                    text: detail.hasRecord ? detail.record.family_name + ", " + detail.record.given_name : ""
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: detail.hasRecord ? detail.record.service_number + " · " + (detail.record.rankTitle || detail.record.rank) : ""
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            StatusBadge {
                visible: detail.hasRecord && !detail.record.active
                text: qsTr("inactive")
                tone: "neutral"
            }
            StatusBadge {
                visible: detail.hasRecord
                text: detail.record.deployable ? qsTr("deployable") : qsTr("not deployable")
                tone: detail.record.deployable ? "success" : "danger"
            }
            Button {
                visible: detail.editable
                text: qsTr("Edit…")
                onClicked: form.get().openFor(detail.record)
            }
            ToolButton {
                visible: detail.closable
                text: "✕"
                Accessible.name: qsTr("Close the record")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the record")
                onClicked: detail.closed()
            }
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            // Each as wide as its title: equal widths cut "Odsotnosti (2)" short.
            FittedTab { text: qsTr("Profile") }
            FittedTab { text: qsTr("Languages") }
            FittedTab { text: qsTr("Documents") }
            FittedTab { text: qsTr("Courses (%1)").arg(detail.hasRecord ? detail.record.courses.length : 0) }
            FittedTab { text: qsTr("Absences (%1)").arg(detail.hasRecord ? detail.record.unavailability.length : 0) }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                spacing: Theme.spacingSmall
                DetailRow { label: qsTr("Given name"); value: detail.record.given_name || "" }
                DetailRow { label: qsTr("Family name"); value: detail.record.family_name || "" }
                DetailRow { label: qsTr("Gender"); value: detail.record.gender || "" }
                DetailRow { label: qsTr("Born"); value: Theme.formatDate(detail.record.birth_date || "") }
                DetailRow { label: qsTr("Rank"); value: detail.record.rankTitle || detail.record.rank || "" }
                DetailRow { label: qsTr("Unit"); value: detail.record.unit || "" }
                DetailRow { label: qsTr("E-mail"); value: detail.record.email || "" }
                Item { Layout.fillHeight: true }
            }
            ColumnLayout {
                spacing: Theme.spacingSmall
                DetailRow {
                    label: qsTr("Languages")
                    value: (detail.record.language_list || []).map(l => l.language + " " + l.level).join(", ")
                }
                DetailRow {
                    label: qsTr("Skills")
                    value: (detail.record.skill_list || []).join(", ")
                }
                Item { Layout.fillHeight: true }
            }
            ColumnLayout {
                spacing: Theme.spacingSmall
                DetailRow {
                    label: qsTr("Competency test")
                    value: detail.record.competency_test
                           ? qsTr("%1, valid until %2 (Police Act Art. 71)")
                             .arg(Theme.formatDate(detail.record.competency_test))
                             .arg(Theme.formatDate(detail.record.competency_valid_until))
                           : qsTr("none on record")
                    tone: !detail.record.competency_test || detail.record.competency_valid_until < detail.backend.today
                          ? "danger" : ""
                }
                DetailRow {
                    label: qsTr("Passport")
                    value: detail.record.passport_number
                           ? qsTr("%1, expires %2").arg(detail.record.passport_number)
                             .arg(Theme.formatDate(detail.record.passport_expiry || ""))
                           : qsTr("none on record")
                    tone: !detail.record.passport_expiry || detail.record.passport_expiry < detail.backend.today
                          ? "danger" : ""
                }
                DetailRow { label: qsTr("Driving licence"); value: detail.record.driving_licence || "" }
                DetailRow {
                    label: qsTr("Deployable")
                    value: detail.record.deployable ? qsTr("yes")
                                                    : qsTr("no: %1").arg(detail.record.not_deployable_reason)
                    tone: detail.record.deployable ? "" : "danger"
                }
                Item { Layout.fillHeight: true }
            }
            ColumnLayout {
                spacing: Theme.spacingSmall
                Repeater {
                    model: detail.record.courses || []
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            text: modelData.name
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.expires
                                  ? qsTr("%1 – %2").arg(Theme.formatDate(modelData.issued)).arg(Theme.formatDate(modelData.expires))
                                  : qsTr("%1, does not expire").arg(Theme.formatDate(modelData.issued))
                            color: modelData.expires && modelData.expires < detail.backend.today ? Theme.danger : Theme.textMuted
                        }
                        ToolButton {
                            visible: detail.editable
                            text: "✕"
                            Accessible.name: qsTr("Remove course")
                            onClicked: detail.remove("course", modelData.id)
                        }
                    }
                }
                Button {
                    visible: detail.editable
                    text: qsTr("Add course…")
                    onClicked: courseForm.get().openFor(detail.officerId)
                }
                Item { Layout.fillHeight: true }
            }
            ColumnLayout {
                spacing: Theme.spacingSmall
                Repeater {
                    model: detail.record.unavailability || []
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        StatusBadge { text: modelData.kind; tone: "warning" }
                        Label {
                            text: qsTr("%1 – %2").arg(Theme.formatDate(modelData.first_day)).arg(Theme.formatDate(modelData.last_day))
                                  + (modelData.note ? " · " + modelData.note : "")
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        ToolButton {
                            visible: detail.editable
                            text: "✕"
                            Accessible.name: qsTr("Remove period")
                            onClicked: detail.remove("unavailability", modelData.id)
                        }
                    }
                }
                Button {
                    visible: detail.editable
                    text: qsTr("Add period…")
                    onClicked: unavailabilityForm.get().openFor(detail.officerId)
                }
                Item { Layout.fillHeight: true }
            }
        }
        Label {
            id: removeError
            visible: text !== ""
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // Made when first opened (Contingent.Ui's Lazy), not with the page.
    Lazy {
        id: form
        component: OfficerForm { backend: detail.backend }
    }
    Lazy {
        id: courseForm
        component: CourseForm { backend: detail.backend }
    }
    Lazy {
        id: unavailabilityForm
        component: UnavailabilityForm { backend: detail.backend }
    }
}
