// iOS's location gate (compiled only for iOS; see docs/platform-location.md).
// Not built on this machine: it has no Xcode. Qt 6.4's Core Location plugin asks for
// "when in use" authorization itself when updates start; this answers the cases where asking
// is pointless, so the stamp says why at once instead of after the timeout.
#include "LocationAccess.h"

#import <CoreLocation/CoreLocation.h>

namespace feltdialog {

namespace {
class IosLocationAccess final : public LocationAccess
{
public:
    void request(std::function<void(Answer)> answer) override
    {
        if (![CLLocationManager locationServicesEnabled]) {
            answer(Answer::SwitchedOff);
            return;
        }
        CLLocationManager *manager = [[CLLocationManager alloc] init];
        const CLAuthorizationStatus status = manager.authorizationStatus; // iOS 14+
        if (status == kCLAuthorizationStatusDenied || status == kCLAuthorizationStatusRestricted)
            answer(Answer::Denied);
        else
            answer(Answer::Granted); // not determined yet: the plugin's request shows the dialog
    }
};
} // namespace

std::unique_ptr<LocationAccess> createPlatformLocationAccess()
{
    return std::make_unique<IosLocationAccess>();
}

} // namespace feltdialog
