#pragma once

#include <QQmlApplicationEngine>

namespace feltdialog {

// `feltdialog --self-test`: compiles every QML file of the app's modules, creates the main
// window, waits for its first frame and exits non-zero if anything warned. Catches a broken page
// or a missing QML runtime package in CI without clicking through the app.
int runSelfTest(QQmlApplicationEngine &engine, const QUrl &mainUrl);

// Installed before anything loads, so every warning from start-up on is counted.
void countQmlWarnings();

} // namespace feltdialog
