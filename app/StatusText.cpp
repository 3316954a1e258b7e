#include "StatusText.h"

#include <QCoreApplication>

namespace feltdialog {

QString describeForPeople(const Status &status, const QString &storePath)
{
    switch (status.code()) {
    case Status::Ok:
        return {};
    case Status::DiskFull:
        return QCoreApplication::translate(
            "Status",
            "The tablet's storage is full. What you are typing stays on screen and is saved as soon as "
            "there is room. Free some space (photos, downloads) to continue.");
    case Status::NotADatabase:
        return QCoreApplication::translate(
                   "Status",
                   "The file %1 is not a Feltdialog database. It may be damaged or belong to something else.")
            .arg(storePath);
    case Status::ForeignDatabase:
        return QCoreApplication::translate(
                   "Status", "The file %1 belongs to another program, so Feltdialog will not change it.")
            .arg(storePath);
    case Status::Corrupt:
        return QCoreApplication::translate("Status", "The database %1 is damaged and cannot be read safely.")
            .arg(storePath);
    case Status::TooNew:
        return QCoreApplication::translate(
                   "Status",
                   "The database %1 was written by a newer version of Feltdialog. Update the app to open it.")
            .arg(storePath);
    case Status::Io:
        return QCoreApplication::translate(
            "Status",
            "The tablet could not read or write its storage. Try again; if it keeps happening, contact "
            "IT support.");
    case Status::Locked:
        return QCoreApplication::translate("Status", "Feltdialog is locked. Enter your PIN to continue.");
    case Status::WrongPin:
        return QCoreApplication::translate("Status", "That PIN is not right. Try again.");
    case Status::TryLater:
        return QCoreApplication::translate("Status",
                                           "Too many wrong PINs. Wait a moment before you try again.");
    case Status::Tampered:
        return QCoreApplication::translate("Status", "Some content in %1 has been changed outside Feltdialog "
                                                     "and cannot be trusted, so it is not "
                                                     "shown. Contact IT support; the file is left as it is.")
            .arg(storePath);
    case Status::Invalid:
    case Status::NotFound:
        return QCoreApplication::translate("Status", "Feltdialog could not do that: %1").arg(status.detail());
    }
    return status.detail();
}

} // namespace feltdialog
