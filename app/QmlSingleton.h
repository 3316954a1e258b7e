#pragma once

#include <QJSEngine>
#include <QQmlEngine>

// A QML singleton whose one instance C++ creates and owns (main() or a test's setup), handed to
// every engine that asks. Keeps object lifetime out of QML's garbage collector and avoids
// context properties.
#define FELTDIALOG_CPP_OWNED_SINGLETON(Type)                                                                 \
public:                                                                                                      \
    static Type *create(QQmlEngine *, QJSEngine *engine)                                                     \
    {                                                                                                        \
        Q_ASSERT_X(s_instance, #Type, "set the instance before loading QML");                                \
        engine->setObjectOwnership(s_instance, QJSEngine::CppOwnership);                                     \
        return s_instance;                                                                                   \
    }                                                                                                        \
    static void setInstance(Type *instance)                                                                  \
    {                                                                                                        \
        s_instance = instance;                                                                               \
    }                                                                                                        \
                                                                                                             \
private:                                                                                                     \
    static inline Type *s_instance = nullptr;
