#pragma once

#include "Status.h"

#include <QList>
#include <QString>

namespace feltdialog {

// A place the authority supervises (tilbud or plejefamilie), from the synced reference data.
// Public information: names and addresses are in the national register of facilities.
struct Facility
{
    QString id;
    QString name;
    QString kind; // e.g. "botilbud", "plejefamilie"
    QString address;
    double latitude = 0;
    double longitude = 0;
};

// Reads the facility list ({"formatVersion":1,"facilities":[...]}). Errors name the source and
// the JSON path of the first problem.
Status parseFacilities(const QByteArray &json, const QString &source, QList<Facility> *out);

} // namespace feltdialog
