#include "analysis/python_parser.h"

#include "analysis/names.h"

#include <tree_sitter/api.h>

#include <cstring>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace mph::analysis {

namespace {

// Literals this long are read from the original text by the walker, never from the parse: blanking them first
// changes no result and spares tree-sitter one node per escape sequence.
constexpr std::size_t kBlankFrom = 4 * kMaxLiteralBytes + 16;
// Constant lists hold no call and no value at all: any size could be blanked; below this, parsing them costs little.
constexpr std::size_t kBlankListsFrom = 256;

// Each blanked region is inside one string node with the lexer's delimiters.
bool blankedAsLexed(const TSTree *tree, const std::vector<BlankedString> &regions) {
    const TSNode root = ts_tree_root_node(tree);
    for (const BlankedString &region : regions) {
        TSNode node = ts_node_named_descendant_for_byte_range(root, region.contentBegin, region.contentEnd);
        for (int up = 0; up < 3 && !ts_node_is_null(node) && std::strcmp(ts_node_type(node), "string") != 0; ++up)
            node = ts_node_parent(node);
        if (ts_node_is_null(node) || std::strcmp(ts_node_type(node), "string") != 0) return false;
        if (ts_node_start_byte(node) != region.begin || ts_node_end_byte(node) != region.end) return false;
    }
    return true;
}

} // namespace

PythonParser::PythonParser(std::uint64_t timeoutMicros) : parser_(ts_parser_new()), kinds_(tree_sitter_python()) {
    ts_parser_set_language(parser_, tree_sitter_python());
    ts_parser_set_timeout_micros(parser_, timeoutMicros);
}

PythonParser::~PythonParser() {
    ts_parser_delete(parser_);
}

TSTree *PythonParser::parseText(std::string_view text) {
    TSTree *parsed = ts_parser_parse_string(parser_, nullptr, text.data(), static_cast<uint32_t>(text.size()));
    if (!parsed) ts_parser_reset(parser_); // timed out
    return parsed;
}

bool PythonParser::parse(std::string_view source, SyntaxTree &out) {
    // Blanked strings and lists, then (when a list was not parsed as expected) blanked strings only, then the original.
    bool flattened = false;
    if (maskSource(source, kBlankFrom, kBlankListsFrom, blanked_, mask_) && !mask_.lists.lists.empty()) {
        TSTree *tree = parseText(blanked_);
        if (!tree) return false;
        flattened = blankedAsLexed(tree, mask_.strings) && flatten(tree, source, kinds_, out, &mask_.lists) &&
                    out.errorNodes == 0;
        ts_tree_delete(tree);
        if (!flattened) maskSource(source, kBlankFrom, std::string_view::npos, blanked_, mask_);
    }
    if (flattened) return true;
    const bool blanked = !mask_.strings.empty();
    TSTree *tree = parseText(blanked ? std::string_view(blanked_) : source);
    if (tree && blanked && !blankedAsLexed(tree, mask_.strings)) { // the lexer was wrong: parse the original
        ts_tree_delete(tree);
        tree = parseText(source);
    }
    if (!tree) return false;
    flatten(tree, source, kinds_, out);
    ts_tree_delete(tree);
    return true;
}

} // namespace mph::analysis
