#pragma once
// A tree-sitter parse flattened into a compact array of the named nodes, with the node kinds and fields the call
// walker needs as small enums. Built iteratively (no recursion), so any nesting depth is safe.
#include <cstdint>
#include <string_view>
#include <vector>

struct TSLanguage;
struct TSTree;

namespace mph::analysis {

enum class Kind : std::uint8_t {
    Other,
    Error,
    Module,
    Block,
    Identifier,
    Attribute,
    Call,
    ArgumentList,
    KeywordArgument,
    ListSplat,
    DictionarySplat,
    GeneratorExpression,
    String,
    StringContent,
    ConcatenatedString,
    Interpolation,
    EscapeSequence,
    BinaryOperator,
    BooleanOperator,
    ParenthesizedExpression,
    Subscript,
    Dictionary,
    Pair,
    Lambda,
    NamedExpression,
    ConditionalExpression,
    ListComprehension,
    SetComprehension,
    DictionaryComprehension,
    ForInClause,
    IfClause,
    Tuple,
    List,
    ExpressionList,
    PatternList,
    TuplePattern,
    ListPattern,
    ImportStatement,
    ImportFromStatement,
    FutureImportStatement,
    AliasedImport,
    DottedName,
    RelativeImport,
    WildcardImport,
    Assignment,
    AugmentedAssignment,
    ExpressionStatement,
    ReturnStatement,
    PrintStatement,
    ExecStatement,
    FunctionDefinition,
    ClassDefinition,
    DecoratedDefinition,
    Decorator,
    Parameters,
    LambdaParameters,
    DefaultParameter,
    TypedDefaultParameter,
    TypedParameter,
    ListSplatPattern,
    DictionarySplatPattern,
    ForStatement,
    WhileStatement,
    WithStatement,
    WithItem,
    AsPattern,
    AsPatternTarget,
    ExceptClause,
    GlobalStatement,
    NonlocalStatement,
    Comment,
    Count
};

enum class Field : std::uint8_t {
    None,
    Function,
    Arguments,
    Name,
    Alias,
    ModuleName,
    Object,
    AttributeName,
    Left,
    Right,
    Body,
    Value,
    Key,
    Definition,
    Parameters,
    Superclasses,
    Subscript,
    Operator,
    Code,
    Other
};

struct Node {
    std::uint32_t begin = 0; // byte range in the source
    std::uint32_t end = 0;
    std::int32_t firstChild = -1; // named children only, linked in source order
    std::int32_t nextSibling = -1;
    Kind kind = Kind::Other;
    Field field = Field::None; // the field this node fills in its parent
};

// Maps tree-sitter symbols and field ids to Kind/Field once per language.
class KindTable {
  public:
    explicit KindTable(const TSLanguage *language);
    Kind kind(std::uint16_t symbol) const { return symbol < kinds_.size() ? kinds_[symbol] : Kind::Other; }
    Field field(std::uint16_t id) const { return id < fields_.size() ? fields_[id] : Field::Other; }

  private:
    std::vector<Kind> kinds_;
    std::vector<Field> fields_;
};

struct SyntaxTree {
    std::string_view source;
    std::vector<Node> nodes; // nodes[0] is the root (module)
    int errorNodes = 0;      // ERROR and MISSING nodes seen

    const Node &at(int index) const { return nodes[static_cast<std::size_t>(index)]; }
    std::string_view text(int index) const {
        const Node &n = at(index);
        return source.substr(n.begin, n.end - n.begin);
    }
    int child(int index, Field field) const;     // first named child filling `field`, or -1
    int firstOfKind(int index, Kind kind) const; // first named child of `kind`, or -1
};

// Lists whose contents were blanked before parsing (string_mask.h), with the nodes those contents parse to
// (constant_list.h): flatten() puts them back under the empty list tree-sitter saw.
struct SplicedList {
    std::uint32_t begin = 0; // the list, brackets included
    std::uint32_t end = 0;
    std::uint32_t firstNode = 0; // its contents in ListSplices::nodes, preorder, links counted from firstNode
    std::uint32_t nodeCount = 0;
};
struct ListSplices {
    std::vector<SplicedList> lists; // in source order, disjoint
    std::vector<Node> nodes;
};

// Flattens `tree` (parsed from `source`, or from a copy blanked by string_mask.h) into `out`, reusing its storage.
// With `splices`, each listed range must be an empty, error-free list in `tree`, and its nodes are spliced in;
// returns false when one is not (the caller then parses the original text).
bool flatten(const TSTree *tree, std::string_view source, const KindTable &table, SyntaxTree &out,
             const ListSplices *splices = nullptr);

} // namespace mph::analysis
