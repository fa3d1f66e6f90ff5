#include "analysis/constant_list.h"
#include "analysis/depth_guard.h"

namespace mph::analysis {

namespace {

enum class Tok : std::uint8_t {
    Int,
    Plus,
    Minus,
    Tilde,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    Power,
    LeftShift,
    RightShift,
    Ampersand,
    Pipe,
    Caret,
    LeftParen,
    RightParen,
    Comma,
    End,
    Bad
};

constexpr int kMaxDepth = 100; // nested parentheses and unary/power operators; deeper lists go to tree-sitter

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// A character that would continue a number token into something else (float, name, imaginary, underscore form).
bool continuesNumber(char c) {
    return isHexDigit(c) || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z') || c == '_' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// tree-sitter-python's binary precedences (PREC in its grammar.js); -1: not a binary operator handled here.
int binaryPrecedence(Tok tok) {
    switch (tok) {
    case Tok::Pipe:
        return 14;
    case Tok::Ampersand:
        return 15;
    case Tok::Caret:
        return 16;
    case Tok::LeftShift:
    case Tok::RightShift:
        return 17;
    case Tok::Plus:
    case Tok::Minus:
        return 18;
    case Tok::Star:
    case Tok::Slash:
    case Tok::DoubleSlash:
    case Tok::Percent:
        return 19;
    default:
        return -1;
    }
}

class Parser {
  public:
    Parser(std::string_view source, std::uint32_t open, std::uint32_t close)
        : source_(source), pos_(open + 1), close_(close) {
        advance();
    }

    bool parse(std::vector<Node> &out) {
        int first = -1, last = -1;
        while (tok_ != Tok::End) {
            const int element = expression(0);
            if (element < 0) return false;
            if (last < 0)
                first = element;
            else
                arena_[static_cast<std::size_t>(last)].nextSibling = element;
            last = element;
            if (tok_ == Tok::Comma)
                advance();
            else if (tok_ != Tok::End)
                return false;
        }
        if (first < 0) return false;
        emitPreorder(first, out);
        return true;
    }

  private:
    char at(std::uint32_t i) const { return i < close_ ? source_[i] : '\0'; }

    void advance() {
        newlineBefore_ = false;
        for (;;) {
            const char c = at(pos_);
            if (c == '\n') newlineBefore_ = true;
            if (c == ' ' || c == '\t' || c == '\n' || (c == '\r' && at(pos_ + 1) == '\n'))
                ++pos_;
            else
                break;
        }
        begin_ = pos_;
        if (pos_ >= close_) {
            tok_ = Tok::End;
            return;
        }
        const char c = source_[pos_];
        const char next = at(pos_ + 1);
        auto one = [&](Tok tok) {
            tok_ = tok;
            pos_ += 1;
        };
        auto two = [&](Tok tok) {
            tok_ = tok;
            pos_ += 2;
        };
        if (isDigit(c)) {
            std::uint32_t j = pos_;
            if (c == '0' && (next == 'x' || next == 'X')) {
                j += 2;
                while (j < close_ && isHexDigit(source_[j]))
                    ++j;
                if (j == pos_ + 2) {
                    tok_ = Tok::Bad;
                    return;
                }
            } else {
                while (j < close_ && isDigit(source_[j]))
                    ++j;
            }
            tok_ = j < close_ && continuesNumber(source_[j]) ? Tok::Bad : Tok::Int;
            pos_ = j;
            return;
        }
        switch (c) {
        case '+':
            return one(Tok::Plus);
        case '-':
            return one(Tok::Minus);
        case '~':
            return one(Tok::Tilde);
        case '*':
            return next == '*' ? two(Tok::Power) : one(Tok::Star);
        case '/':
            return next == '/' ? two(Tok::DoubleSlash) : one(Tok::Slash);
        case '%':
            return one(Tok::Percent);
        case '<':
            return next == '<' ? two(Tok::LeftShift) : one(Tok::Bad);
        case '>':
            return next == '>' ? two(Tok::RightShift) : one(Tok::Bad);
        case '&':
            return one(Tok::Ampersand);
        case '|':
            return one(Tok::Pipe);
        case '^':
            return one(Tok::Caret);
        case '(':
            return one(Tok::LeftParen);
        case ')':
            return one(Tok::RightParen);
        case ',':
            return one(Tok::Comma);
        default:
            return one(Tok::Bad);
        }
    }

    int add(std::uint32_t begin, std::uint32_t end, Kind kind, int firstChild = -1) {
        Node node;
        node.begin = begin;
        node.end = end;
        node.kind = kind;
        node.firstChild = firstChild;
        arena_.push_back(node);
        return static_cast<int>(arena_.size()) - 1;
    }
    Node &node(int index) { return arena_[static_cast<std::size_t>(index)]; }

    int binary(int left, int right) {
        node(left).field = Field::Left;
        node(left).nextSibling = right;
        node(right).field = Field::Right;
        return add(node(left).begin, node(right).end, Kind::BinaryOperator, left);
    }

    // Binary operators below `**`, left-associative, by precedence climbing.
    int expression(int minPrecedence) {
        int left = unary();
        while (left >= 0) {
            const int precedence = binaryPrecedence(tok_);
            if (precedence < minPrecedence) break;
            advance();
            if (newlineBefore_) return -1;
            const int right = expression(precedence + 1);
            if (right < 0) return -1;
            left = binary(left, right);
        }
        return left;
    }

    // unary_operator: (+|-|~) operand, where the operand may itself be a power (`-2**2` is -(2**2)).
    int unary() {
        if (tok_ != Tok::Plus && tok_ != Tok::Minus && tok_ != Tok::Tilde) return power();
        DepthGuard guard(depth_);
        if (depth_ > kMaxDepth) return -1;
        const std::uint32_t begin = begin_;
        advance();
        if (newlineBefore_) return -1;
        const int argument = unary();
        if (argument < 0) return -1;
        node(argument).field = Field::Other; // the "argument" field, which KindTable does not name
        return add(begin, node(argument).end, Kind::Other, argument);
    }

    // primary ** unary, right-associative.
    int power() {
        const int base = primary();
        if (base < 0 || tok_ != Tok::Power) return base;
        DepthGuard guard(depth_);
        if (depth_ > kMaxDepth) return -1;
        advance();
        if (newlineBefore_) return -1;
        const int exponent = unary();
        return exponent < 0 ? -1 : binary(base, exponent);
    }

    int primary() {
        const std::uint32_t begin = begin_;
        if (tok_ == Tok::Int) {
            const std::uint32_t end = pos_; // the lexer stops right after the current token
            advance();
            return add(begin, end, Kind::Other);
        }
        if (tok_ != Tok::LeftParen) return -1;
        DepthGuard guard(depth_);
        if (depth_ > kMaxDepth) return -1;
        advance();
        const int inner = expression(0);
        if (inner < 0 || tok_ != Tok::RightParen) return -1; // a comma makes a tuple: not handled
        const std::uint32_t end = pos_;
        advance();
        return add(begin, end, Kind::ParenthesizedExpression, inner);
    }

    // Appends the arena's trees, from `first` and its siblings, in preorder with links counted from out's old end.
    void emitPreorder(int first, std::vector<Node> &out) {
        const std::size_t base = out.size();
        std::vector<int> order(arena_.size(), -1); // arena index -> position in the emitted run
        std::vector<int> stack{first};
        int emitted = 0;
        while (!stack.empty()) {
            const int a = stack.back();
            stack.pop_back();
            order[static_cast<std::size_t>(a)] = emitted++;
            out.push_back(node(a));
            if (node(a).nextSibling >= 0) stack.push_back(node(a).nextSibling);
            if (node(a).firstChild >= 0) stack.push_back(node(a).firstChild);
        }
        for (std::size_t i = base; i < out.size(); ++i) {
            Node &n = out[i];
            if (n.firstChild >= 0) n.firstChild = order[static_cast<std::size_t>(n.firstChild)];
            if (n.nextSibling >= 0) n.nextSibling = order[static_cast<std::size_t>(n.nextSibling)];
        }
    }

    std::string_view source_;
    std::uint32_t pos_;       // next byte to lex: the end of the current token
    std::uint32_t close_;     // the closing bracket
    std::uint32_t begin_ = 0; // the current token
    Tok tok_ = Tok::End;
    bool newlineBefore_ = false; // a newline in the whitespace before the current token
    int depth_ = 0;
    std::vector<Node> arena_;
};

} // namespace

bool parseConstantList(std::string_view source, std::uint32_t open, std::uint32_t close, std::vector<Node> &out) {
    if (close <= open || close >= source.size()) return false;
    Parser parser(source, open, close);
    return parser.parse(out);
}

} // namespace mph::analysis
