#pragma once

#include "QmlSingleton.h"
#include "Workspace.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// The app lock the consultant meets: choosing a PIN on first start, unlocking, locking after a
// pause or when the app leaves the screen, changing the PIN and, as the last resort for a
// forgotten PIN, wiping the tablet's store. While locked the UI shows nothing from the store.
class AppLock : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Lock)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(AppLock)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int secondsToWait READ secondsToWait NOTIFY secondsToWaitChanged)
    Q_PROPERTY(
        int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)
    Q_PROPERTY(bool keystoreUsed READ isKeystoreUsed NOTIFY stageChanged)
public:
    enum Stage
    {
        Unavailable, // the store itself could not be opened (StorageProblemPage says why)
        ChoosePin,
        Locked,
        Unlocked
    };
    Q_ENUM(Stage)

    static constexpr int DefaultAutoLockMinutes = 5;

    explicit AppLock(Workspace *workspace, QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_busy; }
    QString message() const { return m_message; }
    int secondsToWait() const { return m_secondsToWait; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    int minPinLength() const { return KeyVault::MinPinDigits; }
    bool isKeystoreUsed();

    // For tests and the e2e walk: an idle time in seconds rather than minutes, not persisted.
    void setIdleLimitMsForTesting(int ms);

    // The PIN work (Argon2id) takes a noticeable moment; these set busy, let the UI paint, then
    // run. The outcome arrives through stage and message.
    Q_INVOKABLE void choosePin(const QString &pin, const QString &repeated);
    Q_INVOKABLE void unlock(const QString &pin);
    Q_INVOKABLE void lockNow();
    Q_INVOKABLE bool changePin(const QString &currentPin, const QString &newPin, const QString &repeated);
    // What forgetting the PIN would cost, in a sentence for the confirmation dialog.
    Q_INVOKABLE QString wipeConsequences();
    Q_INVOKABLE bool forgetPinAndWipe();

    // The platform tells us the app left the screen.
    void applicationStateChanged(Qt::ApplicationState state);

signals:
    void stageChanged();
    void busyChanged();
    void messageChanged();
    void secondsToWaitChanged();
    void autoLockMinutesChanged();
    void pinRefused(); // each refusal, even when the message reads the same as last time

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshStage();
    void setMessage(const QString &message);
    void setBusy(bool busy);
    void report(const Status &status);
    void tickWait();
    void restartIdleTimer();

    Workspace *m_workspace;
    Stage m_stage = Unavailable;
    bool m_busy = false;
    QString m_message;
    int m_secondsToWait = 0;
    int m_autoLockMinutes = DefaultAutoLockMinutes;
    int m_idleLimitMsOverride = 0;
    QTimer m_idle;
    QTimer m_waitTick;
};

} // namespace feltdialog
