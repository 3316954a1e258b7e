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
            R"({"formatVersion":1,"facilities":[{"id":"f1","name":"A"},{"id":"f2"}]})", "ref.json", &list);
        QCOMPARE(s.code(), Status::Invalid);
        QVERIFY2(s.detail().contains("ref.json") && s.detail().contains("$.facilities[1].name"),
                 qPrintable(s.detail()));
        QCOMPARE(list.size(), 1); // the old list is untouched on error
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
