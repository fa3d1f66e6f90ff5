#pragma once
// From a Python script to the sequence of API calls it makes (design 2.3). Static only: nothing is executed.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

struct CallToken {
    std::string name;          // normalised call name: "os.system", "request.urlopen", "exec", "?.decode"
    std::uint32_t begin = 0;   // byte range in the script of the call's function expression, for highlighting
    std::uint32_t end = 0;
};

struct CallSequence {
    std::vector<CallToken> calls;  // in execution order, with same-script callees inlined at their call sites
    int errorNodes = 0;            // tree-sitter ERROR/MISSING nodes: how much of the script did not parse
    bool truncated = false;        // a size, depth or time cap stopped the walk early

    std::size_t size() const { return calls.size(); }
};

// Holds a tree-sitter parser; cheap to reuse, not thread-safe: use one per thread.
class ScriptAnalyzer {
public:
    ScriptAnalyzer();
    ~ScriptAnalyzer();
    ScriptAnalyzer(const ScriptAnalyzer &) = delete;
    ScriptAnalyzer &operator=(const ScriptAnalyzer &) = delete;

    CallSequence analyze(std::string_view source);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mph
