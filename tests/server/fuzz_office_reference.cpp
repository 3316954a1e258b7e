// libFuzzer target: the office's reference data as the tablet reads it (GET /v1/reference, kept
// sealed and read again at every unlock). A server that is wrong, or not the office's, must not be
// able to crash the tablet or slip in a facility or a planned visit that breaks the rules the
// tablet relies on: what is read is whole and valid, or nothing is.
#include "OfficeReference.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace feltdialog;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    OfficeReference reference;
    reference.version = QStringLiteral("untouched");
    const Status s = parseOfficeReference(json, &reference);
    if (!s.isOk()) {
        if (s.detail().isEmpty())
            std::abort(); // a refusal names what is wrong
        return 0;
    }
    for (const Facility &f : reference.facilities) {
        if (f.id.isEmpty() || f.name.isEmpty())
            std::abort();
        if (!std::isfinite(f.latitude) || !std::isfinite(f.longitude) || std::abs(f.latitude) > 90 ||
            std::abs(f.longitude) > 180)
            std::abort();
    }
    for (const PlannedVisit &v : reference.plannedVisits) {
        if (v.visitId.isNull() || !v.plannedDate.isValid())
            std::abort();
    }
    return 0;
}
