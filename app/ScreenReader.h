#pragma once

#include <QAccessible>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// Whether assistive technology (Orca over AT-SPI, TalkBack) is reading the app. While it is, an
// open dialog hides the page behind it from the accessibility tree (qml/OpenDialogs.qml): Qt 6.4
// keeps every item that is visible in the tree, modal popup or not, so the page must be hidden
// to be out of reach; without a screen reader the page stays drawn under the dialog's dimming.
// docs/accessibility.md says why.
class ScreenReader : public QObject, private QAccessible::ActivationObserver
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)

public:
    explicit ScreenReader(QObject *parent = nullptr);
    ~ScreenReader() override;

    bool active() const { return m_active; }

    // Puts sibling items into this order in the accessibility tree, which Qt 6.4 takes from
    // the order of an item's children (QQuickItem::stackAfter, which QML cannot call). For
    // items that never overlap: the drawing order changes with it.
    Q_INVOKABLE void readInOrder(const QList<QObject *> &items) const;

signals:
    void activeChanged();

private:
    void accessibilityActiveChanged(bool active) override;

    bool m_active = false;
};

} // namespace feltdialog
