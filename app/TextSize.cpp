#include "TextSize.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <algorithm>
#include <cmath>

#ifdef Q_OS_ANDROID
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>
#endif

namespace feltdialog {

namespace {

// The point size each desktop's system font has out of the box: what the consultant has not
// changed reads as 1. (GNOME: Cantarell 11; KDE Plasma: Noto Sans 10; Windows: Segoe UI 9;
// macOS: 13.) On Linux without a desktop theme Qt reports 9 pt, which reads as 1 too.
constexpr qreal usualPointSize()
{
#if defined(Q_OS_WIN)
    return 9.0;
#elif defined(Q_OS_MACOS)
    return 13.0;
#else
    return 11.0;
#endif
}

constexpr qreal largestScale = 3.0;

#ifdef Q_OS_ANDROID
// Configuration.fontScale: 1.0 by default, up to 2.0 on Android 14. Not built on the desktop;
// read again whenever the app comes back to the front, where a changed setting takes effect.
qreal androidFontScale()
{
    // A jobject up to Qt 6.6, a QJniObject from 6.7: both make a QJniObject.
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    if (!context.isValid())
        return 1.0;
    const QJniObject resources =
        context.callObjectMethod("getResources", "()Landroid/content/res/Resources;");
    const QJniObject configuration =
        resources.callObjectMethod("getConfiguration", "()Landroid/content/res/Configuration;");
    return configuration.isValid() ? configuration.getField<jfloat>("fontScale") : 1.0;
}
#endif

} // namespace

TextSize::TextSize(QObject *parent) : QObject(parent)
{
    update();
#ifdef Q_OS_ANDROID
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            update();
    });
#else
    // A platform theme (GNOME, KDE, Windows) sets the application font and changes it when the
    // consultant changes the setting while the app runs.
    qGuiApp->installEventFilter(this);
#endif
}

bool TextSize::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange)
        update();
    return QObject::eventFilter(watched, event);
}

qreal TextSize::scaleForSystemFont(const QFont &font)
{
    const qreal points = font.pointSizeF();
    if (points <= 0) // a font set in pixels says nothing about the preference
        return 1.0;
    const qreal scale = std::clamp(points / usualPointSize(), 1.0, largestScale);
    return std::round(scale * 20.0) / 20.0; // steps of 5 %, so a rounding in the theme is no change
}

void TextSize::update()
{
#ifdef Q_OS_ANDROID
    const qreal scale = std::clamp(androidFontScale(), 1.0, largestScale);
#else
    const qreal scale = scaleForSystemFont(QGuiApplication::font());
#endif
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    emit scaleChanged();
}

} // namespace feltdialog
