// Engine messages: a code and arguments, so each front end composes them in its own
// language; English for files. Every warning the sample gives carries a code.
#include <QtTest>

#include "coverage/analysis.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "targets/evaluate.h"

using namespace qh;

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void composedInEnglish()
    {
        const Message m = Message::coded("facility_unreachable", {Message::coded("facility_named", {"7", "Kita"}), "500"});
        QCOMPARE(QString::fromStdString(m.text()),
                 QString("facility 7 (Kita): no walkable edge within 500 m; not reachable, so it covers no one"));
        // Without translators the local text is the English one.
        QCOMPARE(m.localText(), QString::fromStdString(m.text()));
        // A label pair shows its English half in English.
        QCOMPARE(QString::fromStdString(Message::label("Childcare", "托育").text()), QString("Childcare"));
        // A literal is itself; a code not in the catalogue is a programming error.
        QCOMPARE(QString::fromStdString(Message("Vaduz").text()), QString("Vaduz"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, Message::coded("no_such_code"));
        // Every code has its sentence, and every %n of it is filled by a distinct argument.
        for (const std::string &code : messageCodes()) {
            const QString s = QString::fromUtf8(messageSentence(code));
            QVERIFY2(!s.isEmpty(), code.c_str());
            for (int n = 1; n <= 9; ++n)
                if (s.contains(QStringLiteral("%%1").arg(n)))
                    for (int k = 1; k < n; ++k)
                        QVERIFY2(s.contains(QStringLiteral("%%1").arg(k)), code.c_str()); // no gaps in numbering
        }
    }

    void everyWarningOfTheSampleHasACode()
    {
        Project p = loadProject(QH_SAMPLE_PROJECT);
        RegionData region = loadRegion(p);
        // A facility far from every street, and one of a type the profile lacks.
        Facility far{"far", "Far away", "childcare", {{"childcare_places", 10}}, {560000, 5200000}, true};
        Facility odd{"odd", "Odd", "school", {}, region.facilities.front().pos, true};
        region.facilities.push_back(far);
        region.facilities.push_back(odd);
        const AnalysisResult a = analyze(p, region);
        QVERIFY(a.warnings.size() >= 4);
        int aboutFar = 0, aboutOdd = 0;
        for (const Message &w : a.warnings) {
            QVERIFY2(!w.code.empty(), w.text().c_str());
            aboutFar += w.facilityId == "far" && w.code == "facility_unreachable";
            aboutOdd += w.facilityId == "odd" && w.code == "facility_type_unknown";
        }
        QCOMPARE(aboutFar, 1);
        QCOMPARE(aboutOdd, 1);
        // The reasons an indicator is not evaluated, or does not apply, too.
        const TargetProfile km = loadTargetProfile("kunming-2022");
        const Evaluation ev = evaluate(km, a, region);
        int reasons = 0;
        for (const IndicatorResult &ir : ev.indicators) {
            if (!ir.available) {
                QVERIFY(!ir.unavailableReason.code.empty());
                ++reasons;
            }
            for (const Score &sc : ir.units) {
                if (!sc.applicable) {
                    QVERIFY(!sc.notApplicableReason.code.empty());
                    ++reasons;
                }
                if (!sc.gapText.empty())
                    QVERIFY(!sc.gapText.code.empty());
            }
        }
        QVERIFY(reasons > 5);
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "test_messages.moc"
