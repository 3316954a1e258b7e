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

// What every facility must be, wherever it comes from (the list below, the server's
// create-facility and import-facilities): an id and a name, and a position in range. Empty when
// it is; otherwise what is wrong, naming the field.
QString facilityProblem(const Facility &facility);

// Reads the facility list ({"formatVersion":1,"facilities":[...]}). Errors name the source and
// the JSON path of the first problem. The position is required and must be JSON numbers (a
// missing one is not 0,0), and an id may appear only once.
Status parseFacilities(const QByteArray &json, const QString &source, QList<Facility> *out);

} // namespace feltdialog
