#include "StorageHealth.h"

#include "StatusText.h"

namespace feltdialog {

StorageHealth::StorageHealth(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    connect(m_workspace, &Workspace::opened, this, &StorageHealth::changed);
}

QString StorageHealth::problem() const
{
    if (!m_moveError.isEmpty())
        return m_moveError;
    return describeForPeople(m_workspace->storeProblem(), m_workspace->storePath());
}

bool StorageHealth::moveAsideAndStartFresh()
{
    QString movedTo;
    const Status s = m_workspace->moveStoreAside(&movedTo);
    if (!s.isOk()) {
        m_moveError = tr("The file could not be moved aside (%1). Nothing was changed.").arg(s.detail());
        emit changed();
        return false;
    }
    m_moveError.clear();
    m_movedAsideTo = movedTo;
    m_workspace->open();
    emit changed();
    return m_workspace->isOpen();
}

bool StorageHealth::retry()
{
    m_moveError.clear();
    m_workspace->open();
    emit changed();
    return m_workspace->isOpen();
}

} // namespace feltdialog
