#include "analysis/syntax_tree.h"

#include <tree_sitter/api.h>

#include <string_view>
#include <utility>

namespace mph::analysis {

namespace {

constexpr std::pair<std::string_view, Kind> kKindNames[] = {
    {"ERROR", Kind::Error},
    {"module", Kind::Module},
    {"block", Kind::Block},
    {"identifier", Kind::Identifier},
    {"attribute", Kind::Attribute},
    {"call", Kind::Call},
    {"argument_list", Kind::ArgumentList},
    {"keyword_argument", Kind::KeywordArgument},
    {"list_splat", Kind::ListSplat},
    {"dictionary_splat", Kind::DictionarySplat},
    {"generator_expression", Kind::GeneratorExpression},
    {"string", Kind::String},
    {"string_content", Kind::StringContent},
    {"concatenated_string", Kind::ConcatenatedString},
    {"interpolation", Kind::Interpolation},
    {"escape_sequence", Kind::EscapeSequence},
    {"binary_operator", Kind::BinaryOperator},
    {"boolean_operator", Kind::BooleanOperator},
    {"parenthesized_expression", Kind::ParenthesizedExpression},
    {"subscript", Kind::Subscript},
    {"dictionary", Kind::Dictionary},
    {"pair", Kind::Pair},
    {"lambda", Kind::Lambda},
    {"named_expression", Kind::NamedExpression},
    {"conditional_expression", Kind::ConditionalExpression},
    {"list_comprehension", Kind::ListComprehension},
    {"set_comprehension", Kind::SetComprehension},
    {"dictionary_comprehension", Kind::DictionaryComprehension},
    {"for_in_clause", Kind::ForInClause},
    {"if_clause", Kind::IfClause},
    {"tuple", Kind::Tuple},
    {"list", Kind::List},
    {"expression_list", Kind::ExpressionList},
    {"pattern_list", Kind::PatternList},
    {"tuple_pattern", Kind::TuplePattern},
    {"list_pattern", Kind::ListPattern},
    {"import_statement", Kind::ImportStatement},
    {"import_from_statement", Kind::ImportFromStatement},
    {"future_import_statement", Kind::FutureImportStatement},
    {"aliased_import", Kind::AliasedImport},
    {"dotted_name", Kind::DottedName},
    {"relative_import", Kind::RelativeImport},
    {"wildcard_import", Kind::WildcardImport},
    {"assignment", Kind::Assignment},
    {"augmented_assignment", Kind::AugmentedAssignment},
    {"expression_statement", Kind::ExpressionStatement},
    {"return_statement", Kind::ReturnStatement},
    {"print_statement", Kind::PrintStatement},
    {"exec_statement", Kind::ExecStatement},
    {"function_definition", Kind::FunctionDefinition},
    {"class_definition", Kind::ClassDefinition},
    {"decorated_definition", Kind::DecoratedDefinition},
    {"decorator", Kind::Decorator},
    {"parameters", Kind::Parameters},
    {"lambda_parameters", Kind::LambdaParameters},
    {"default_parameter", Kind::DefaultParameter},
    {"typed_default_parameter", Kind::TypedDefaultParameter},
    {"typed_parameter", Kind::TypedParameter},
    {"list_splat_pattern", Kind::ListSplatPattern},
    {"dictionary_splat_pattern", Kind::DictionarySplatPattern},
    {"for_statement", Kind::ForStatement},
    {"while_statement", Kind::WhileStatement},
    {"with_statement", Kind::WithStatement},
    {"with_item", Kind::WithItem},
    {"as_pattern", Kind::AsPattern},
    {"as_pattern_target", Kind::AsPatternTarget},
    {"except_clause", Kind::ExceptClause},
    {"global_statement", Kind::GlobalStatement},
    {"nonlocal_statement", Kind::NonlocalStatement},
    {"comment", Kind::Comment},
};

constexpr std::pair<std::string_view, Field> kFieldNames[] = {
    {"function", Field::Function},
    {"arguments", Field::Arguments},
    {"name", Field::Name},
    {"alias", Field::Alias},
    {"module_name", Field::ModuleName},
    {"object", Field::Object},
    {"attribute", Field::AttributeName},
    {"left", Field::Left},
    {"right", Field::Right},
    {"body", Field::Body},
    {"value", Field::Value},
    {"key", Field::Key},
    {"definition", Field::Definition},
    {"parameters", Field::Parameters},
    {"superclasses", Field::Superclasses},
    {"subscript", Field::Subscript},
    {"operator", Field::Operator},
    {"code", Field::Code},
};

// libtree-sitter 0.20 has no ts_node_is_error: ERROR nodes carry the builtin symbol -1.
bool isError(TSNode node) {
    return ts_node_symbol(node) == static_cast<TSSymbol>(-1);
}

} // namespace

KindTable::KindTable(const TSLanguage *language) {
    const std::uint32_t symbols = ts_language_symbol_count(language);
    kinds_.assign(symbols, Kind::Other);
    for (std::uint32_t s = 0; s < symbols; ++s) {
        const auto symbol = static_cast<TSSymbol>(s);
        if (ts_language_symbol_type(language, symbol) != TSSymbolTypeRegular) continue;
        const std::string_view name = ts_language_symbol_name(language, symbol);
        for (const auto &[text, kind] : kKindNames)
            if (text == name) kinds_[s] = kind;
    }
    const std::uint32_t fieldCount = ts_language_field_count(language);
    fields_.assign(fieldCount + 1, Field::Other);
    fields_[0] = Field::None;
    for (std::uint32_t f = 1; f <= fieldCount; ++f) {
        const char *name = ts_language_field_name_for_id(language, static_cast<TSFieldId>(f));
        if (!name) continue;
        for (const auto &[text, field] : kFieldNames)
            if (text == name) fields_[f] = field;
    }
}

int SyntaxTree::child(int index, Field field) const {
    for (int c = at(index).firstChild; c >= 0; c = at(c).nextSibling)
        if (at(c).field == field) return c;
    return -1;
}

int SyntaxTree::firstOfKind(int index, Kind kind) const {
    for (int c = at(index).firstChild; c >= 0; c = at(c).nextSibling)
        if (at(c).kind == kind) return c;
    return -1;
}

bool flatten(const TSTree *tree, std::string_view source, const KindTable &table, SyntaxTree &out,
             const ListSplices *splices) {
    out.source = source;
    out.nodes.clear();
    out.errorNodes = 0;
    const TSNode root = ts_tree_root_node(tree);
    TSTreeCursor cursor = ts_tree_cursor_new(root);

    // `path` holds, for each open ancestor, its index in out.nodes (or -1 when it is anonymous) and its last child.
    struct Open {
        int index;
        int lastChild;
    };
    std::vector<Open> path;
    path.reserve(64);
    auto add = [&](const TSNode &node, Field field) -> int {
        Node n;
        n.begin = ts_node_start_byte(node);
        n.end = ts_node_end_byte(node);
        n.kind = isError(node) ? Kind::Error : table.kind(ts_node_symbol(node));
        n.field = field;
        out.nodes.push_back(n);
        return static_cast<int>(out.nodes.size()) - 1;
    };
    out.nodes.reserve(256);
    add(root, Field::None);
    if (isError(root) || ts_node_is_missing(root)) ++out.errorNodes;
    path.push_back({0, -1});
    std::size_t nextSplice = 0;
    const std::size_t spliceCount = splices ? splices->lists.size() : 0;
    if (!ts_tree_cursor_goto_first_child(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return spliceCount == 0;
    }
    for (;;) {
        const TSNode node = ts_tree_cursor_current_node(&cursor);
        if (isError(node) || ts_node_is_missing(node)) ++out.errorNodes;
        // Nodes come in preorder, so by start byte: the next spliced list is this node, one of its descendants, or
        // was missed.
        bool splice = false;
        if (nextSplice < spliceCount && ts_node_start_byte(node) >= splices->lists[nextSplice].begin) {
            const SplicedList &list = splices->lists[nextSplice];
            if (ts_node_start_byte(node) > list.begin) {
                ts_tree_cursor_delete(&cursor);
                return false;
            }
            splice = ts_node_end_byte(node) == list.end && ts_node_is_named(node) &&
                     table.kind(ts_node_symbol(node)) == Kind::List && ts_node_named_child_count(node) == 0 &&
                     !ts_node_has_error(node);
        }
        int index = -1;
        if (ts_node_is_named(node)) {
            index = add(node, table.field(ts_tree_cursor_current_field_id(&cursor)));
            // Link into the nearest named ancestor.
            for (auto it = path.rbegin(); it != path.rend(); ++it) {
                if (it->index < 0) continue;
                if (it->lastChild < 0)
                    out.nodes[static_cast<std::size_t>(it->index)].firstChild = index;
                else
                    out.nodes[static_cast<std::size_t>(it->lastChild)].nextSibling = index;
                it->lastChild = index;
                break;
            }
        }
        if (splice) {
            const SplicedList &list = splices->lists[nextSplice++];
            const auto base = static_cast<std::int32_t>(out.nodes.size());
            for (std::uint32_t k = 0; k < list.nodeCount; ++k) {
                Node n = splices->nodes[list.firstNode + k];
                if (n.firstChild >= 0) n.firstChild += base;
                if (n.nextSibling >= 0) n.nextSibling += base;
                out.nodes.push_back(n);
            }
            if (list.nodeCount > 0) out.nodes[static_cast<std::size_t>(index)].firstChild = base;
        }
        // The escape sequences inside a string's content are not needed (its text is): not descended into; nor are
        // spliced lists, which hold only their brackets.
        const bool leaf =
            splice || (index >= 0 && out.nodes[static_cast<std::size_t>(index)].kind == Kind::StringContent);
        if (!leaf && ts_tree_cursor_goto_first_child(&cursor)) {
            path.push_back({index, -1});
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
            if (!ts_tree_cursor_goto_parent(&cursor)) {
                ts_tree_cursor_delete(&cursor);
                return nextSplice == spliceCount;
            }
            path.pop_back();
        }
    }
}

} // namespace mph::analysis
