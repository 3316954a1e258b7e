#include "AppServices.h"

namespace feltdialog {

AppServices::AppServices(const QString &dataDir, std::unique_ptr<Keystore> keystore, KdfCost kdfCost,
                         QObject *parent)
    : QObject(parent), m_keystore(std::move(keystore)), m_workspace(dataDir, kdfCost),
      m_storage(&m_workspace), m_facilities(&m_workspace), m_visits(&m_workspace), m_openVisit(&m_workspace),
      m_dialogue(&m_workspace, &m_openVisit), m_lock(&m_workspace)
{
    m_workspace.setKeystore(m_keystore.get());
    m_workspace.open();
    connect(&m_openVisit, &OpenVisit::visitRecorded, &m_visits, &VisitList::reload);
    StorageHealth::setInstance(&m_storage);
    FacilityList::setInstance(&m_facilities);
    VisitList::setInstance(&m_visits);
    OpenVisit::setInstance(&m_openVisit);
    AppLock::setInstance(&m_lock);
    GuidedDialogue::setInstance(&m_dialogue);
}

AppServices::~AppServices()
{
    m_openVisit.flush();
    StorageHealth::setInstance(nullptr);
    FacilityList::setInstance(nullptr);
    VisitList::setInstance(nullptr);
    OpenVisit::setInstance(nullptr);
    AppLock::setInstance(nullptr);
    GuidedDialogue::setInstance(nullptr);
}

} // namespace feltdialog
