#pragma once

#include <QString>

namespace feltdialog::server {

// An answer other than 2xx, or the reason one event of a push was rejected. `code` is one of the
// error codes of docs/sync-protocol.md (clients branch on it); `message` is English for logs.
struct ApiError
{
    int httpStatus = 0;
    QString code;
    QString message;

    bool isError() const { return httpStatus != 0; }
    static ApiError none() { return {}; }
};

inline ApiError apiError(int httpStatus, const char *code, QString message)
{
    return {httpStatus, QString::fromLatin1(code), std::move(message)};
}

} // namespace feltdialog::server
