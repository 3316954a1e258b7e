#include "AppServices.h"

namespace feltdialog {

AppServices::AppServices(const QString &dataDir, QObject *parent)
    : QObject(parent), m_workspace(dataDir), m_storage(&m_workspace), m_facilities(&m_workspace),
      m_visits(&m_workspace), m_openVisit(&m_workspace)
{
    m_workspace.open();
    connect(&m_openVisit, &OpenVisit::visitRecorded, &m_visits, &VisitList::reload);
    StorageHealth::setInstance(&m_storage);
    FacilityList::setInstance(&m_facilities);
    VisitList::setInstance(&m_visits);
    OpenVisit::setInstance(&m_openVisit);
}

AppServices::~AppServices()
{
    m_openVisit.flush();
    StorageHealth::setInstance(nullptr);
    FacilityList::setInstance(nullptr);
    VisitList::setInstance(nullptr);
    OpenVisit::setInstance(nullptr);
}

} // namespace feltdialog
