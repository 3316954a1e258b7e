#pragma once

#include <QString>
#include <QtGlobal>
#include <compare>
#include <functional>

namespace feltdialog {

// A hybrid logical clock timestamp: wall milliseconds plus a counter that breaks ties and carries
// causality when wall clocks disagree. Packed into one integer so SQLite can order by it.
struct HlcTimestamp
{
    qint64 wallMs = 0;
    quint32 counter = 0;

    static constexpr int CounterBits = 16;
    static constexpr quint32 MaxCounter = (1u << CounterBits) - 1;

    qint64 packed() const { return (wallMs << CounterBits) | qint64(counter); }
    static HlcTimestamp fromPacked(qint64 value)
    {
        return {value >> CounterBits, quint32(value & qint64(MaxCounter))};
    }
    QString toString() const; // "wallMs.counter", for logs and the audit view
    auto operator<=>(const HlcTimestamp &) const = default;
};

// The clock one device uses to stamp its events. Monotonic even when the wall clock jumps back
// (NTP correction, a flat tablet battery), and never behind a timestamp it has seen from another
// device, so an amendment always sorts after the note it amends.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HybridClock(WallClock wallClock = systemWallClock);

    HlcTimestamp now();                               // for a local event
    HlcTimestamp receive(const HlcTimestamp &remote); // after seeing a remote event
    void restore(const HlcTimestamp &last);           // resume after restart from the store
    HlcTimestamp last() const { return m_last; }

    static qint64 systemWallClock();

private:
    HlcTimestamp advancePast(const HlcTimestamp &floor, qint64 wall);

    WallClock m_wallClock;
    HlcTimestamp m_last;
};

} // namespace feltdialog
