#pragma once

#include "OpenVisit.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// Saves the record of the open visit for the case file: PDF/A (record/RecordPdf) and JSON for other
// systems (core/RecordJson), from the same log the visit page shows. The files go to the app's own
// folder (records/ in the data directory), never to a shared one: they hold the visit's content in
// plain text, and moving them on is the consultant's explicit step.
class RecordExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(RecordExport)
public:
    RecordExport(Workspace *workspace, OpenVisit *visit, QObject *parent = nullptr);

    // Writes both files; returns a sentence for the person: where they are, or what went wrong.
    Q_INVOKABLE QString saveOpenVisit();

    QString folder() const;

private:
    Workspace *m_workspace;
    OpenVisit *m_visit;
};

} // namespace feltdialog
