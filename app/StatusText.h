#pragma once

#include "Status.h"

#include <QString>

namespace feltdialog {

// The sentence a person reads for a problem: what happened and what to do, in the UI language.
QString describeForPeople(const Status &status, const QString &storePath = {});

} // namespace feltdialog
