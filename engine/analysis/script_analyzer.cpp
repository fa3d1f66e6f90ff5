#include "analysis/call_sequence.h"

#include "analysis/call_walker.h"
#include "analysis/names.h"
#include "analysis/string_mask.h"
#include "analysis/syntax_tree.h"

#include <tree_sitter/api.h>

#include <cstring>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace mph {

namespace {

// Literals this long cannot decode to a tracked string value (escapes shrink at most 4:1), so blanking them before
// parsing changes no result.
constexpr std::size_t kBlankFrom = 4 * analysis::kMaxLiteralBytes + 16;
// Constant lists hold no call and no value at all: any size could be blanked; below this, parsing them costs little.
constexpr std::size_t kBlankListsFrom = 256;

// Each blanked region is inside one string node with the lexer's delimiters.
bool blankedAsLexed(const TSTree *tree, const std::vector<analysis::BlankedString> &regions) {
    const TSNode root = ts_tree_root_node(tree);
    for (const analysis::BlankedString &region : regions) {
        TSNode node = ts_node_named_descendant_for_byte_range(root, region.contentBegin, region.contentEnd);
        for (int up = 0; up < 3 && !ts_node_is_null(node) && std::strcmp(ts_node_type(node), "string") != 0; ++up)
            node = ts_node_parent(node);
        if (ts_node_is_null(node) || std::strcmp(ts_node_type(node), "string") != 0) return false;
        if (ts_node_start_byte(node) != region.begin || ts_node_end_byte(node) != region.end) return false;
    }
    return true;
}

} // namespace

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
    std::string blanked;       // the script with its long literals and constant lists blanked, reused
    analysis::SourceMask mask; // what was blanked, reused

    TSTree *parse(std::string_view text) {
        TSTree *parsed = ts_parser_parse_string(parser, nullptr, text.data(), static_cast<uint32_t>(text.size()));
        if (!parsed) ts_parser_reset(parser); // timed out
        return parsed;
    }
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
    // Blanked strings and lists, then (when a list was not parsed as expected) blanked strings only, then the original.
    bool flattened = false;
    if (analysis::maskSource(source, kBlankFrom, kBlankListsFrom, impl_->blanked, impl_->mask) &&
        !impl_->mask.lists.lists.empty()) {
        TSTree *tree = impl_->parse(impl_->blanked);
        if (!tree) { // timed out
            sequence.truncated = true;
            return sequence;
        }
        flattened = blankedAsLexed(tree, impl_->mask.strings) &&
                    analysis::flatten(tree, source, impl_->kinds, impl_->tree, &impl_->mask.lists) &&
                    impl_->tree.errorNodes == 0;
        ts_tree_delete(tree);
        if (!flattened) analysis::maskSource(source, kBlankFrom, std::string_view::npos, impl_->blanked, impl_->mask);
    }
    if (!flattened) {
        const bool blanked = !impl_->mask.strings.empty();
        TSTree *tree = impl_->parse(blanked ? std::string_view(impl_->blanked) : source);
        if (tree && blanked && !blankedAsLexed(tree, impl_->mask.strings)) { // the lexer was wrong: parse the original
            ts_tree_delete(tree);
            tree = impl_->parse(source);
        }
        if (!tree) { // timed out
            sequence.truncated = true;
            return sequence;
        }
        analysis::flatten(tree, source, impl_->kinds, impl_->tree);
        ts_tree_delete(tree);
    }
    sequence.errorNodes = impl_->tree.errorNodes;
    analysis::CallWalker walker(impl_->tree, impl_->limits, sequence);
    walker.run();
    return sequence;
}

} // namespace mph
