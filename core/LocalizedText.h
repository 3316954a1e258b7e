#pragma once

#include <QString>

namespace feltdialog {

// A text shown to people, Danish first. English may be left out by an authority that ships its
// own template; the app then shows the Danish text rather than nothing.
struct LocalizedText
{
    QString da;
    QString en;

    // "en" gives English where there is some, anything else gives Danish.
    const QString &in(const QString &language) const;
    bool isEmpty() const { return da.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

} // namespace feltdialog
