// Constant lists (engine/analysis/constant_list.h) are blanked before parsing and their nodes built without
// tree-sitter: the flattened tree must be exactly the one tree-sitter gives for the original text, and the call
// sequence must not change.
#include "analysis/call_sequence.h"
#include "analysis/string_mask.h"
#include "analysis/syntax_tree.h"

#include <tree_sitter/api.h>

#include <QtTest>

#include <functional>
#include <memory>
#include <random>
#include <string>

extern "C" const TSLanguage *tree_sitter_python(void);

using namespace mph;
using namespace mph::analysis;

namespace {

constexpr std::size_t kMinList = 256; // as in script_analyzer.cpp

// A list display of `element` repeated until its contents reach kMinList bytes.
std::string bigList(const std::string &element) {
    std::string list = "[";
    while (list.size() < kMinList + 1)
        list += element + ", ";
    return list + "]";
}

struct Parsed {
    SyntaxTree tree;
    std::string text; // what tree.source points at
    bool ok = false;
};

// Flattens `source` parsed as it is, or through the mask (lists blanked, their contents spliced back).
std::unique_ptr<Parsed> flattenSource(const std::string &source, bool masked, std::size_t *lists = nullptr) {
    auto parsed = std::make_unique<Parsed>();
    parsed->text = source;
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_python());
    const KindTable kinds(tree_sitter_python());
    std::string blanked;
    SourceMask mask;
    const bool blank = masked && maskSource(parsed->text, std::string::npos, kMinList, blanked, mask);
    if (lists) *lists = mask.lists.lists.size();
    const std::string &input = blank ? blanked : parsed->text;
    TSTree *tree = ts_parser_parse_string(parser, nullptr, input.data(), static_cast<uint32_t>(input.size()));
    parsed->ok = flatten(tree, parsed->text, kinds, parsed->tree, blank ? &mask.lists : nullptr);
    ts_tree_delete(tree);
    ts_parser_delete(parser);
    return parsed;
}

QString describe(const Node &n) {
    return QStringLiteral("[%1,%2) kind %3 field %4 child %5 next %6")
        .arg(n.begin)
        .arg(n.end)
        .arg(int(n.kind))
        .arg(int(n.field))
        .arg(n.firstChild)
        .arg(n.nextSibling);
}

QStringList names(const CallSequence &sequence) {
    QStringList list;
    for (const CallToken &call : sequence.calls)
        list << QString::fromStdString(call.name);
    return list;
}

} // namespace

class TestConstantLists : public QObject {
    Q_OBJECT

  private slots:
    void sameTreeAsTreeSitter_data();
    void sameTreeAsTreeSitter();
    void leftToTreeSitter_data();
    void leftToTreeSitter();
    void randomListsSameTreeAsTreeSitter();
    void sameSequence_data();
    void sameSequence();
    void tokenRangesStayInTheOriginal();
};

void TestConstantLists::sameTreeAsTreeSitter_data() {
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("context"); // %1: where the list goes
    const QString assign = QStringLiteral("x = %1\nf()\n");
    QTest::newRow("integers") << "7" << assign;
    QTest::newRow("hex and leading zeros") << "0x1F + 0X0a - 007" << assign;
    QTest::newRow("shifts in parentheses") << "((1 << 3) + (2 >> 1)) - 1" << assign;
    QTest::newRow("left associative") << "1 - 2 - 3 * 4 // 5 % 6 / 7" << assign;
    QTest::newRow("and binds looser than xor in tree-sitter") << "1 & 2 ^ 3 | 4 ^ 5 & 6" << assign;
    QTest::newRow("power is right associative") << "2 ** 3 ** 2" << assign;
    QTest::newRow("unary below power") << "-2 ** 2 + ~1 << 2" << assign;
    QTest::newRow("unary exponent") << "2 ** -1 ** 2 * - - 3" << assign;
    QTest::newRow("unary on parentheses") << "-(1 + 2) * +(3)" << assign;
    QTest::newRow("nested parentheses") << "(((1)))" << assign;
    QTest::newRow("newlines and CRLF") << "(1\n + 2)\r\n" << assign;
    QTest::newRow("call argument") << "1 << 2" << QStringLiteral("import os\nos.write(1, bytes(%1))\n");
    QTest::newRow("in an inlined function") << "3" << QStringLiteral("def f():\n    return g(%1)\nf()\n");
    QTest::newRow("after a keyword") << "1" << QStringLiteral("for i in %1:\n    print(i)\n");
    QTest::newRow("subscripted list") << "1" << QStringLiteral("y = %1[0] + %1[1]\n");
    QTest::newRow("two lists") << "1+1" << QStringLiteral("a, b = %1, %1\n");
    QTest::newRow("nested list") << "1" << QStringLiteral("x = [%1, [2]]\n");
}

void TestConstantLists::sameTreeAsTreeSitter() {
    QFETCH(QString, element);
    QFETCH(QString, context);
    const std::string list = bigList(element.toStdString());
    const std::string source = context.arg(QString::fromStdString(list)).toStdString();
    std::size_t lists = 0;
    const auto original = flattenSource(source, false);
    const auto masked = flattenSource(source, true, &lists);
    QVERIFY(lists >= 1);
    QVERIFY(original->ok);
    QVERIFY(masked->ok);
    QCOMPARE(original->tree.errorNodes, 0);
    QCOMPARE(masked->tree.errorNodes, 0);
    QCOMPARE(masked->tree.nodes.size(), original->tree.nodes.size());
    for (std::size_t i = 0; i < original->tree.nodes.size(); ++i)
        QCOMPARE(describe(masked->tree.nodes[i]), describe(original->tree.nodes[i]));
}

// Random lists of integer arithmetic in random contexts (fixed seed): whenever the mask takes a list and the checks
// accept the masked parse, the tree is tree-sitter's own. A quarter of the lists get random bytes swapped in.
void TestConstantLists::randomListsSameTreeAsTreeSitter() {
    std::mt19937 random(20261124);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    const char *operators[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
    const char *spaces[] = {"", " ", "\t", "\n", "\r\n", " \n  "};
    auto space = [&] { return std::string(spaces[pick(6)]); };
    auto afterOperator = [&] { return pick(300) == 0 ? space() : std::string(spaces[pick(2)]); };
    std::function<std::string(int)> expression = [&](int depth) -> std::string {
        switch (depth > 6 ? 0 : pick(6)) {
        case 0:
        case 1:
            return pick(3) == 0 ? "0x" + std::to_string(pick(4096)) + "aF" : std::to_string(pick(1000));
        case 2:
        case 3:
            return expression(depth + 1) + space() + operators[pick(12)] + afterOperator() + expression(depth + 1);
        case 4:
            return std::string(1, "+-~"[pick(3)]) + afterOperator() + expression(depth + 1);
        default:
            return "(" + space() + expression(depth + 1) + space() + ")";
        }
    };
    const std::string contexts[] = {"x = %\nf()\n",
                                    "f(%)\n",
                                    "y = a if b else %\n",
                                    "def g():\n    return %\n",
                                    "class C:\n    def m(self):\n        if x:\n            y = %\n        z()\n",
                                    "if a:\n  for i in %:\n    f(i)\n",
                                    "z = [%, 1]\n",
                                    "w = %[0]\n",
                                    "print %\n",
                                    "x = y%\n"};
    const char junk[] = "0123456789abcdefxX+-*/%<>&|^~(), \n\t\r[]=.jL_#'";
    int masked = 0, same = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string list = "[";
        for (int i = 0, n = 10 + pick(30); i < n; ++i)
            list += expression(0) + (i + 1 < n || pick(2) ? "," : "") + space();
        list += "]";
        if (pick(4) == 0)
            for (int j = 0, n = 1 + pick(3); j < n; ++j)
                list[std::size_t(1 + pick(int(list.size()) - 2))] = junk[pick(int(sizeof junk) - 1)];
        std::string source = contexts[pick(10)];
        source.replace(source.find('%'), 1, list);
        std::size_t lists = 0;
        const auto viaMask = flattenSource(source, true, &lists);
        if (lists == 0) continue;
        ++masked;
        if (!viaMask->ok || viaMask->tree.errorNodes != 0) continue; // the analyzer parses the original instead
        const auto original = flattenSource(source, false);
        QCOMPARE(viaMask->tree.errorNodes, original->tree.errorNodes);
        QCOMPARE(viaMask->tree.nodes.size(), original->tree.nodes.size());
        for (std::size_t i = 0; i < original->tree.nodes.size(); ++i)
            QCOMPARE(describe(viaMask->tree.nodes[i]), describe(original->tree.nodes[i]));
        ++same;
    }
    qInfo("%d of 3000 random scripts had a list blanked; %d of them gave tree-sitter's tree, the rest were caught "
          "by the checks",
          masked, same);
    QVERIFY(same > 200);
}

void TestConstantLists::leftToTreeSitter_data() {
    QTest::addColumn<QString>("source");
    const auto listOf = [](const std::string &element) { return QString::fromStdString(bigList(element)); };
    QTest::newRow("short") << "x = [1, 2, 3]\n";
    QTest::newRow("float") << "x = " + listOf("1.5") + "\n";
    QTest::newRow("name") << "x = " + listOf("a + 1") + "\n";
    QTest::newRow("tuple") << "x = " + listOf("(1, 2)") + "\n";
    QTest::newRow("comment") << "x = " + listOf("1  # c\n") + "\n";
    QTest::newRow("comparison") << "x = " + listOf("1 < 2") + "\n";
    QTest::newRow("string") << "x = " + listOf("'a'") + "\n";
    QTest::newRow("imaginary and long") << "x = " + listOf("1j + 2L") + "\n";
    QTest::newRow("underscore") << "x = " + listOf("1_000") + "\n";
    QTest::newRow("augmented") << "x = " + listOf("1 += 2") + "\n";
    QTest::newRow("empty element") << "x = " + listOf("1,") + "\n";
    QTest::newRow("subscript") << "x = y" + listOf("1") + "\n";
    QTest::newRow("subscript after a string") << "x = 'ab'" + listOf("1") + "\n";
    QTest::newRow("python 2 print") << "print " + listOf("1") + "\n";
    QTest::newRow("inside a string") << "x = '" + listOf("1") + "'\n";
    QTest::newRow("inside a comment") << "# " + listOf("1") + "\n";
    // tree-sitter-python's scanner emits a DEDENT at a newline right after an operator (the original does not parse).
    QTest::newRow("newline after an operator") << "def f():\n    return " + listOf("1 -\n2") + "\n";
    QTest::newRow("newline after a unary operator") << "def f():\n    return " + listOf("-\n2") + "\n";
    QTest::newRow("too deep") << "x = " + listOf(std::string(120, '(') + "1" + std::string(120, ')')) + "\n";
}

void TestConstantLists::leftToTreeSitter() {
    QFETCH(QString, source);
    std::string out = "untouched";
    SourceMask mask;
    const std::string text = source.toStdString();
    QVERIFY(!maskSource(text, std::string::npos, kMinList, out, mask));
    QVERIFY(mask.lists.lists.empty());
    QCOMPARE(out, std::string("untouched"));
}

void TestConstantLists::sameSequence_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString list = QString::fromStdString(bigList("((12 << 2) + (3 << 1)) - 5"));
    QTest::newRow("payload decoded and run") << "import os\nexec(bytes(" + list + ").decode())\nos.system('x')\n"
                                             << "bytes ?.decode exec os.system";
    QTest::newRow("in a function called twice")
        << "import zlib\ndef f():\n    return zlib.decompress(bytes(" + list + "))\nf()\nf()\n"
        << "bytes zlib.decompress bytes zlib.decompress";
    // A syntax error anywhere: the lists are parsed by tree-sitter after all, with the same result as before.
    QTest::newRow("broken script") << "def f(:\nx = " + list + "\ng()\n"
                                   << "?";
    QTest::newRow("with a long string too") << "a('" + QString(5000, QLatin1Char('z')) + "', " + list + ")\nb()\n"
                                            << "a b";
}

void TestConstantLists::sameSequence() {
    QFETCH(QString, source);
    QFETCH(QString, expected);
    ScriptAnalyzer analyzer;
    const CallSequence sequence = analyzer.analyze(source.toStdString());
    QCOMPARE(names(sequence).join(QLatin1Char(' ')), expected);
    QVERIFY(!sequence.truncated);
    // The same script with a name in each list, which keeps them from being blanked, gives the same calls.
    QString control = source;
    control.replace(QStringLiteral(", ]"), QStringLiteral(", a]"));
    QVERIFY(control != source);
    QCOMPARE(names(analyzer.analyze(control.toStdString())), names(sequence));
}

void TestConstantLists::tokenRangesStayInTheOriginal() {
    const std::string source = "x = " + bigList("(1 << 4) + 2") + "\nimport os\nos.system(x)\n";
    ScriptAnalyzer analyzer;
    const CallSequence sequence = analyzer.analyze(source);
    QCOMPARE(sequence.size(), std::size_t(1));
    QCOMPARE(source.substr(sequence.calls[0].begin, sequence.calls[0].end - sequence.calls[0].begin),
             std::string("os.system"));
    QCOMPARE(sequence.errorNodes, 0);
}

QTEST_GUILESS_MAIN(TestConstantLists)

#include "tst_constant_lists.moc"
