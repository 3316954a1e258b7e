#include "AppLock.h"

#include "StatusText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

namespace feltdialog {

namespace {
const QString kAutoLockKey = QStringLiteral("auto_lock_minutes");
constexpr int kPaintFirstMs = 30; // long enough for the busy indicator to reach the screen
} // namespace

AppLock::AppLock(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AppLock::lockNow);
    m_waitTick.setInterval(1000);
    connect(&m_waitTick, &QTimer::timeout, this, &AppLock::tickWait);
    connect(m_workspace, &Workspace::opened, this, &AppLock::refreshStage);
    connect(m_workspace, &Workspace::locked, this, &AppLock::refreshStage);
    connect(m_workspace, &Workspace::unlocked, this, &AppLock::refreshStage);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    refreshStage();
}

void AppLock::refreshStage()
{
    Stage stage = Unavailable;
    if (m_workspace->isOpen()) {
        stage = !m_workspace->hasPin() ? ChoosePin : m_workspace->isUnlocked() ? Unlocked : Locked;
        QString minutes;
        if (m_workspace->store().metaValue(kAutoLockKey, &minutes).isOk() && minutes.toInt() > 0 &&
            minutes.toInt() != m_autoLockMinutes) {
            m_autoLockMinutes = minutes.toInt();
            emit autoLockMinutesChanged();
        }
    }
    if (stage == Unlocked)
        restartIdleTimer();
    else
        m_idle.stop();
    if (stage == Locked) {
        const qint64 wait = m_workspace->vault().msUntilNextTry();
        m_secondsToWait = int((wait + 999) / 1000);
        emit secondsToWaitChanged();
        if (m_secondsToWait > 0)
            m_waitTick.start();
    }
    if (stage != m_stage) {
        m_stage = stage;
        emit stageChanged();
    }
}

void AppLock::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

void AppLock::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AppLock::report(const Status &status)
{
    setBusy(false);
    if (status.code() == Status::TryLater || status.code() == Status::WrongPin) {
        const qint64 wait = m_workspace->vault().msUntilNextTry();
        m_secondsToWait = int((wait + 999) / 1000);
        emit secondsToWaitChanged();
        if (m_secondsToWait > 0)
            m_waitTick.start();
    }
    setMessage(describeForPeople(status, m_workspace->storePath()));
    refreshStage();
    if (!status.isOk())
        emit pinRefused();
}

void AppLock::tickWait()
{
    m_secondsToWait = int((m_workspace->vault().msUntilNextTry() + 999) / 1000);
    if (m_secondsToWait <= 0) {
        m_secondsToWait = 0;
        m_waitTick.stop();
        setMessage({});
    }
    emit secondsToWaitChanged();
}

void AppLock::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 60);
    if (minutes == m_autoLockMinutes)
        return;
    m_autoLockMinutes = minutes;
    if (m_workspace->isOpen())
        m_workspace->store().setMetaValue(kAutoLockKey, QString::number(minutes));
    emit autoLockMinutesChanged();
    restartIdleTimer();
}

void AppLock::setIdleLimitMsForTesting(int ms)
{
    m_idleLimitMsOverride = ms;
    restartIdleTimer();
}

void AppLock::restartIdleTimer()
{
    if (!m_workspace->isUnlocked())
        return;
    m_idle.start(m_idleLimitMsOverride > 0 ? m_idleLimitMsOverride : m_autoLockMinutes * 60 * 1000);
}

bool AppLock::isKeystoreUsed()
{
    bool uses = false;
    return m_workspace->isOpen() && m_workspace->vault().usesDeviceSecret(&uses).isOk() && uses;
}

bool AppLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        if (m_idle.isActive())
            restartIdleTimer();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppLock::choosePin(const QString &pin, const QString &repeated)
{
    if (!KeyVault::isAcceptablePin(pin)) {
        setMessage(tr("Choose a PIN of at least %1 digits.").arg(KeyVault::MinPinDigits));
        emit pinRefused();
        return;
    }
    if (pin != repeated) {
        setMessage(tr("The two PINs are not the same. Try again."));
        emit pinRefused();
        return;
    }
    setMessage({});
    setBusy(true);
    QTimer::singleShot(kPaintFirstMs, this, [this, pin] { report(m_workspace->setUpPin(pin)); });
}

void AppLock::unlock(const QString &pin)
{
    if (m_busy || m_stage != Locked || m_secondsToWait > 0)
        return;
    setBusy(true);
    QTimer::singleShot(kPaintFirstMs, this, [this, pin] { report(m_workspace->unlock(pin)); });
}

void AppLock::lockNow()
{
    m_workspace->lock();
    setMessage({});
}

bool AppLock::changePin(const QString &currentPin, const QString &newPin, const QString &repeated)
{
    if (!KeyVault::isAcceptablePin(newPin)) {
        setMessage(tr("Choose a PIN of at least %1 digits.").arg(KeyVault::MinPinDigits));
        return false;
    }
    if (newPin != repeated) {
        setMessage(tr("The two PINs are not the same. Try again."));
        return false;
    }
    const Status s = m_workspace->changePin(currentPin, newPin);
    report(s);
    if (s.isOk())
        setMessage(tr("Your PIN has been changed."));
    return s.isOk();
}

QString AppLock::wipeConsequences()
{
    EventStore::UnsentCounts unsent;
    if (!m_workspace->unsentCounts(&unsent).isOk())
        return tr("Everything on this tablet will be deleted, including visits not yet sent to the office. "
                  "Nobody can recover them.");
    if (unsent.visits == 0)
        return tr("There are no visits on this tablet. Feltdialog will start afresh and ask for a new PIN.");
    if (unsent.visitsWithUnsent == 0) // all at the office: say so, a wipe costs nothing there
        return tr("Everything on this tablet will be deleted. The office has received all of it (%1), so "
                  "nothing is lost. Feltdialog will start afresh and ask for a new PIN.")
            .arg(tr("%n visit(s)", nullptr, int(unsent.visits)));
    if (unsent.unsentNotes == 0)
        return tr("Everything on this tablet will be deleted: %1 with entries not yet sent to the office. "
                  "Nobody can recover them, not even IT support.")
            .arg(tr("%n visit(s)", nullptr, int(unsent.visitsWithUnsent)));
    return tr("Everything on this tablet will be deleted: %1 with %2 not yet sent to the office. Nobody can "
              "recover them, not even IT support.")
        .arg(tr("%n visit(s)", nullptr, int(unsent.visitsWithUnsent)),
             tr("%n note(s)", nullptr, int(unsent.unsentNotes)));
}

bool AppLock::forgetPinAndWipe()
{
    const Status s = m_workspace->wipeAndStartFresh();
    m_secondsToWait = 0;
    m_waitTick.stop();
    emit secondsToWaitChanged();
    setMessage(s.isOk() ? tr("The tablet's store was deleted. Choose a new PIN.")
                        : describeForPeople(s, m_workspace->storePath()));
    refreshStage();
    return s.isOk();
}

void AppLock::applicationStateChanged(Qt::ApplicationState state)
{
    // Hidden and suspended mean another app or the home screen is showing. iOS takes its
    // app-switcher picture as the app resigns active, so there inactive locks too.
#ifdef Q_OS_IOS
    const bool leaving = state != Qt::ApplicationActive;
#else
    const bool leaving = state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended;
#endif
    if (leaving)
        lockNow();
}

} // namespace feltdialog
