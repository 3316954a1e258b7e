#include "QtKeychainKeystore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace feltdialog {

namespace {

// Read by probe(); never written, so the answer is "not found" wherever the keystore works.
const QString ProbeAccount = QStringLiteral("keystore-probe");

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

QString errorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return QStringLiteral("no error");
    case QKeychain::EntryNotFound:
        return QStringLiteral("entry not found");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("could not delete entry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("access denied by user");
    case QKeychain::AccessDenied:
        return QStringLiteral("access denied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("no backend available");
    case QKeychain::NotImplemented:
        return QStringLiteral("not implemented");
    case QKeychain::OtherError:
        return QStringLiteral("other error");
    }
    return QStringLiteral("error %1").arg(int(error));
}

// Starts the job and waits for it in a local event loop, at most timeoutMs. The job deletes itself
// once it has finished (QtKeychain's auto-delete); one that times out is left to do so later,
// because deleting a job whose libsecret callback is still pending would leave that callback a
// dangling pointer.
JobOutcome runJob(QKeychain::Job *job, int timeoutMs)
{
    JobOutcome outcome;
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    QEventLoop loop; // the context of both connections: they end with it, before outcome does
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.data = readJob->binaryData();
        loop.quit();
    });
    job->start(); // queued: finished() cannot arrive before exec()
    timer.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

// Io for any failure, with what QtKeychain said; callers map EntryNotFound themselves first.
Status failure(const QString &what, const QString &account, const JobOutcome &outcome, int timeoutMs)
{
    const QString reason = outcome.finished
                               ? QStringLiteral("%1: %2").arg(errorName(outcome.error), outcome.errorString)
                               : QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    return {Status::Io, QStringLiteral("keystore %1 of '%2' failed: %3").arg(what, account, reason)};
}

// Without an application object (or off its thread) nothing would deliver the job's result.
Status checkCanWait()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {Status::Io, QStringLiteral("keystore used without a QCoreApplication")};
    if (QThread::currentThread() != app->thread())
        return {Status::Io, QStringLiteral("keystore used off the main thread")};
    return Status::ok();
}

} // namespace

QtKeychainKeystore::QtKeychainKeystore(QString serviceName, int operationTimeoutMs)
    : m_serviceName(std::move(serviceName)), m_timeoutMs(operationTimeoutMs)
{}

std::unique_ptr<QtKeychainKeystore> QtKeychainKeystore::probe(const QString &serviceName, int probeTimeoutMs)
{
    if (serviceName.isEmpty() || !checkCanWait().isOk())
        return nullptr;
    auto *job = new QKeychain::ReadPasswordJob(serviceName);
    job->setKey(ProbeAccount);
    const JobOutcome outcome = runJob(job, probeTimeoutMs);
    // "Found" cannot happen unless someone wrote the probe entry; it still proves a backend.
    const bool works = outcome.finished &&
                       (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound);
    if (!works) {
        qInfo("no platform keystore: %s",
              qPrintable(failure(QStringLiteral("probe"), ProbeAccount, outcome, probeTimeoutMs).detail()));
        return nullptr;
    }
    return std::make_unique<QtKeychainKeystore>(serviceName);
}

QString QtKeychainKeystore::name() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return QStringLiteral("Keychain (QtKeychain)");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Credential Manager (QtKeychain)");
#elif defined(Q_OS_ANDROID)
    return QStringLiteral("Android Keystore (QtKeychain)");
#else
    return QStringLiteral("Secret Service (QtKeychain)");
#endif
}

Status QtKeychainKeystore::read(const QString &account, QByteArray *secret)
{
    if (account.isEmpty() || !secret)
        return {Status::Invalid,
                QStringLiteral("keystore read needs an account and somewhere to put the secret")};
    if (Status s = checkCanWait(); !s.isOk())
        return s;
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(account);
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError) {
        *secret = outcome.data;
        return Status::ok();
    }
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return {Status::NotFound, QStringLiteral("keystore has no entry '%1'").arg(account)};
    return failure(QStringLiteral("read"), account, outcome, m_timeoutMs);
}

Status QtKeychainKeystore::write(const QString &account, const QByteArray &secret)
{
    if (account.isEmpty() || secret.isEmpty())
        return {Status::Invalid, QStringLiteral("keystore write needs an account and a non-empty secret")};
    if (Status s = checkCanWait(); !s.isOk())
        return s;
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(account);
    job->setBinaryData(secret);
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return Status::ok();
    return failure(QStringLiteral("write"), account, outcome, m_timeoutMs);
}

Status QtKeychainKeystore::remove(const QString &account)
{
    if (account.isEmpty())
        return {Status::Invalid, QStringLiteral("keystore remove needs an account")};
    if (Status s = checkCanWait(); !s.isOk())
        return s;
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(account);
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    // libsecret reports a missing entry as success; other backends as EntryNotFound.
    if (outcome.finished &&
        (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return Status::ok();
    return failure(QStringLiteral("remove"), account, outcome, m_timeoutMs);
}

} // namespace feltdialog
