#include "Facilities.h"

#include <QTest>

using namespace feltdialog;

class TestFacilities : public QObject
{
    Q_OBJECT
private slots:
    void readsAFacilityList()
    {
        QList<Facility> list;
        const Status s = parseFacilities(
            R"({"formatVersion":1,"facilities":[{"id":"f1","name":"Bostedet Å","address":"Vej 1","latitude":56.1,"longitude":9.5}]})",
            "facilities.json", &list);
        QVERIFY2(s.isOk(), qPrintable(s.detail()));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("Bostedet Å"));
        QCOMPARE(list.first().latitude, 56.1);
    }

    void aProblemNamesTheFileAndThePath()
    {
        QList<Facility> list{{"keep", "me", {}, {}, 0, 0}};
        const Status s = parseFacilities(
            R"({"formatVersion":1,"facilities":[{"id":"f1","name":"A","latitude":56,"longitude":9},{"id":"f2"}]})",
            "ref.json", &list);
        QCOMPARE(s.code(), Status::Invalid);
        QVERIFY2(s.detail().contains("ref.json") && s.detail().contains("$.facilities[1].name"),
                 qPrintable(s.detail()));
        QCOMPARE(list.size(), 1); // the old list is untouched on error
    }

    // Issue 14: an import took latitude 999, read "56" as 0.0, a missing position as 0,0, and
    // counted a repeated id twice.
    void aPositionOutOfRangeNotANumberOrMissingAndARepeatedIdAreRefused_data()
    {
        QTest::addColumn<QByteArray>("facility");
        QTest::addColumn<QString>("path");
        QTest::newRow("latitude 999") << QByteArray(R"({"id":"f2","name":"B","latitude":999,"longitude":9})")
                                      << "$.facilities[1].latitude";
        QTest::newRow("longitude -181")
            << QByteArray(R"({"id":"f2","name":"B","latitude":56,"longitude":-181})")
            << "$.facilities[1].longitude";
        QTest::newRow("latitude as text")
            << QByteArray(R"({"id":"f2","name":"B","latitude":"56","longitude":9})")
            << "$.facilities[1].latitude";
        QTest::newRow("no position") << QByteArray(R"({"id":"f2","name":"B"})") << "$.facilities[1].latitude";
        QTest::newRow("no longitude")
            << QByteArray(R"({"id":"f2","name":"B","latitude":56})") << "$.facilities[1].longitude";
        QTest::newRow("repeated id") << QByteArray(R"({"id":"f1","name":"B","latitude":56,"longitude":9})")
                                     << "$.facilities[1].id";
    }

    void aPositionOutOfRangeNotANumberOrMissingAndARepeatedIdAreRefused()
    {
        QFETCH(QByteArray, facility);
        QFETCH(QString, path);
        QList<Facility> list;
        const Status s = parseFacilities(
            R"({"formatVersion":1,"facilities":[{"id":"f1","name":"A","latitude":56.1,"longitude":9.5},)" +
                facility + "]}",
            "ref.json", &list);
        QCOMPARE(s.code(), Status::Invalid);
        QVERIFY2(s.detail().contains(path + QLatin1Char(':')), qPrintable(s.detail()));
        QVERIFY(list.isEmpty());
    }

    void malformedJsonIsRefused()
    {
        QList<Facility> list;
        const Status s = parseFacilities("{\"formatVersion\":1,", "ref.json", &list);
        QCOMPARE(s.code(), Status::Invalid);
        QVERIFY(s.detail().startsWith("ref.json"));
    }

    void anUnknownFormatVersionIsRefused()
    {
        QList<Facility> list;
        QCOMPARE(parseFacilities(R"({"formatVersion":2,"facilities":[]})", "ref.json", &list).code(),
                 Status::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestFacilities)
#include "tst_facilities.moc"
