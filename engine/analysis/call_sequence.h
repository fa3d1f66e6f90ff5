#pragma once
// From a Python script to the sequence of API calls it makes (design 2.3). Static only: nothing is executed.
//
// What the sequence holds, in execution order (arguments are evaluated before the call that receives them, the
// function expression before the arguments: `os.system(base64.b64decode(x))` gives base64.b64decode, os.system):
// - module-level statements in source order, every branch of if/try/with/loops once, class bodies, decorators,
//   default arguments; function bodies only where the function is called (inlined at the call site);
// - names resolved through imports and simple assignments, cut to their last two dotted components
//   (`urllib.request.urlopen` -> request.urlopen), builtins bare (`exec`), unknown receivers as `?.method`;
// - the command classes handed to `setup(cmdclass=...)` run right after the setup token.
// The rules in full are in call_walker.h.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

struct CallToken {
    std::string name;        // normalised call name: "os.system", "request.urlopen", "exec", "?.decode"
    std::uint32_t begin = 0; // byte range in the script of the call's function expression, for highlighting
    std::uint32_t end = 0;
};

struct CallSequence {
    std::vector<CallToken> calls; // in execution order, with same-script callees inlined at their call sites
    int errorNodes = 0;           // tree-sitter ERROR/MISSING nodes: how much of the script did not parse
    bool truncated = false;       // a size, depth or time cap stopped the walk early

    std::size_t size() const { return calls.size(); }
};

// Caps against hostile input. Every cap that stops the walk sets CallSequence::truncated. All are deterministic except
// the parse timeout, which is wall time (tree-sitter's own): only a script that takes most of a second to parse on a
// loaded machine can come out differently (empty and truncated). On the corpora the slowest parse takes ~0.15 s CPU.
struct AnalysisLimits {
    std::size_t maxSourceBytes = 8u << 20; // longer scripts are not analysed at all
    std::size_t maxCalls = 20000;          // tokens per sequence
    int maxInlineDepth = 8;                // nested same-script calls inlined
    int maxNesting = 600; // syntax nesting walked (deeper sub-trees are skipped; CPython stops at 200 brackets)
    std::size_t maxVisits = 4000000;            // syntax nodes visited, inlining included (bounds the walk's time)
    std::uint64_t parseTimeoutMicros = 1000000; // tree-sitter parse time (wall clock)
};

// Holds a tree-sitter parser; cheap to reuse, not thread-safe: use one per thread.
class ScriptAnalyzer {
  public:
    ScriptAnalyzer();
    explicit ScriptAnalyzer(const AnalysisLimits &limits);
    ~ScriptAnalyzer();
    ScriptAnalyzer(const ScriptAnalyzer &) = delete;
    ScriptAnalyzer &operator=(const ScriptAnalyzer &) = delete;

    CallSequence analyze(std::string_view source);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A call name cut to its last two dotted components: "urllib.request.urlopen" -> "request.urlopen".
std::string lastTwoComponents(std::string_view dotted);

// The sequence as one line of names separated by single spaces (for CSV columns and listings).
std::string joinNames(const CallSequence &sequence);

} // namespace mph
