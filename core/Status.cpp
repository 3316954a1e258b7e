#include "Status.h"

namespace feltdialog {

QString Status::codeName() const
{
    switch (m_code) {
    case Ok:
        return QStringLiteral("ok");
    case DiskFull:
        return QStringLiteral("disk_full");
    case NotADatabase:
        return QStringLiteral("not_a_database");
    case ForeignDatabase:
        return QStringLiteral("foreign_database");
    case Corrupt:
        return QStringLiteral("corrupt");
    case TooNew:
        return QStringLiteral("too_new");
    case Io:
        return QStringLiteral("io");
    case Invalid:
        return QStringLiteral("invalid");
    case NotFound:
        return QStringLiteral("not_found");
    case Locked:
        return QStringLiteral("locked");
    case WrongPin:
        return QStringLiteral("wrong_pin");
    case TryLater:
        return QStringLiteral("try_later");
    case Tampered:
        return QStringLiteral("tampered");
    }
    return QStringLiteral("unknown");
}

} // namespace feltdialog
