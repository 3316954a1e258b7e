#pragma once

#include <functional>
#include <memory>

namespace feltdialog {

// Whether the app may ask this device where it is, asked just before each location stamp and
// never earlier (the app tracks nobody; see docs/platform-location.md).
//
// Android and iOS gate location behind a runtime permission and a system switch; the answer can
// change between two stamps (the consultant may revoke it in the settings), so it is asked each
// time. Desktop Linux has no such gate in the app: GeoClue asks through its own agent, and a
// refusal arrives as an access error from the position source, which the stamper handles too.
class LocationAccess
{
public:
    enum class Answer
    {
        Granted,
        Denied,      // the person (or a policy) refused the permission
        SwitchedOff, // location services are off for the whole device
    };

    LocationAccess() = default;
    LocationAccess(const LocationAccess &) = delete;
    LocationAccess &operator=(const LocationAccess &) = delete;
    virtual ~LocationAccess() = default;

    // Answers exactly once, possibly after the system's permission dialog; never blocks the
    // calling thread. The answer is delivered on the thread the object lives on.
    virtual void request(std::function<void(Answer)> answer) = 0;
};

// The gate this platform has. Never nullptr.
std::unique_ptr<LocationAccess> createPlatformLocationAccess();

} // namespace feltdialog
