#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QFont;

namespace feltdialog {

// The consultant's text-size preference as the platform keeps it, as a factor on the theme's
// sizes (Theme.fontScale): Android's font scale (Settings > Display > Font size), or on a
// desktop the system font's point size against the size that platform ships with. Qt Quick
// Controls' Material style uses fixed pixel sizes and follows neither by itself. docs/text-size.md
// says how it is read and tested.
class TextSize : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal scale READ scale NOTIFY scaleChanged)

public:
    explicit TextSize(QObject *parent = nullptr);

    qreal scale() const { return m_scale; }

    // The factor for a desktop's system font: 1 at the platform's usual size or smaller (the
    // app's sizes are already at least that), up to 3.
    static qreal scaleForSystemFont(const QFont &font);

signals:
    void scaleChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    qreal m_scale = 1.0;
};

} // namespace feltdialog
