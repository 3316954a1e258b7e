#include "SecretFieldAccessible.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace feltdialog {

namespace {

constexpr char nameProperty[] = "secretFieldName";

} // namespace

SecretFieldAccessible::SecretFieldAccessible(QQuickItem *field) : QAccessibleObject(field) {}

QAccessibleInterface *SecretFieldAccessible::create(const QString &, QObject *object)
{
    auto *item = qobject_cast<QQuickItem *>(object);
    if (item == nullptr || item->metaObject()->indexOfProperty(nameProperty) < 0)
        return nullptr;
    return new SecretFieldAccessible(item);
}

QQuickItem *SecretFieldAccessible::field() const
{
    return static_cast<QQuickItem *>(object());
}

QWindow *SecretFieldAccessible::window() const
{
    return field()->window();
}

// Qt Quick lists the field among the children of its nearest ancestor in the tree; which one
// that is, is Qt Quick's private knowledge, so the ancestor that counts the field as a child is it.
QAccessibleInterface *SecretFieldAccessible::parent() const
{
    for (QQuickItem *up = field()->parentItem(); up != nullptr; up = up->parentItem()) {
        QAccessibleInterface *candidate = QAccessible::queryAccessibleInterface(up);
        if (candidate != nullptr && candidate->indexOfChild(this) >= 0)
            return candidate;
    }
    return field()->window() ? QAccessible::queryAccessibleInterface(field()->window()) : nullptr;
}

// Never the digits: no value, no text interface.
QString SecretFieldAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name)
        return field()->property(nameProperty).toString();
    return {};
}

QAccessible::State SecretFieldAccessible::state() const
{
    QAccessible::State state;
    const QQuickItem *item = field();
    state.passwordEdit = true;
    state.editable = true;
    state.focusable = true;
    state.focused = item->hasActiveFocus();
    state.disabled = !item->isEnabled();
    state.invisible = item->window() == nullptr || !item->window()->isVisible() || !item->isVisible() ||
                      qFuzzyIsNull(item->opacity());
    return state;
}

// In the window's logical pixels, as Qt Quick reports its other items.
QRect SecretFieldAccessible::rect() const
{
    const QQuickItem *item = field();
    if (state().invisible)
        return {};
    const QPointF topLeft = item->mapToGlobal(QPointF(0, 0));
    return QRect(topLeft.toPoint(), QSize(int(item->width()), int(item->height())));
}

} // namespace feltdialog
