#include "analysis/call_sequence.h"

#include "analysis/call_walker.h"
#include "analysis/syntax_tree.h"

#include <tree_sitter/api.h>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace mph {

struct ScriptAnalyzer::Impl {
    explicit Impl(const AnalysisLimits &l) : limits(l), parser(ts_parser_new()), kinds(tree_sitter_python()) {
        ts_parser_set_language(parser, tree_sitter_python());
        ts_parser_set_timeout_micros(parser, limits.parseTimeoutMicros);
    }
    ~Impl() { ts_parser_delete(parser); }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    AnalysisLimits limits;
    TSParser *parser;
    analysis::KindTable kinds;
    analysis::SyntaxTree tree; // reused between scripts
};

ScriptAnalyzer::ScriptAnalyzer() : ScriptAnalyzer(AnalysisLimits{}) {}
ScriptAnalyzer::ScriptAnalyzer(const AnalysisLimits &limits) : impl_(std::make_unique<Impl>(limits)) {}
ScriptAnalyzer::~ScriptAnalyzer() = default;

CallSequence ScriptAnalyzer::analyze(std::string_view source) {
    CallSequence sequence;
    if (source.size() > impl_->limits.maxSourceBytes || source.size() > UINT32_MAX) {
        sequence.truncated = true;
        return sequence;
    }
    TSTree *tree = ts_parser_parse_string(impl_->parser, nullptr, source.data(), static_cast<uint32_t>(source.size()));
    if (!tree) { // timed out
        ts_parser_reset(impl_->parser);
        sequence.truncated = true;
        return sequence;
    }
    analysis::flatten(tree, source, impl_->kinds, impl_->tree);
    ts_tree_delete(tree);
    sequence.errorNodes = impl_->tree.errorNodes;
    analysis::CallWalker walker(impl_->tree, impl_->limits, sequence);
    walker.run();
    return sequence;
}

} // namespace mph
