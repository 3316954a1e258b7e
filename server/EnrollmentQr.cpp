#include "EnrollmentQr.h"

#include <QImage>
#include <QUrl>
#include <memory>
#include <qrencode.h>

namespace feltdialog::server {

QString enrollmentUri(const QString &serverUrl, const QString &code)
{
    return QStringLiteral("feltdialog://enroll?server=%1&code=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(serverUrl)), code);
}

Status writeQrPng(const QString &text, const QString &path)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr)
        return {Status::Invalid, QStringLiteral("the text does not fit in a QR code")};
    constexpr int Scale = 8;
    constexpr int QuietModules = 4;
    const int side = (qr->width + 2 * QuietModules) * Scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < qr->width; ++y) {
        for (int x = 0; x < qr->width; ++x) {
            if (!(qr->data[y * qr->width + x] & 1))
                continue;
            for (int dy = 0; dy < Scale; ++dy) {
                uchar *line = image.scanLine((y + QuietModules) * Scale + dy);
                std::fill_n(line + (x + QuietModules) * Scale, Scale, uchar(0));
            }
        }
    }
    if (!image.save(path, "PNG"))
        return {Status::Io, QStringLiteral("cannot write %1").arg(path)};
    return Status::ok();
}

} // namespace feltdialog::server
