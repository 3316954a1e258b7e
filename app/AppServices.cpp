#include "AppServices.h"

namespace feltdialog {

AppServices::AppServices(const QString &dataDir, std::unique_ptr<Keystore> keystore, KdfCost kdfCost,
                         QObject *parent)
    : QObject(parent), m_keystore(std::move(keystore)), m_workspace(dataDir, kdfCost),
      m_storage(&m_workspace), m_facilities(&m_workspace), m_visits(&m_workspace),
      m_planned(&m_workspace, &m_visits), m_openVisit(&m_workspace),
      m_fieldDrafts(&m_workspace, &m_openVisit), m_dialogue(&m_workspace, &m_openVisit),
      m_tagging(&m_workspace, &m_openVisit, &m_dialogue), m_stamper(&m_workspace),
      m_location(&m_workspace, &m_openVisit, &m_stamper), m_sync(&m_workspace, &m_openVisit, &m_visits),
      m_record(&m_workspace, &m_openVisit), m_lock(&m_workspace)
{
    m_workspace.setKeystore(m_keystore.get());
    m_workspace.open();
    // Every write goes through m_workspace.log(): the open visit and the visit list each take the
    // appended event from there, so nothing here passes news of a write from one to the other.
    // One location stamp when a visit starts and one when it closes; the visit never waits.
    connect(&m_visits, &VisitList::visitStarted, &m_stamper,
            [this](const QUuid &id) { m_stamper.stamp(id, QStringLiteral("visit_start")); });
    connect(&m_openVisit, &OpenVisit::visitClosedHere, &m_stamper,
            [this](const QUuid &id) { m_stamper.stamp(id, QStringLiteral("visit_end")); });
    // A record's words stay in memory only while the record view is open and the app unlocked.
    connect(&m_workspace, &Workspace::aboutToLock, &m_record, &RecordExport::release);
    // Plain record files from earlier versions leave with their visit (retention runs on unlock).
    connect(&m_workspace, &Workspace::unlocked, &m_record, &RecordExport::removeLeftovers);
    connect(&m_visits, &VisitList::countChanged, &m_record, &RecordExport::removeLeftovers);
    // Automatic sync keeps out of a conversation in progress.
    m_sync.setBusyCheck([this] { return !m_dialogue.conversationId().isEmpty(); });
    StorageHealth::setInstance(&m_storage);
    FacilityList::setInstance(&m_facilities);
    VisitList::setInstance(&m_visits);
    PlannedVisitList::setInstance(&m_planned);
    OpenVisit::setInstance(&m_openVisit);
    AppLock::setInstance(&m_lock);
    GuidedDialogue::setInstance(&m_dialogue);
    NoteTagging::setInstance(&m_tagging);
    VisitLocation::setInstance(&m_location);
    SyncCenter::setInstance(&m_sync);
    RecordExport::setInstance(&m_record);
}

AppServices::~AppServices()
{
    m_openVisit.flush();
    StorageHealth::setInstance(nullptr);
    FacilityList::setInstance(nullptr);
    VisitList::setInstance(nullptr);
    PlannedVisitList::setInstance(nullptr);
    OpenVisit::setInstance(nullptr);
    AppLock::setInstance(nullptr);
    GuidedDialogue::setInstance(nullptr);
    NoteTagging::setInstance(nullptr);
    VisitLocation::setInstance(nullptr);
    SyncCenter::setInstance(nullptr);
    RecordExport::setInstance(nullptr);
}

} // namespace feltdialog
