#pragma once
// Internal to the analysis stage: Python text to a flattened syntax tree, with the source mask that keeps huge
// literals and constant lists from dominating tree-sitter's time (string_mask.h). One per thread.
#include <cstdint>
#include <string>
#include <string_view>

#include "analysis/string_mask.h"
#include "analysis/syntax_tree.h"

struct TSParser;
struct TSTree;

namespace mph::analysis {

class PythonParser {
  public:
    explicit PythonParser(std::uint64_t timeoutMicros);
    ~PythonParser();
    PythonParser(const PythonParser &) = delete;
    PythonParser &operator=(const PythonParser &) = delete;

    // Parses `source` into `out` (which keeps a view of `source`). False when tree-sitter's timeout stopped it.
    bool parse(std::string_view source, SyntaxTree &out);

  private:
    TSTree *parseText(std::string_view text);

    TSParser *parser_;
    KindTable kinds_;
    std::string blanked_; // the script with its long literals and constant lists blanked, reused
    SourceMask mask_;     // what was blanked, reused
};

} // namespace mph::analysis
