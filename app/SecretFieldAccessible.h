#pragma once

#include <QAccessibleObject>

class QQuickItem;

namespace feltdialog {

// What a screen reader is told about a PIN field, in place of Qt Quick's own. Qt 6.4 gives a
// password field no name at all (QQuickAccessibleAttached::name() is empty while passwordEdit
// is set, whatever the QML says), so Orca announced "password text" with nothing to say which
// PIN; and its text interface handed the typed digits to anyone on the accessibility bus. This
// one is a password field with a name and no text: a field is one when it declares the QML
// property `secretFieldName` (qml/LockPage.qml, qml/SecurityDialog.qml). docs/accessibility.md.
class SecretFieldAccessible : public QAccessibleObject
{
public:
    explicit SecretFieldAccessible(QQuickItem *field);

    // For QAccessible::installFactory, before the first window: asked before Qt Quick's own.
    static QAccessibleInterface *create(const QString &className, QObject *object);

    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    QAccessible::Role role() const override { return QAccessible::EditableText; }
    QAccessible::State state() const override;
    QRect rect() const override;

private:
    QQuickItem *field() const;
};

} // namespace feltdialog
