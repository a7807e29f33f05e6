// ProposeDialog: a new draft proposal: the tours (ids; planned, and in no
// other open proposal), a title and the international request it answers.
//
//   backend   ApprovalsBackend
//   openNew()
//   proposed(id)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Contingent.Ui

FormDialog {
    id: dialog

    property QtObject backend
    signal proposed(int id)

    function openNew() {
        dialog.errors = ({})
        tours.text = ""
        title.text = ""
        organisation.text = ""
        reference.text = ""
        requestDate.text = ""
        dialog.open()
        tours.forceActiveFocus()
    }

    objectName: "proposeDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    title: qsTr("New proposal")
    acceptText: qsTr("Draft")

    onSubmitted: {
        const r = dialog.backend.propose({ tours: tours.text, title: title.text, organisation: organisation.text,
                                           reference: reference.text, requestDate: requestDate.text })
        if (r.ok) {
            dialog.close()
            dialog.proposed(r.id)
        } else {
            dialog.errors = Object.keys(r.errors).length && Object.keys(r.errors)[0] !== "" ? r.errors : { "": r.message }
        }
    }

    FormField {
        label: qsTr("Tours (ids, separated by commas)"); name: "tours"; required: true
        error: dialog.errors.tours || ""
        TextField { id: tours; objectName: "proposeTours"; placeholderText: qsTr("e.g. 120, 121, 122") }
    }
    FormField {
        label: qsTr("Title"); name: "title"
        error: dialog.errors.title || ""
        TextField { id: title; objectName: "proposeTitle"; placeholderText: qsTr("e.g. EULEX rotation 2027") }
    }
    FormField {
        label: qsTr("International request: organisation"); name: "organisation"
        error: dialog.errors.organisation || ""
        TextField { id: organisation; objectName: "proposeOrganisation"; placeholderText: qsTr("e.g. EU (EEAS, CPCC)") }
    }
    FormField {
        label: qsTr("Its reference"); name: "reference"
        error: dialog.errors.reference || ""
        TextField { id: reference; objectName: "proposeReference" }
    }
    FormField {
        label: qsTr("Its date"); name: "requestDate"
        error: dialog.errors.requestDate || ""
        DateField { id: requestDate; objectName: "proposeRequestDate"; maximumDate: dialog.backend.today }
    }
}
