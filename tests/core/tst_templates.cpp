#include "QualityModel.h"
#include "Template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;

#ifndef FELTDIALOG_ASSETS_DIR
#error "FELTDIALOG_ASSETS_DIR must name the source tree's assets folder"
#endif

namespace {

const QString assets = QStringLiteral(FELTDIALOG_ASSETS_DIR);
const QString modelPath = assets + QStringLiteral("/quality-model/kvalitetsmodel-tilbud-2019.json");
const QString visitPath = assets + QStringLiteral("/templates/uanmeldt-botilbud.json");
const QString meetingPath = assets + QStringLiteral("/templates/dialogmoede.json");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QualityModel shippedModel()
{
    QualityModel model;
    const Status s = parseQualityModel(readFile(modelPath), modelPath, &model);
    if (!s.isOk())
        qFatal("%s", qPrintable(s.detail()));
    return model;
}

// The smallest template the format accepts, so each broken case below differs from a valid file by
// one edit and the test shows exactly which edit is refused.
const char *miniPhases[] = {
    R"({"id":"contract","title":{"da":"Kontrakt"},"contractItems":[
        {"id":"purpose","title":{"da":"Formål"},"explanation":{"da":"F"},"sayAloud":{"da":"F"}},
        {"id":"desired_outcome","title":{"da":"Udbytte"},"explanation":{"da":"U"},"sayAloud":{"da":"U"}},
        {"id":"process","title":{"da":"Proces"},"explanation":{"da":"P"},"sayAloud":{"da":"P"}}],
       "positions":[
        {"id":"control","title":{"da":"Kontrol"},"explanation":{"da":"K"},"sayAloud":{"da":"K"}},
        {"id":"development","title":{"da":"Udvikling"},"explanation":{"da":"U"},"sayAloud":{"da":"U"}}]})",
    R"({"id":"checkin","title":{"da":"Check-in"},"coreElements":[2],
       "prompts":[{"id":"haab","kind":"hopes","text":{"da":"Håb?"}}],
       "participantRoles":[{"id":"leader","title":{"da":"Leder"}}]})",
    R"({"id":"conversation","title":{"da":"Samtale"},
       "questionBanks":[{"id":"b","indicatorId":"8.b","title":{"da":"8.b"},"headings":[
        {"id":"h","title":{"da":"H"},"questions":[
         {"id":"q1","text":{"da":"Q1"},"answerType":"note"},
         {"id":"q2","text":{"da":"Q2"},"answerType":"yes_no_na","allowComment":false}]}]}]})",
    R"({"id":"wrapup","title":{"da":"Afrunding"},
       "steps":[{"id":"s","kind":"summary","title":{"da":"S"},"prompt":{"da":"S"}}]})",
    R"({"id":"closing","title":{"da":"Afslutning"},
       "steps":[{"id":"s","kind":"next_steps","title":{"da":"N"},"prompt":{"da":"N"}}]})",
};

QByteArray mini(int phaseCount = 5)
{
    QByteArray json =
        R"({"formatVersion":1,"id":"mini","version":1,"title":{"da":"Mini","en":"Mini"},)"
        R"("kind":"announced","qualityModelVersion":"tilbud-2019","focusIndicators":["8.b"],"phases":[)";
    for (int i = 0; i < phaseCount; ++i)
        json += (i ? "," : "") + QByteArray(miniPhases[i]);
    return json + "]}";
}

QByteArray miniWith(const char *from, const char *to)
{
    QByteArray json = mini();
    if (!json.contains(from))
        qFatal("the mini template has no %s", from);
    return json.replace(from, to);
}

const QByteArray miniModel =
    R"({"formatVersion":1,"modelVersion":"m1","title":{"da":"M"},"scores":[)"
    R"({"score":1,"title":{"da":"1"}},{"score":2,"title":{"da":"2"}},{"score":3,"title":{"da":"3"}},)"
    R"({"score":4,"title":{"da":"4"}},{"score":5,"title":{"da":"5"}}],)"
    R"("themes":[{"id":"t","title":{"da":"T"},"criteria":[{"id":"8","title":{"da":"C"},"indicators":[)"
    R"({"id":"8.a","title":{"da":"A"}},{"id":"8.b","title":{"da":"B"}}]}]}]})";

QByteArray miniModelWith(const char *from, const char *to)
{
    QByteArray json = miniModel;
    if (!json.contains(from))
        qFatal("the mini model has no %s", from);
    return json.replace(from, to);
}

// Every {"da": ...} in a file also has "en": the shipped guidance is bilingual throughout.
void collectTextsWithoutEnglish(const QJsonValue &v, const QString &path, QStringList *missing)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectTextsWithoutEnglish(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), missing);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("da")) && o.value(QLatin1String("en")).toString().isEmpty())
            missing->append(path);
        for (auto it = o.begin(); it != o.end(); ++it)
            collectTextsWithoutEnglish(it.value(), path + QLatin1Char('.') + it.key(), missing);
    }
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private slots:
    void shippedQualityModelHasOrganisationAndManagement()
    {
        const QualityModel model = shippedModel();
        QCOMPARE(model.modelVersion, QStringLiteral("tilbud-2019"));
        QCOMPARE(model.indicatorIds(), QStringList({"8.a", "8.b", "8.c", "9.a", "9.b", "9.c"}));
        const Theme *theme = model.themeOfIndicator(QStringLiteral("9.c"));
        QVERIFY(theme);
        QCOMPARE(theme->title.da, QStringLiteral("Organisation og ledelse"));
        QCOMPARE(theme->number, 5);
        QVERIFY(model.criterion(QStringLiteral("8")));
        QVERIFY(!model.criterion(QStringLiteral("8.a"))); // an indicator is not a criterion
        const Indicator *supervision = model.indicator(QStringLiteral("8.b"));
        QVERIFY(supervision);
        QVERIFY(supervision->statement.da.startsWith(QStringLiteral("Tilbuddet benytter sig af ekstern")));
        // The assessment guide for 8.b: three things to weigh, three levels of practice, both languages.
        QCOMPARE(supervision->guide.weigh.size(), 3);
        QCOMPARE(supervision->guide.levels.size(), 3);
        QCOMPARE(supervision->guide.levels.first().level, QStringLiteral("good"));
        for (const GuideLevel &level : supervision->guide.levels)
            QVERIFY(!level.text.da.isEmpty() && !level.text.en.isEmpty());
        QVERIFY(model.indicator(QStringLiteral("8.a"))->guide.isEmpty());
        QVERIFY(!model.indicator(QStringLiteral("10.a")));
        QCOMPARE(model.scores.size(), 5);
    }

    void aMisspeltGuideLevelIsRefused()
    {
        const QByteArray json =
            R"({"formatVersion":1,"modelVersion":"m","title":{"da":"M"},"scores":[{"score":1,"title":{"da":"L"}}],
            "themes":[{"id":"t","title":{"da":"T"},"criteria":[{"id":"8","title":{"da":"K"},"indicators":[
            {"id":"8.b","title":{"da":"B"},"assessmentGuide":{"levels":[{"level":"great","title":{"da":"G"},
            "text":{"da":"x"}}]}}]}]}]})";
        QualityModel model;
        const Status s = parseQualityModel(json, QStringLiteral("guide.json"), &model);
        QCOMPARE(s.code(), Status::Invalid);
        QVERIFY2(s.detail().contains(QStringLiteral("levels")), qPrintable(s.detail()));
    }

    void shippedTemplatesRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::newRow("unannounced visit") << visitPath << QStringLiteral("unannounced");
        QTest::newRow("dialogue meeting") << meetingPath << QStringLiteral("dialogue_meeting");
    }

    void shippedTemplatesRead()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        VisitTemplate t;
        const Status s = parseTemplate(readFile(path), path, &t);
        QVERIFY2(s.isOk(), qPrintable(s.detail()));
        QCOMPARE(t.kind, kind);
        QCOMPARE(t.sourceName, path);
        QStringList phaseIds;
        for (const TemplatePhase &p : t.phases)
            phaseIds.append(p.id);
        QCOMPARE(phaseIds, templatePhaseIds());
        const Status fits = checkTemplateAgainstModel(t, shippedModel());
        QVERIFY2(fits.isOk(), qPrintable(fits.detail()));
    }

    void contractHasTheThreeAgreementsAndBothPositions_data() { shippedTemplatesRead_data(); }
    void contractHasTheThreeAgreementsAndBothPositions()
    {
        QFETCH(QString, path);
        VisitTemplate t;
        QVERIFY(parseTemplate(readFile(path), path, &t).isOk());
        const TemplatePhase *contract = t.phase(QStringLiteral("contract"));
        QVERIFY(contract);
        QStringList items;
        for (const ContractItem &c : contract->contractItems) {
            items.append(c.id);
            QVERIFY2(!c.sayAloud.da.isEmpty(), qPrintable(c.id));
        }
        // 002 §5.1: framing an unannounced visit includes checking that the facility knows the
        // quality model and how assessments and possible sanctions work; an item of its own there.
        if (t.kind == QLatin1String("unannounced"))
            QCOMPARE(items, QStringList({"purpose", "desired_outcome", "quality_model", "process"}));
        else
            QCOMPARE(items, QStringList({"purpose", "desired_outcome", "process"}));
        for (const ContractItem &c : contract->contractItems)
            QVERIFY2(!c.explanation.da.isEmpty() && !c.explanation.en.isEmpty(), qPrintable(c.id));
        QCOMPARE(contract->positions.size(), 2);
        const TemplatePhase *checkIn = t.phase(QStringLiteral("checkin"));
        QStringList kinds;
        for (const Prompt &p : checkIn->prompts)
            kinds.append(p.kind);
        QCOMPARE(kinds, QStringList({"hopes", "uncertainties"}));
        QCOMPARE(checkIn->participantRoles.size(), 7);
    }

    void everyShippedTextHasDanishAndEnglish_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("model") << modelPath;
        QTest::newRow("unannounced visit") << visitPath;
        QTest::newRow("dialogue meeting") << meetingPath;
    }

    void everyShippedTextHasDanishAndEnglish()
    {
        QFETCH(QString, path);
        QStringList missing;
        collectTextsWithoutEnglish(QJsonDocument::fromJson(readFile(path)).object(), QStringLiteral("$"),
                                   &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void everyFocusIndicatorIsInTheModelAndHasAQuestionBank()
    {
        const QualityModel model = shippedModel();
        VisitTemplate t;
        QVERIFY(parseTemplate(readFile(visitPath), visitPath, &t).isOk());
        QCOMPARE(t.focusIndicators, QStringList({"8.a", "8.b", "8.c", "9.a", "9.b", "9.c"}));
        for (const QString &id : t.focusIndicators) {
            QVERIFY2(model.indicator(id), qPrintable(id));
            const QuestionBank *bank = t.questionBank(id);
            QVERIFY2(bank, qPrintable(id));
            // Each bank ends in the indicator's own 1-5 score, so the visit can close the indicator.
            const Question &last = bank->headings.last().questions.last();
            QCOMPARE(last.answerType, QStringLiteral("indicator_score"));
        }
    }

    void supervisionBankFollowsTheThreeHeadingsOfTheGuidance()
    {
        VisitTemplate t;
        QVERIFY(parseTemplate(readFile(visitPath), visitPath, &t).isOk());
        const QuestionBank *bank = t.questionBank(QStringLiteral("8.b"));
        QVERIFY(bank);
        QStringList headings;
        for (const QuestionHeading &h : bank->headings) {
            headings.append(h.title.da);
            QVERIFY2(h.questions.size() >= 3, qPrintable(h.id));
        }
        QCOMPARE(headings,
                 QStringList({"Formål og rammer", "Form og indhold", "Implementering og forankring"}));
        QStringList levels;
        for (const AssessmentLevel &l : bank->assessmentGuide)
            levels.append(l.level);
        QCOMPARE(levels, QStringList({"good", "less_good", "deficient"}));
        QSet<QString> types;
        for (const QuestionHeading &h : bank->headings) {
            for (const Question &q : h.questions)
                types.insert(q.answerType);
        }
        QCOMPARE(types, QSet<QString>(answerTypes().begin(), answerTypes().end()));
    }

    void theMiniTemplateReads()
    {
        VisitTemplate t;
        const Status s = parseTemplate(mini(), QStringLiteral("mini.json"), &t);
        QVERIFY2(s.isOk(), qPrintable(s.detail()));
        QCOMPARE(t.version, QStringLiteral("1"));
        QCOMPARE(t.title.in(QStringLiteral("en")), QStringLiteral("Mini"));
        const Question *q1 = t.question(QStringLiteral("q1"));
        const Question *q2 = t.question(QStringLiteral("q2"));
        QVERIFY(q1 && q2);
        QVERIFY(q1->allowComment); // a comment is allowed unless the author says otherwise
        QVERIFY(!q2->allowComment);
        // English left out falls back to Danish rather than to nothing.
        QCOMPARE(t.phase(QStringLiteral("contract"))->title.in(QStringLiteral("en")),
                 QStringLiteral("Kontrakt"));
    }

    void aWrongAnswerTypeNamesFilePathAndChoices()
    {
        VisitTemplate t;
        t.id = QStringLiteral("untouched");
        const Status s =
            parseTemplate(miniWith(R"("answerType":"note")", R"("answerType":"maybe")"), "mini.json", &t);
        QCOMPARE(s.code(), Status::Invalid);
        QCOMPARE(s.detail(),
                 QStringLiteral("mini.json: $.phases[2].questionBanks[0].headings[0].questions[0]."
                                "answerType: expected one of note, yes_no_na, degree, "
                                "indicator_score, scale; found \"maybe\""));
        QCOMPARE(t.id, QStringLiteral("untouched")); // nothing half-read is handed out
    }

    void brokenTemplateIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");

        const int invalid = Status::Invalid;
        QTest::newRow("not JSON")
            << QByteArray("{\"formatVersion\":1,\n\"id\":") << invalid
            << "offset 25 (line 2, column 6)" // the end of the input, where the object is cut off
            << "expected valid JSON; found a syntax error (unterminated object)";
        QTest::newRow("an array, not an object") << QByteArray("[]") << invalid << "$"
                                                 << "expected an object; found an array";
        QTest::newRow("newer format") << miniWith(R"("formatVersion":1)", R"("formatVersion":2)")
                                      << int(Status::TooNew) << "$.formatVersion"
                                      << "expected template format version 1 or older (a newer Feltdialog is "
                                         "needed); found 2";
        QTest::newRow("no format version")
            << miniWith(R"("formatVersion":1,)", "") << invalid << "$.formatVersion"
            << "found nothing";
        QTest::newRow("id missing") << miniWith(R"("id":"mini",)", "") << invalid << "$.id"
                                    << "found nothing";
        QTest::newRow("id with spaces")
            << miniWith(R"("id":"mini")", R"("id":"Mit skema")") << invalid << "$.id"
            << "expected an id of lowercase letters";
        QTest::newRow("version not a number or semver")
            << miniWith(R"("version":1)", R"("version":"v1")") << invalid << "$.version"
            << R"(expected a whole number from 1 or a version like "1.2.0"; found "v1")";
        QTest::newRow("unknown kind")
            << miniWith(R"("kind":"announced")", R"("kind":"surprise")") << invalid << "$.kind"
            << R"(expected one of unannounced, announced, dialogue_meeting; found "surprise")";
        QTest::newRow("title as plain string")
            << miniWith(R"("title":{"da":"Mini","en":"Mini"})", R"("title":"Mini")") << invalid << "$.title"
            << R"(expected an object with the texts "da" and "en"; found "Mini")";
        QTest::newRow("title without Danish")
            << miniWith(R"({"da":"Mini","en":"Mini"})", R"({"en":"Mini"})") << invalid << "$.title.da"
            << "expected a non-empty string; found nothing";
        QTest::newRow("misspelt field")
            << miniWith(R"("focusIndicators")", R"("focusIndicator")") << invalid << "$.focusIndicator"
            << "expected one of the fields";
        QTest::newRow("malformed focus indicator")
            << miniWith(R"(["8.b"])", R"(["8b"])") << invalid << "$.focusIndicators[0]"
            << R"(expected an indicator id like "8.b"; found "8b")";
        QTest::newRow("phase in the wrong place")
            << miniWith(R"("id":"checkin")", R"("id":"check-in")") << invalid << "$.phases[1].id"
            << R"(expected "checkin" (phases come in the order contract, checkin, conversation, wrapup, closing))";
        QTest::newRow("a phase missing") << mini(4) << invalid << "$.phases"
                                         << "expected the 5 phases contract, checkin, conversation, wrapup, "
                                            "closing; found 4 phases";
        QTest::newRow("content in the wrong phase")
            << miniWith(R"("coreElements":[2],)", R"("coreElements":[2],"steps":[],)") << invalid
            << "$.phases[1].steps"
            << "expected one of the fields";
        QTest::newRow("core element out of range")
            << miniWith(R"("coreElements":[2])", R"("coreElements":[7])") << invalid
            << "$.phases[1].coreElements[0]"
            << "expected a core element number from 1 to 6; found 7";
        QTest::newRow("duplicate contract item")
            << miniWith(R"({"id":"process")", R"({"id":"purpose")") << invalid
            << "$.phases[0].contractItems[2].id"
            << R"(expected an id not used before in this list (first used at $.phases[0].contractItems[0].id); found "purpose")";
        QTest::newRow("contract item missing")
            << miniWith(R"({"id":"process")", R"({"id":"formalia")") << invalid << "$.phases[0].contractItems"
            << R"(expected a contract item with the id "process" (required: purpose, desired_outcome, process); found none)";
        QTest::newRow("unknown position") << miniWith(R"("id":"development")", R"("id":"coaching")")
                                          << invalid << "$.phases[0].positions[1].id"
                                          << R"(expected one of control, development; found "coaching")";
        QTest::newRow("unknown participant role")
            << miniWith(R"("id":"leader")", R"("id":"mayor")") << invalid
            << "$.phases[1].participantRoles[0].id"
            << R"(expected one of leader, staff, resident, relative, board_member, companion, consultant; found "mayor")";
        QTest::newRow("solution prompt in the check-in")
            << miniWith(R"("kind":"hopes")", R"("kind":"miracle")") << invalid
            << "$.phases[1].prompts[0].kind"
            << R"(expected one of hopes, uncertainties; found "miracle")";
        QTest::newRow("answer type of the wrong type")
            << miniWith(R"("answerType":"note")", R"("answerType":3)") << invalid
            << "$.phases[2].questionBanks[0].headings[0].questions[0].answerType"
            << "found 3";
        QTest::newRow("question about an indicator outside the focus")
            << miniWith(R"("indicatorId":"8.b")", R"("indicatorId":"10.a")") << invalid
            << "$.phases[2].questionBanks[0].indicatorId"
            << R"(expected one of the template's focusIndicators 8.b; found "10.a")";
        QTest::newRow("duplicate question id")
            << miniWith(R"("id":"q2")", R"("id":"q1")") << invalid
            << "$.phases[2].questionBanks[0].headings[0].questions[1].id"
            << "first used at $.phases[2].questionBanks[0].headings[0].questions[0].id";
        QTest::newRow("question without text") << miniWith(R"("text":{"da":"Q1"},)", "") << invalid
                                               << "$.phases[2].questionBanks[0].headings[0].questions[0].text"
                                               << "found nothing";
        QTest::newRow("comment flag not a boolean")
            << miniWith(R"("allowComment":false)", R"("allowComment":"no")") << invalid
            << "$.phases[2].questionBanks[0].headings[0].questions[1].allowComment"
            << R"(expected true or false; found "no")";
        QTest::newRow("empty heading list") << miniWith(R"("headings":[)", R"("headings":[],"x-rest":[)")
                                            << invalid << "$.phases[2].questionBanks[0].headings"
                                            << "expected a non-empty array; found an empty array";
        QTest::newRow("unknown wrap-up step")
            << miniWith(R"("kind":"summary")", R"("kind":"party")") << invalid << "$.phases[3].steps[0].kind"
            << R"(found "party")";
    }

    void brokenTemplateIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        VisitTemplate t;
        const Status s = parseTemplate(json, QStringLiteral("mini.json"), &t);
        QCOMPARE(int(s.code()), code);
        const QString prefix = QStringLiteral("mini.json: ") + path + QStringLiteral(": ");
        QVERIFY2(s.detail().startsWith(prefix), qPrintable(s.detail()));
        QVERIFY2(s.detail().contains(expected), qPrintable(s.detail()));
    }

    void brokenQualityModelIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const int invalid = Status::Invalid;
        QTest::newRow("not JSON") << QByteArray("{") << invalid << "offset 1 (line 1, column 2)"
                                  << "expected valid JSON";
        QTest::newRow("newer format") << miniModelWith(R"("formatVersion":1)", R"("formatVersion":3)")
                                      << int(Status::TooNew) << "$.formatVersion"
                                      << "expected quality model format version 1 or older";
        QTest::newRow("no model version")
            << miniModelWith(R"("modelVersion":"m1",)", "") << invalid << "$.modelVersion"
            << "found nothing";
        QTest::newRow("indicator under the wrong criterion")
            << miniModelWith(R"("id":"8.b")", R"("id":"9.b")") << invalid
            << "$.themes[0].criteria[0].indicators[1].id"
            << R"(expected an indicator id made of the criterion id, a dot and a letter, like "8.a"; found "9.b")";
        QTest::newRow("duplicate indicator") << miniModelWith(R"("id":"8.b")", R"("id":"8.a")") << invalid
                                             << "$.themes[0].criteria[0].indicators[1].id"
                                             << "first used at $.themes[0].criteria[0].indicators[0].id";
        QTest::newRow("criterion as a number")
            << miniModelWith(R"("id":"8")", R"("id":8)") << invalid << "$.themes[0].criteria[0].id"
            << R"(expected a criterion number as a string, like "8"; found 8)";
        QTest::newRow("a score level missing")
            << miniModelWith(R"({"score":5,"title":{"da":"5"}})", R"({"score":4,"title":{"da":"4"}})")
            << invalid << "$.scores[4].score"
            << "first used at $.scores[3].score";
        QTest::newRow("score out of range")
            << miniModelWith(R"("score":5)", R"("score":6)") << invalid << "$.scores[4].score"
            << "expected a whole number from 1 to 5; found 6";
        QTest::newRow("no themes") << miniModelWith(R"("themes":[{)", R"("themes":[],"x-old":[{)") << invalid
                                   << "$.themes"
                                   << "expected a non-empty array; found an empty array";
    }

    void brokenQualityModelIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QualityModel model;
        const Status s = parseQualityModel(json, QStringLiteral("model.json"), &model);
        QCOMPARE(int(s.code()), code);
        QVERIFY2(s.detail().startsWith(QStringLiteral("model.json: ") + path + QStringLiteral(": ")),
                 qPrintable(s.detail()));
        QVERIFY2(s.detail().contains(expected), qPrintable(s.detail()));
    }

    void authorsOwnFieldsAreIgnored()
    {
        QualityModel model;
        const Status s =
            parseQualityModel(miniModelWith(R"("modelVersion")", R"("x-reviewedBy":"ab","modelVersion")"),
                              QStringLiteral("model.json"), &model);
        QVERIFY2(s.isOk(), qPrintable(s.detail()));
    }

    void aTemplateForAnotherModelIsRefused()
    {
        QualityModel model;
        QVERIFY(parseQualityModel(miniModel, QStringLiteral("model.json"), &model).isOk());
        VisitTemplate t;
        QVERIFY(parseTemplate(mini(), QStringLiteral("mini.json"), &t).isOk());

        Status s = checkTemplateAgainstModel(t, model);
        QCOMPARE(s.code(), Status::Invalid);
        QCOMPARE(s.detail(),
                 QStringLiteral("mini.json: $.qualityModelVersion: expected \"m1\", the model it is "
                                "checked against; found \"tilbud-2019\""));

        t.qualityModelVersion = QStringLiteral("m1");
        QVERIFY(checkTemplateAgainstModel(t, model).isOk());
        t.focusIndicators.append(QStringLiteral("9.a"));
        s = checkTemplateAgainstModel(t, model);
        QCOMPARE(s.detail(),
                 QStringLiteral("mini.json: $.focusIndicators[1]: expected an indicator of quality "
                                "model \"m1\"; found \"9.a\""));
    }

    void loadTemplatesKeepsTheValidAndReportsEachBroken()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        const QString good = write(QStringLiteral("good.json"), mini());
        const QString maybe = write(QStringLiteral("maybe.json"),
                                    miniWith(R"("answerType":"note")", R"("answerType":"maybe")"));
        const QString garbage = write(QStringLiteral("garbage.json"), "<html>");
        const QString again = write(QStringLiteral("again.json"), mini());
        const QString nowhere = dir.filePath(QStringLiteral("nowhere.json"));

        QList<VisitTemplate> valid;
        QList<Status> refused;
        loadTemplates({good, maybe, visitPath, garbage, again, meetingPath, nowhere}, &valid, &refused);

        QStringList ids;
        for (const VisitTemplate &t : valid)
            ids.append(t.id);
        QCOMPARE(ids, QStringList({"mini", "uanmeldt-botilbud", "dialogmoede"}));
        QCOMPARE(refused.size(), 4);
        QVERIFY2(refused.at(0).detail().startsWith(maybe + QStringLiteral(": $.phases[2]")),
                 qPrintable(refused.at(0).detail()));
        QVERIFY2(refused.at(1).detail().startsWith(garbage + QStringLiteral(": offset ")),
                 qPrintable(refused.at(1).detail()));
        QCOMPARE(refused.at(2).code(), Status::Invalid);
        QVERIFY2(refused.at(2).detail().startsWith(again + QStringLiteral(": $.id:")) &&
                     refused.at(2).detail().contains(good),
                 qPrintable(refused.at(2).detail()));
        QCOMPARE(refused.at(3).code(), Status::NotFound);
        QVERIFY(refused.at(3).detail().startsWith(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
