#include "ScreenReader.h"

#include <QQuickItem>

namespace feltdialog {

ScreenReader::ScreenReader(QObject *parent) : QObject(parent), m_active(QAccessible::isActive())
{
    QAccessible::installActivationObserver(this);
}

ScreenReader::~ScreenReader()
{
    QAccessible::removeActivationObserver(this);
}

void ScreenReader::accessibilityActiveChanged(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
}

void ScreenReader::readInOrder(const QList<QObject *> &items) const
{
    QQuickItem *previous = nullptr;
    for (QObject *object : items) {
        auto *item = qobject_cast<QQuickItem *>(object);
        if (item == nullptr)
            continue;
        if (previous != nullptr && item->parentItem() == previous->parentItem())
            item->stackAfter(previous);
        previous = item;
    }
}

} // namespace feltdialog
