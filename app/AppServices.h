#pragma once

#include "FacilityList.h"
#include "OpenVisit.h"
#include "StorageHealth.h"
#include "VisitList.h"
#include "Workspace.h"

#include <QObject>

namespace feltdialog {

// The app's C++ side in one place: the workspace and the QML singletons over it, created in the
// right order and registered as the instances QML receives. main() and the QML tests both use it.
class AppServices : public QObject
{
    Q_OBJECT
public:
    explicit AppServices(const QString &dataDir, QObject *parent = nullptr);
    ~AppServices() override;

    Workspace &workspace() { return m_workspace; }
    OpenVisit &openVisit() { return m_openVisit; }

private:
    Workspace m_workspace;
    StorageHealth m_storage;
    FacilityList m_facilities;
    VisitList m_visits;
    OpenVisit m_openVisit;
};

} // namespace feltdialog
