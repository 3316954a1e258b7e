#pragma once

#include "Status.h"

#include <QString>

namespace feltdialog::server {

// What the tablet's camera reads at the office: the server's address and the one-time code.
QString enrollmentUri(const QString &serverUrl, const QString &code);

// Writes `text` as a QR code PNG (error correction M, 8 pixels a module, the standard quiet zone).
Status writeQrPng(const QString &text, const QString &path);

} // namespace feltdialog::server
