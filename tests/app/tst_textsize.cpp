#include "TextSize.h"

#include <QFont>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using feltdialog::TextSize;

// The text-size preference as a desktop platform theme hands it over: the application font.
// (Android's font scale is read through JNI and is not built here.)
class TestTextSize : public QObject
{
    Q_OBJECT

private slots:
    void theUsualSystemFontReadsAsOne()
    {
        QFont font;
        font.setPointSizeF(11);
        QCOMPARE(TextSize::scaleForSystemFont(font), 1.0);
        font.setPointSizeF(9); // smaller than usual: the app's sizes are already the floor
        QCOMPARE(TextSize::scaleForSystemFont(font), 1.0);
    }

    void twiceTheSystemFontIsTwiceTheText()
    {
        QFont font;
        font.setPointSizeF(22);
        QCOMPARE(TextSize::scaleForSystemFont(font), 2.0);
        font.setPointSizeF(100);
        QCOMPARE(TextSize::scaleForSystemFont(font), 3.0); // the layouts are tested up to here
    }

    void aChangedSettingReachesTheRunningApp()
    {
        const QFont before = QGuiApplication::font();
        QFont usual = before;
        usual.setPointSizeF(11);
        QGuiApplication::setFont(usual);
        TextSize size;
        QCOMPARE(size.scale(), 1.0);
        QSignalSpy changed(&size, &TextSize::scaleChanged);
        QFont larger = usual;
        larger.setPointSizeF(22);
        QGuiApplication::setFont(larger); // what a platform theme does when the setting changes
        QTRY_COMPARE(size.scale(), 2.0);
        QCOMPARE(changed.count(), 1);
        QGuiApplication::setFont(before);
    }
};

QTEST_MAIN(TestTextSize)
#include "tst_textsize.moc"
