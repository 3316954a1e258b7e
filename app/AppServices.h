#pragma once

#include "AppLock.h"
#include "FacilityList.h"
#include "FieldDrafts.h"
#include "GuidedDialogue.h"
#include "LocationStamper.h"
#include "NoteTagging.h"
#include "OpenVisit.h"
#include "PlannedVisitList.h"
#include "RecordExport.h"
#include "StorageHealth.h"
#include "SyncCenter.h"
#include "VisitList.h"
#include "VisitLocation.h"
#include "Workspace.h"

#include "Keystore.h"

#include <QObject>
#include <memory>

namespace feltdialog {

// The app's C++ side in one place: the workspace and the QML singletons over it, created in the
// right order and registered as the instances QML receives. main() and the QML tests both use it.
class AppServices : public QObject
{
    Q_OBJECT
public:
    // keystore: the platform's, or null; kdfCost: tablet cost except in tests.
    AppServices(const QString &dataDir, std::unique_ptr<Keystore> keystore,
                KdfCost kdfCost = KdfCost::tablet(), QObject *parent = nullptr);
    ~AppServices() override;

    Workspace &workspace() { return m_workspace; }
    OpenVisit &openVisit() { return m_openVisit; }
    VisitList &visits() { return m_visits; }
    GuidedDialogue &dialogue() { return m_dialogue; }
    PlannedVisitList &plannedVisits() { return m_planned; }
    AppLock &lock() { return m_lock; }
    LocationStamper &stamper() { return m_stamper; }
    SyncCenter &sync() { return m_sync; }
    RecordExport &record() { return m_record; }

private:
    std::unique_ptr<Keystore> m_keystore;
    Workspace m_workspace;
    StorageHealth m_storage;
    FacilityList m_facilities;
    VisitList m_visits;
    PlannedVisitList m_planned;
    OpenVisit m_openVisit;
    FieldDrafts m_fieldDrafts;
    GuidedDialogue m_dialogue;
    NoteTagging m_tagging;
    LocationStamper m_stamper;
    VisitLocation m_location;
    SyncCenter m_sync;
    RecordExport m_record;
    AppLock m_lock;
};

} // namespace feltdialog
