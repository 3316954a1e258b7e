#pragma once

#include <QString>

namespace feltdialog {

struct VisitTemplate;

// Residents are written down by initials, never by name. The rule is applied once, where a
// participant is recorded, so that the log, the JSON record and the server never hold a resident's
// full name; the record applies it again to logs written before the rule was enforced at entry.

// "Jens Ole Kristensen" -> "J.O.K.", "Anne-Marie Berg" -> "A.M.B."; a label that holds no
// lower-case letter ("JK", "J.K.") is taken as initials already.
QString initialsOf(const QString &label);

// Whether people in this role go by initials: always for residents, and for any role the
// template marks initialsOnly.
bool namedByInitials(const QString &role, const VisitTemplate *visitTemplate);

// The label as it may be recorded for a person in this role.
QString recordableLabel(const QString &role, const QString &label, const VisitTemplate *visitTemplate);

} // namespace feltdialog
