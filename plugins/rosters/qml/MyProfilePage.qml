// What an officer sees of the roster: their own record, read-only, except the
// contact e-mail they may change.
//
//   backend   RosterBackend (ownOfficerId, profile(), saveOwnEmail())
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

Item {
    id: page

    property QtObject backend

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge * 2
        spacing: Theme.spacingLarge

        Label {
            text: qsTr("My profile")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }
        EmptyState {
            visible: page.backend.ownOfficerId < 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Your login is not linked to an officer record")
            text: qsTr("Ask an administrator: contingent users set LOGIN --officer ID")
        }
        RowLayout {
            visible: page.backend.ownOfficerId >= 0
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Contact e-mail")
                color: Theme.textMuted
            }
            TextField {
                id: email
                objectName: "ownEmail"
                Layout.preferredWidth: 320
                text: detail.record.email || ""
                onAccepted: save.clicked()
                // A shown error goes as soon as the address is right; "Saved." at the next edit.
                onTextEdited: {
                    const problem = emailMessage.ok ? "" : page.backend.emailProblem(email.text)
                    emailMessage.ok = problem === ""
                    emailMessage.text = problem
                }
            }
            Button {
                id: save
                text: qsTr("Save")
                onClicked: {
                    const result = page.backend.saveOwnEmail(email.text)
                    emailMessage.ok = result.ok
                    emailMessage.text = result.ok ? qsTr("Saved.") : Object.values(result.errors).join(" ")
                    // A refused address stays in the field beside its error.
                    if (result.ok)
                        detail.reload()
                }
            }
            Label {
                id: emailMessage
                objectName: "ownEmailMessage"
                property bool ok: true
                color: ok ? Theme.success : Theme.danger
            }
        }
        OfficerDetail {
            id: detail
            visible: page.backend.ownOfficerId >= 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            backend: page.backend
            officerId: page.backend.ownOfficerId
            editable: false
        }
    }
}
