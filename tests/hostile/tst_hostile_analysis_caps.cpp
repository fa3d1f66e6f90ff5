// Resource caps of the script analysis at its default limits: a 50 MB script and a 10 MB line (over the source cap:
// not analysed, truncated), a 6 MB line of calls (the call cap), and constructs nested 10,000 deep (the nesting cap).
// Each gives a truncated, bounded sequence within bounded memory (peak RSS growth under 1 GiB asserted; time printed),
// and the same analyzer then reads an ordinary script exactly.
#include "analysis/call_sequence.h"
#include "hostile_inputs.h"

#include <QtTest>

using mph::test::ResourceProbe;

namespace {

constexpr std::uint64_t kMemoryBound = 1ull << 30;

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

class TestHostileAnalysisCaps : public QObject {
    Q_OBJECT
  private slots:
    void overSourceCap_data();
    void overSourceCap();
    void longLineOfCalls();
    void nestedTenThousand_data();
    void nestedTenThousand();

  private:
    mph::CallSequence analyzeProbed(const std::string &source, const char *what);
    mph::ScriptAnalyzer analyzer_;
};

mph::CallSequence TestHostileAnalysisCaps::analyzeProbed(const std::string &source, const char *what) {
    const ResourceProbe probe;
    mph::CallSequence sequence = analyzer_.analyze(source);
    probe.print(what);
    std::printf("    -> %zu calls, truncated %d, %d error nodes\n", sequence.size(), int(sequence.truncated),
                sequence.errorNodes);
    [&] { QVERIFY2(probe.peakGrowthBytes() < kMemoryBound, what); }();
    // The analyzer is reusable afterwards: an ordinary script gives its exact sequence.
    const mph::CallSequence after = analyzer_.analyze("import os as o\nfrom base64 import b64decode\n"
                                                      "o.system(b64decode('aWQ='))\n");
    [&] {
        QCOMPARE(QString::fromStdString(mph::joinNames(after)), QString("base64.b64decode os.system"));
        QVERIFY(!after.truncated);
    }();
    return sequence;
}

void TestHostileAnalysisCaps::overSourceCap_data() {
    QTest::addColumn<QByteArray>("source");
    std::string script = "import os\n";
    while (script.size() < 50u << 20)
        script += "os.system('echo " + std::to_string(script.size()) + "')\n";
    QTest::newRow("50 MB script") << QByteArray::fromStdString(script);
    QTest::newRow("10 MB line") << QByteArray::fromStdString("import os; x = [" + repeat("os.getcwd(), ", 800000) +
                                                             "]\n");
}

void TestHostileAnalysisCaps::overSourceCap() {
    QFETCH(QByteArray, source);
    const mph::CallSequence sequence = analyzeProbed(source.toStdString(), QTest::currentDataTag());
    QVERIFY(source.size() > qsizetype(mph::AnalysisLimits{}.maxSourceBytes));
    QVERIFY(sequence.truncated);
    QCOMPARE(sequence.size(), std::size_t(0));
}

void TestHostileAnalysisCaps::longLineOfCalls() {
    // One 6 MB line (under the source cap) with 500,000 calls: truncated, never more than the call cap.
    const std::string source = "import os; " + repeat("os.getcwd(); ", 500000) + "\n";
    QVERIFY(source.size() < mph::AnalysisLimits{}.maxSourceBytes);
    const mph::CallSequence sequence = analyzeProbed(source, "6 MB line, 500,000 calls");
    // Cut by the call cap, or earlier by the visit or parse-time cap (under a sanitizer on a loaded machine).
    QVERIFY(sequence.truncated);
    QVERIFY(sequence.size() <= mph::AnalysisLimits{}.maxCalls);
}

void TestHostileAnalysisCaps::nestedTenThousand_data() {
    QTest::addColumn<QByteArray>("source");
    constexpr std::size_t n = 10000;
    auto row = [](const char *tag, const std::string &source) {
        QTest::newRow(tag) << QByteArray::fromStdString(source);
    };
    row("calls f(f(...))", "import os\n" + repeat("os.path.join(", n) + "1" + repeat(")", n) + "\n");
    row("parentheses", "x = " + repeat("(", n) + "eval('1')" + repeat(")", n) + "\n");
    row("lists", "x = " + repeat("[", n) + "eval('1')" + repeat("]", n) + "\n");
    row("unary minus", "x = " + repeat("-", n) + "eval('1')\n");
    row("not", "x = " + repeat("not ", n) + "eval('1')\n");
    row("lambdas", "f = " + repeat("lambda: ", n) + "eval('1')\nf()\n");
    row("attribute chain", "import os\nos" + repeat(".a", n) + "()\n");
    row("binary operators", "x = " + repeat("eval('1') + ", n) + "1\n");
    row("subscripts", "x = eval('1')" + repeat("[0]", n) + "\n");
    row("unclosed brackets", "import os\n" + repeat("os.system([{(", n) + "\n");
    std::string blocks;
    for (std::size_t depth = 0; depth < n; ++depth)
        blocks += "if 1:\n" + std::string(depth + 1, '\t');
    row("if blocks, tab-indented", blocks + "eval('1')\n");
    std::string defs;
    for (std::size_t depth = 0; depth < n; ++depth)
        defs += "def f" + std::to_string(depth) + "(): return f" + std::to_string(depth + 1) + "()\n";
    row("call chain of 10,000 functions", defs + "def f10000(): eval('1')\nf0()\n");
}

void TestHostileAnalysisCaps::nestedTenThousand() {
    QFETCH(QByteArray, source);
    const mph::CallSequence sequence = analyzeProbed(source.toStdString(), QTest::currentDataTag());
    QVERIFY(sequence.size() <= mph::AnalysisLimits{}.maxCalls);
    for (const mph::CallToken &token : sequence.calls)
        QVERIFY(token.begin <= token.end && token.end <= std::size_t(source.size()));
}

QTEST_GUILESS_MAIN(TestHostileAnalysisCaps)
#include "tst_hostile_analysis_caps.moc"
