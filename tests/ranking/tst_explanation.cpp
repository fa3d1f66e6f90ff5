// The explanation beside a ranked script: rare shared calls and the alignment with the nearest known script.
#include "ranking/explanation.h"

#include <QtTest>

using namespace mph;

using Calls = std::vector<std::string>;
using Path = std::vector<std::pair<int, int>>;

class TestExplanation : public QObject {
    Q_OBJECT
  private slots:
    void documentFrequency();
    void rareSharedCallsRarestFirst();
    void alignmentExample();
    void alignmentTiesAreDocumented();
    void alignmentEdgeCases();
    void bandedAlignmentOfLongSequences();
    void addedCallsIsAMultisetDifference();
};

void TestExplanation::documentFrequency() {
    const BackgroundFrequency f = countBackgroundCalls({{"os.system", "open", "open"}, {"open"}, {"setup"}});
    QCOMPARE(f.documents, std::size_t(3));
    QCOMPARE(f.counts.at("open"), 2u); // counted once per sequence
    QCOMPARE(f.frequency("open"), 2.0 / 3);
    QCOMPARE(f.frequency("os.system"), 1.0 / 3);
    QCOMPARE(f.frequency("exec"), 0.0);
    QCOMPARE(countBackgroundCalls({}).frequency("open"), 0.0);
}

void TestExplanation::rareSharedCallsRarestFirst() {
    // Background frequencies: setup 4/4, open 2/4, os.system 2/4, exec 1/4, base64.b64decode 0/4.
    const BackgroundFrequency f = countBackgroundCalls(
        {{"open", "setup"}, {"open", "os.system", "setup"}, {"setup"}, {"os.system", "exec", "setup"}});
    const Calls script{"open", "base64.b64decode", "exec", "os.system", "exec", "setup"};
    const Calls known{"base64.b64decode", "exec", "request.urlopen", "os.system"};
    ExplainOptions options;
    options.rareBelow = 0.5;
    // Shared: base64.b64decode (0), exec (0.25), os.system (0.5, not below 0.5). open and setup are not in known.
    QCOMPARE(explain(script, known, f, options).rareSharedCalls, (Calls{"base64.b64decode", "exec"}));
    options.rareBelow = 0.6; // os.system joins; ties keep name order
    QCOMPARE(explain(script, known, f, options).rareSharedCalls, (Calls{"base64.b64decode", "exec", "os.system"}));
    // The default threshold (1%) with this tiny background keeps only never-seen calls.
    QCOMPARE(explain(script, known, f).rareSharedCalls, (Calls{"base64.b64decode"}));
}

void TestExplanation::alignmentExample() {
    // script: open b64decode exec os.system setup / known: b64decode exec urlopen os.system.
    // The three shared calls are in the same order, so the best alignment matches all three (+3) and leaves open,
    // urlopen and setup against gaps (-3): score 0. Two matches can score at most 2 - 3 = -1 (two mismatch pairs
    // and a gap), so this path is the only optimum.
    const Calls script{"open", "base64.b64decode", "exec", "os.system", "setup"};
    const Calls known{"base64.b64decode", "exec", "request.urlopen", "os.system"};
    const Explanation e = explain(script, known, countBackgroundCalls({}));
    QCOMPARE(e.alignment, (Path{{0, -1}, {1, 0}, {2, 1}, {-1, 2}, {3, 3}, {4, -1}}));
    QVERIFY(!e.banded);
}

void TestExplanation::alignmentTiesAreDocumented() {
    // [x, y] against [y, x]: two mismatches score -2; "gap, match, gap" scores -1 in two ways. Read from the end, a gap
    // in the second sequence is preferred: the last step is (1, -1), so the path is (-1,0) (0,1) (1,-1).
    QCOMPARE(alignSequences({"x", "y"}, {"y", "x"}), (Path{{-1, 0}, {0, 1}, {1, -1}}));
    // A single substitution in the middle is a mismatch pair (-1), better than two gaps (-2).
    QCOMPARE(alignSequences({"a", "b", "c"}, {"a", "z", "c"}), (Path{{0, 0}, {1, 1}, {2, 2}}));
    // The second sequence longer: [y, x] against [x, y, q]. Matching y-y leaves x before it as a gap (-1) and x
    // against q as a mismatch (-1): total -1. Matching x-x instead costs three gaps (-2), no match at all -3.
    QCOMPARE(alignSequences({"y", "x"}, {"x", "y", "q"}), (Path{{-1, 0}, {0, 1}, {1, 2}}));
}

void TestExplanation::alignmentEdgeCases() {
    QCOMPARE(alignSequences({}, {}), Path{});
    QCOMPARE(alignSequences({"a"}, {}), (Path{{0, -1}}));
    QCOMPARE(alignSequences({}, {"a", "b"}), (Path{{-1, 0}, {-1, 1}}));
    QCOMPARE(alignSequences({"a", "b"}, {"a", "b"}), (Path{{0, 0}, {1, 1}}));
    // Common prefix and suffix around an insertion.
    QCOMPARE(alignSequences({"a", "b", "c"}, {"a", "c"}), (Path{{0, 0}, {1, -1}, {2, 1}}));
}

void TestExplanation::bandedAlignmentOfLongSequences() {
    // 3,000 calls, the second differing at the first, middle and last positions (no common prefix or suffix to
    // strip). With a 20,000-cell cap the table is banded; the diagonal (3 mismatches, 2,997 matches) is still the
    // best path and lies in the band.
    Calls a, b;
    for (int i = 0; i < 3000; ++i)
        a.push_back("c" + std::to_string(i % 7));
    b = a;
    for (int i : {0, 1500, 2999})
        b[static_cast<std::size_t>(i)] = "other";
    bool banded = false;
    const Path path = alignSequences(a, b, 20'000, &banded);
    QVERIFY(banded);
    QCOMPARE(path.size(), std::size_t(3000));
    for (int i = 0; i < 3000; ++i)
        QCOMPARE(path[static_cast<std::size_t>(i)], (std::pair<int, int>{i, i}));
    // Different lengths: every position of both sides appears exactly once, in order.
    Calls longer = a;
    longer.insert(longer.begin() + 700, {"x", "y", "z"});
    longer.front() = "first";
    const Path p2 = alignSequences(longer, b, 20'000, &banded);
    QVERIFY(banded);
    int nextI = 0, nextJ = 0;
    for (auto [i, j] : p2) {
        if (i >= 0) QCOMPARE(i, nextI++);
        if (j >= 0) QCOMPARE(j, nextJ++);
        QVERIFY(i >= 0 || j >= 0);
    }
    QCOMPARE(nextI, 3003);
    QCOMPARE(nextJ, 3000);
}

void TestExplanation::addedCallsIsAMultisetDifference() {
    QCOMPARE(addedCalls({"a", "b", "a", "c", "a"}, {"a", "c", "d"}), (Calls{"b", "a", "a"}));
    QCOMPARE(addedCalls({"a"}, {"a", "a"}), Calls{});
    QCOMPARE(addedCalls({"a", "b"}, {}), (Calls{"a", "b"}));
}

QTEST_APPLESS_MAIN(TestExplanation)
#include "tst_explanation.moc"
