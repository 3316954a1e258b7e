#include "LocationAccess.h"

#include <QtGlobal>

namespace feltdialog {

#if !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
namespace {
// Desktop: nothing to ask in the app. GeoClue's agent asks the person itself, and a refusal
// reaches the stamper as QGeoPositionInfoSource::AccessError.
class DesktopLocationAccess final : public LocationAccess
{
public:
    void request(std::function<void(Answer)> answer) override { answer(Answer::Granted); }
};
} // namespace

std::unique_ptr<LocationAccess> createPlatformLocationAccess()
{
    return std::make_unique<DesktopLocationAccess>();
}
#endif

} // namespace feltdialog
