#include "Hlc.h"

#include <QDateTime>
#include <algorithm>

namespace feltdialog {

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1.%2").arg(wallMs).arg(counter);
}

HybridClock::HybridClock(WallClock wallClock) : m_wallClock(std::move(wallClock)) {}

qint64 HybridClock::systemWallClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HlcTimestamp HybridClock::advancePast(const HlcTimestamp &floor, qint64 wall)
{
    if (wall > floor.wallMs)
        return {wall, 0};
    // The wall clock is behind or equal: stay on the floor's millisecond and count up. When the
    // counter is exhausted, borrow the next millisecond rather than wrap (wrapping would reorder).
    if (floor.counter >= HlcTimestamp::MaxCounter)
        return {floor.wallMs + 1, 0};
    return {floor.wallMs, floor.counter + 1};
}

HlcTimestamp HybridClock::now()
{
    m_last = advancePast(m_last, m_wallClock());
    return m_last;
}

HlcTimestamp HybridClock::receive(const HlcTimestamp &remote)
{
    const HlcTimestamp floor = std::max(m_last, remote);
    m_last = advancePast(floor, m_wallClock());
    return m_last;
}

void HybridClock::restore(const HlcTimestamp &last)
{
    m_last = std::max(m_last, last);
}

} // namespace feltdialog
