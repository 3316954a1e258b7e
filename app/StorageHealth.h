#pragma once

#include "QmlSingleton.h"
#include "Workspace.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// Tells the UI whether the device's store opened, and, when it did not, lets the person move the
// unreadable file aside and start fresh. Nothing is moved without that explicit consent.
class StorageHealth : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Storage)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(StorageHealth)
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString storePath READ storePath CONSTANT)
    Q_PROPERTY(QString movedAsideTo READ movedAsideTo NOTIFY changed)
public:
    explicit StorageHealth(Workspace *workspace, QObject *parent = nullptr);

    bool isReady() const { return m_workspace->isOpen(); }
    QString problem() const;
    QString storePath() const { return m_workspace->storePath(); }
    QString movedAsideTo() const { return m_movedAsideTo; }

    Q_INVOKABLE bool moveAsideAndStartFresh();
    Q_INVOKABLE bool retry();

signals:
    void changed();

private:
    Workspace *m_workspace;
    QString m_movedAsideTo;
    QString m_moveError;
};

} // namespace feltdialog
