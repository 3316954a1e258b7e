#include "EvidenceCoverage.h"

namespace feltdialog {

EvidenceCoverage evidenceCoverage(const QList<Note> &notes, const QString &indicatorId)
{
    EvidenceCoverage coverage;
    coverage.indicatorId = indicatorId;
    for (const Note &note : notes) {
        if (note.tags.indicatorId != indicatorId)
            continue;
        coverage.notes.append(&note);
        if (const QString &role = note.tags.sourceRole; !role.isEmpty()) {
            if (!coverage.bySource.contains(role))
                coverage.sources << role;
            ++coverage.bySource[role];
        }
        if (const QString &method = note.tags.method; !method.isEmpty()) {
            if (!coverage.byMethod.contains(method))
                coverage.methods << method;
            ++coverage.byMethod[method];
        }
    }
    return coverage;
}

} // namespace feltdialog
