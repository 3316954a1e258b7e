// Android's location gate (compiled only for Android; see docs/platform-location.md).
// Not built on this machine: it has no Android NDK or Qt for Android. Qt 6.4 API:
// QtAndroidPrivate::requestPermission (QtCore private, qandroidextras_p.h) and QJniObject.
#include "LocationAccess.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h>

namespace feltdialog {

namespace {

// ACCESS_FINE_LOCATION for a satellite fix; Android 12+ lets the person grant only the coarse
// one, which the stamp then shows through its accuracy.
const QString kFine = QStringLiteral("android.permission.ACCESS_FINE_LOCATION");

bool locationSwitchedOn()
{
    // LocationManager.isLocationEnabled() (API 28): the device-wide location switch.
    QJniObject context = QNativeInterface::QAndroidApplication::context();
    QJniObject service =
        QJniObject::getStaticObjectField<jstring>("android/content/Context", "LOCATION_SERVICE");
    QJniObject manager = context.callObjectMethod(
        "getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;", service.object<jstring>());
    return manager.isValid() && manager.callMethod<jboolean>("isLocationEnabled");
}

class AndroidLocationAccess final : public LocationAccess
{
public:
    void request(std::function<void(Answer)> answer) override
    {
        if (!locationSwitchedOn()) {
            answer(Answer::SwitchedOff);
            return;
        }
        // Shows the system dialog the first time; afterwards answers from the saved choice.
        auto *watcher = new QFutureWatcher<QtAndroidPrivate::PermissionResult>(qApp);
        QObject::connect(watcher, &QFutureWatcherBase::finished, qApp, [watcher, answer] {
            const bool granted = watcher->result() == QtAndroidPrivate::Authorized;
            watcher->deleteLater();
            answer(granted ? Answer::Granted : Answer::Denied);
        });
        watcher->setFuture(QtAndroidPrivate::requestPermission(kFine));
    }
};

} // namespace

std::unique_ptr<LocationAccess> createPlatformLocationAccess()
{
    return std::make_unique<AndroidLocationAccess>();
}

} // namespace feltdialog
