#include "Hlc.h"

#include <QTest>

using namespace feltdialog;

class TestHlc : public QObject
{
    Q_OBJECT
private slots:
    void stampsFollowTheWallClockWhenItMovesForward()
    {
        qint64 wall = 1000;
        HybridClock clock([&] { return wall; });
        QCOMPARE(clock.now(), (HlcTimestamp{1000, 0}));
        wall = 1005;
        QCOMPARE(clock.now(), (HlcTimestamp{1005, 0}));
    }

    void staysMonotonicWhenTheWallClockJumpsBack()
    {
        qint64 wall = 50'000;
        HybridClock clock([&] { return wall; });
        HlcTimestamp previous = clock.now();
        wall = 10'000; // NTP pulled the clock back 40 s
        for (int i = 0; i < 1000; ++i) {
            const HlcTimestamp next = clock.now();
            QVERIFY2(previous < next, qPrintable(previous.toString() + " !< " + next.toString()));
            QCOMPARE(next.wallMs, 50'000);
            previous = next;
        }
        wall = 60'000;
        QCOMPARE(clock.now(), (HlcTimestamp{60'000, 0}));
    }

    void counterOverflowBorrowsTheNextMillisecondInsteadOfWrapping()
    {
        HybridClock clock([] { return qint64(7); });
        HlcTimestamp previous = clock.now();
        for (quint32 i = 0; i < HlcTimestamp::MaxCounter + 10; ++i) {
            const HlcTimestamp next = clock.now();
            QVERIFY(previous < next);
            QVERIFY(previous.packed() < next.packed());
            previous = next;
        }
        QCOMPARE(previous.wallMs, 8);
    }

    void receivingARemoteStampFromTheFutureMovesPastIt()
    {
        qint64 wall = 1000;
        HybridClock clock([&] { return wall; });
        clock.now();
        const HlcTimestamp remote{9000, 4}; // a tablet whose clock runs 8 s ahead
        const HlcTimestamp merged = clock.receive(remote);
        QVERIFY(remote < merged);
        QCOMPARE(merged, (HlcTimestamp{9000, 5}));
        QVERIFY(merged < clock.now()); // and local events after it sort after it
    }

    void receivingAnOldRemoteStampKeepsLocalTime()
    {
        qint64 wall = 5000;
        HybridClock clock([&] { return wall; });
        const HlcTimestamp local = clock.now();
        const HlcTimestamp merged = clock.receive({1000, 3});
        QVERIFY(local < merged);
        QCOMPARE(merged, (HlcTimestamp{5000, 1}));
    }

    void mergeTakesTheLargerCounterOnTheSameMillisecond()
    {
        HybridClock clock([] { return qint64(100); });
        clock.now();
        clock.now(); // {100, 1}
        QCOMPARE(clock.receive({100, 7}), (HlcTimestamp{100, 8}));
        QCOMPARE(clock.receive({100, 2}), (HlcTimestamp{100, 9}));
    }

    void packingPreservesOrder()
    {
        const HlcTimestamp a{1'700'000'000'000, 0};
        const HlcTimestamp b{1'700'000'000'000, 65535};
        const HlcTimestamp c{1'700'000'000'001, 0};
        QVERIFY(a.packed() < b.packed());
        QVERIFY(b.packed() < c.packed());
        QCOMPARE(HlcTimestamp::fromPacked(b.packed()), b);
    }

    void restoreNeverMovesBackwards()
    {
        HybridClock clock([] { return qint64(10); });
        clock.restore({500, 2});
        clock.restore({400, 9});
        QCOMPARE(clock.now(), (HlcTimestamp{500, 3}));
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
