#include "analysis/call_walker.h"

#include "analysis/depth_guard.h"
#include "analysis/names.h"
#include "analysis/reach.h"

namespace mph::analysis {

namespace {

bool isSequencePattern(Kind kind) {
    return kind == Kind::PatternList || kind == Kind::TuplePattern || kind == Kind::ListPattern ||
           kind == Kind::Tuple || kind == Kind::List || kind == Kind::ExpressionList;
}

} // namespace

void DictInfo::set(std::string key, Value value) {
    if (key != "?")
        for (auto &entry : entries)
            if (entry.first == key) {
                entry.second = std::move(value);
                return;
            }
    entries.emplace_back(std::move(key), std::move(value));
}

const Value *CallArgs::keyword(std::string_view name) const {
    for (const auto &entry : keywords)
        if (entry.first == name) return &entry.second;
    return nullptr;
}

CallWalker::CallWalker(const SyntaxTree &tree, Reach &reach, int unit, std::uint32_t source)
    : tree_(tree), reach_(reach), unit_(unit), source_(source), shared_(reach.shared()), limits_(shared_.limits),
      out_(shared_.out), visits_(shared_.visits), depth_(shared_.depth), stopped_(shared_.stopped) {}

void CallWalker::run() {
    if (tree_.nodes.empty()) return;
    module_ = &newEnv(nullptr);
    walkChildren(0, *module_);
}

std::vector<std::string_view> CallWalker::topLevelNames() const {
    std::vector<std::string_view> names;
    if (!module_) return names;
    for (const auto &entry : module_->names)
        names.emplace_back(entry.first);
    return names;
}

// Values that mean something only inside this walker (its functions, classes, dicts) do not cross files.
bool CallWalker::callTopLevel(std::string_view name, const CallArgs &args, Value &result) {
    if (!module_ || stopped_) return false;
    const auto it = module_->names.find(name);
    if (it == module_->names.end()) return false;
    const Value callee = it->second;
    if (callee.kind != ValueKind::Function && callee.kind != ValueKind::Class) return false;
    CallArgs local;
    auto portable = [](const Value &value) {
        switch (value.kind) {
        case ValueKind::Path:
        case ValueKind::Unbound:
        case ValueKind::Str:
        case ValueKind::List:
        case ValueKind::Code:
        case ValueKind::File:
            return value;
        default:
            return Value{};
        }
    };
    for (const Value &value : args.positional)
        local.positional.push_back(portable(value));
    for (const auto &entry : args.keywords)
        local.keywords.emplace_back(entry.first, portable(entry.second));
    result = portable(applyCall(callee, local, 0, false));
    return true;
}

Env &CallWalker::newEnv(Env *parent, int classIndex) {
    Env &env = envs_.emplace_back();
    env.parent = parent;
    env.classIndex = classIndex;
    return env;
}

void CallWalker::emitRange(std::string name, std::uint32_t begin, std::uint32_t end) {
    if (stopped_) return;
    if (out_.calls.size() >= limits_.maxCalls) {
        out_.truncated = true;
        stopped_ = true;
        return;
    }
    out_.calls.push_back(CallToken{std::move(name), begin, end, source_});
}

void CallWalker::emit(std::string name, int rangeNode) {
    const Node &n = tree_.at(rangeNode);
    emitRange(std::move(name), n.begin, n.end);
}

Value CallWalker::walkChildren(int node, Env &env) {
    Value last;
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling)
        last = eval(c, env);
    return last;
}

Value CallWalker::eval(int node, Env &env) {
    if (stopped_) return {};
    if (++visits_ > limits_.maxVisits) {
        out_.truncated = true;
        stopped_ = true;
        return {};
    }
    if (depth_ >= limits_.maxNesting) {
        out_.truncated = true;
        return {};
    }
    DepthGuard guard(depth_);
    const Node &n = tree_.at(node);
    switch (n.kind) {
    case Kind::Identifier:
        return lookup(tree_.text(node), env);
    case Kind::Attribute: {
        const int object = tree_.child(node, Field::Object);
        const int attribute = tree_.child(node, Field::AttributeName);
        Value value = object >= 0 ? eval(object, env) : Value{};
        return attribute >= 0 ? attributeOf(value, tree_.text(attribute)) : Value{};
    }
    case Kind::Call:
        return evalCall(node, env);
    case Kind::String:
    case Kind::ConcatenatedString:
        return evalString(node, env);
    case Kind::BinaryOperator:
    case Kind::BooleanOperator:
        return evalOperatorChain(node, env);
    case Kind::ParenthesizedExpression:
        return walkChildren(node, env);
    case Kind::Dictionary:
        return evalDict(node, env);
    case Kind::Subscript:
        return evalSubscript(node, env);
    case Kind::List:
    case Kind::Tuple:
        return evalSequence(node, env);
    case Kind::Lambda:
        return evalLambda(node, env);
    case Kind::ListComprehension:
    case Kind::SetComprehension:
    case Kind::DictionaryComprehension:
    case Kind::GeneratorExpression:
        return evalComprehension(node, env);
    case Kind::ForInClause: {
        const int right = tree_.child(node, Field::Right);
        const int left = tree_.child(node, Field::Left);
        if (right >= 0) eval(right, env);
        if (left >= 0) bindTarget(left, Value{}, env);
        return {};
    }
    case Kind::NamedExpression: {
        const int name = tree_.child(node, Field::Name);
        const int value = tree_.child(node, Field::Value);
        Value result = value >= 0 ? eval(value, env) : Value{};
        if (name >= 0) bindTarget(name, result, env);
        return result;
    }
    case Kind::Assignment:
        return evalAssignment(node, env);
    case Kind::AugmentedAssignment: {
        const int left = tree_.child(node, Field::Left);
        const int right = tree_.child(node, Field::Right);
        if (left >= 0 && tree_.at(left).kind != Kind::Identifier) eval(left, env);
        if (right >= 0) eval(right, env);
        if (left >= 0) bindTarget(left, Value{}, env);
        return {};
    }
    case Kind::ForStatement: {
        const int right = tree_.child(node, Field::Right);
        if (right >= 0) eval(right, env);
        for (int c = n.firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
            if (c == right) continue;
            if (tree_.at(c).field == Field::Left)
                bindTarget(c, Value{}, env);
            else
                eval(c, env);
        }
        return {};
    }
    case Kind::AsPattern: { // `except E as e`: the target's value is unknown; `with open(p) as f`: f is the file
        Value value;
        for (int c = n.firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
            if (tree_.at(c).kind == Kind::AsPatternTarget) {
                for (int t = tree_.at(c).firstChild; t >= 0; t = tree_.at(t).nextSibling)
                    bindTarget(t, value.kind == ValueKind::File ? value : Value{}, env);
            } else {
                value = eval(c, env);
            }
        }
        return {};
    }
    case Kind::ImportStatement:
        importModules(node, env);
        return {};
    case Kind::ImportFromStatement:
        importFrom(node, env);
        return {};
    case Kind::FunctionDefinition:
        defineFunction(node, env, {});
        return {};
    case Kind::ClassDefinition:
        defineClass(node, env, {});
        return {};
    case Kind::DecoratedDefinition:
        return evalDecorated(node, env);
    case Kind::ReturnStatement: {
        Value result = walkChildren(node, env);
        if (!frames_.empty()) frames_.back().result = std::move(result);
        return {};
    }
    case Kind::PrintStatement:
        walkKeywordStatement(node, env, "print");
        return {};
    case Kind::ExecStatement:
        walkKeywordStatement(node, env, "exec");
        return {};
    case Kind::KeywordArgument: {
        const int value = tree_.child(node, Field::Value);
        return value >= 0 ? eval(value, env) : Value{};
    }
    case Kind::FutureImportStatement:
    case Kind::GlobalStatement:
    case Kind::NonlocalStatement:
    case Kind::Comment:
    case Kind::StringContent:
    case Kind::EscapeSequence:
        return {};
    default: {
        // Statements, blocks, ERROR nodes and every other expression: children in source order.
        Value last = walkChildren(node, env);
        return n.kind == Kind::ExpressionStatement ? last : Value{};
    }
    }
}

// `print x` / `exec code in ns` (Python 2): the operands, then the call, named by the keyword; exec runs its code.
void CallWalker::walkKeywordStatement(int node, Env &env, std::string_view name) {
    const int first = tree_.at(node).firstChild;
    const Value code = first >= 0 ? eval(first, env) : Value{};
    for (int c = first >= 0 ? tree_.at(first).nextSibling : -1; c >= 0 && !stopped_; c = tree_.at(c).nextSibling)
        eval(c, env);
    const Node &n = tree_.at(node);
    const auto end = static_cast<std::uint32_t>(n.begin + name.size());
    emitRange(std::string(name), n.begin, end);
    if (name == "exec" && (code.isStr() || code.kind == ValueKind::Code)) reach_.runCode(unit_, code, n.begin, end);
}

// Left-deep chains (`'a' + 'b' + ... ` thousands long) are walked iteratively, not recursively.
Value CallWalker::evalOperatorChain(int node, Env &env) {
    std::vector<int> chain;
    int leftmost = node;
    while (tree_.at(leftmost).kind == Kind::BinaryOperator || tree_.at(leftmost).kind == Kind::BooleanOperator) {
        chain.push_back(leftmost);
        const int left = tree_.child(leftmost, Field::Left);
        if (left < 0) break;
        leftmost = left;
    }
    visits_ += chain.size();
    const Value first = leftmost == chain.back() ? Value{} : eval(leftmost, env);
    // `'a' + 'b' + ...` is folded into one string, appended in place (chains run to thousands of parts).
    bool folded = first.isStr();
    std::string text = folded ? first.bytes() : std::string();
    for (auto it = chain.rbegin(); it != chain.rend() && !stopped_; ++it) {
        const int op = *it;
        const int right = tree_.child(op, Field::Right);
        Value rhs = right >= 0 ? eval(right, env) : Value{};
        const int left = tree_.child(op, Field::Left);
        const bool plus =
            tree_.at(op).kind == Kind::BinaryOperator && left >= 0 && right >= 0 &&
            tree_.source.substr(tree_.at(left).end, tree_.at(right).begin - tree_.at(left).end).find('+') !=
                std::string_view::npos;
        folded = folded && plus && rhs.isStr() && text.size() + rhs.bytes().size() <= limits_.maxDecodedBytes &&
                 reach_.spendDecoded(rhs.bytes().size());
        if (folded) text += rhs.bytes();
    }
    return folded && !chain.empty() ? Value::str(std::move(text)) : Value{};
}

Value CallWalker::evalString(int node, Env &env) {
    // f-string interpolations run.
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
        const Kind kind = tree_.at(c).kind;
        if (kind == Kind::Interpolation || kind == Kind::String) eval(c, env);
    }
    if (literalString(tree_, node, scratch_, limits_.maxDecodedBytes)) return Value::str(scratch_);
    return {};
}

Value CallWalker::evalDict(int node, Env &env) {
    const int index = static_cast<int>(dicts_.size());
    dicts_.emplace_back();
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
        if (tree_.at(c).kind == Kind::Pair) {
            const int key = tree_.child(c, Field::Key);
            const int value = tree_.child(c, Field::Value);
            Value k = key >= 0 ? eval(key, env) : Value{};
            Value v = value >= 0 ? eval(value, env) : Value{};
            dicts_[static_cast<std::size_t>(index)].set(k.isStr() ? k.bytes() : "?", std::move(v));
        } else {
            Value splat = eval(c, env);
            if (splat.kind == ValueKind::Dict && splat.index != index) {
                const auto entries = dicts_[static_cast<std::size_t>(splat.index)].entries;
                for (const auto &entry : entries)
                    dicts_[static_cast<std::size_t>(index)].set(entry.first, entry.second);
            }
        }
    }
    return Value::of(ValueKind::Dict, index);
}

Value CallWalker::evalSubscript(int node, Env &env) {
    const int value = tree_.child(node, Field::Value);
    Value container = value >= 0 ? eval(value, env) : Value{};
    Value key;
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling)
        if (tree_.at(c).field == Field::Subscript) key = eval(c, env);
    if (container.kind == ValueKind::Dict && key.isStr())
        for (const auto &entry : dicts_[static_cast<std::size_t>(container.index)].entries)
            if (entry.first == key.bytes()) return entry.second;
    return reverseIfSliced(node, container);
}

// [body for x in xs if c]: the clauses in order, then the body.
Value CallWalker::evalComprehension(int node, Env &env) {
    int body = -1;
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
        if (tree_.at(c).field == Field::Body && body < 0)
            body = c;
        else
            eval(c, env);
    }
    if (body >= 0) eval(body, env);
    return {};
}

Value CallWalker::evalAssignment(int node, Env &env) {
    const int left = tree_.child(node, Field::Left);
    const int right = tree_.child(node, Field::Right);
    if (left >= 0 && right >= 0 && isSequencePattern(tree_.at(left).kind) && isSequencePattern(tree_.at(right).kind)) {
        // a, b = x, y: pairwise when the counts match.
        std::vector<int> targets, values;
        for (int c = tree_.at(left).firstChild; c >= 0; c = tree_.at(c).nextSibling)
            targets.push_back(c);
        for (int c = tree_.at(right).firstChild; c >= 0; c = tree_.at(c).nextSibling)
            values.push_back(c);
        if (targets.size() == values.size()) {
            std::vector<Value> evaluated;
            for (int v : values)
                evaluated.push_back(eval(v, env));
            for (std::size_t i = 0; i < targets.size(); ++i)
                bindTarget(targets[i], evaluated[i], env);
            return {};
        }
    }
    Value value = right >= 0 ? eval(right, env) : Value{};
    if (left >= 0) bindTarget(left, value, env);
    return value;
}

void CallWalker::bindTarget(int target, const Value &value, Env &env) {
    if (stopped_) return;
    if (depth_ >= limits_.maxNesting) {
        out_.truncated = true;
        return;
    }
    DepthGuard guard(depth_);
    const Node &n = tree_.at(target);
    switch (n.kind) {
    case Kind::Identifier:
        env.names[tree_.text(target)] = value;
        return;
    case Kind::Attribute: {
        const int object = tree_.child(target, Field::Object);
        if (object >= 0) eval(object, env);
        return;
    }
    case Kind::Subscript: {
        const int object = tree_.child(target, Field::Value);
        Value container = object >= 0 ? eval(object, env) : Value{};
        Value key;
        for (int c = n.firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling)
            if (tree_.at(c).field == Field::Subscript) key = eval(c, env);
        if (container.kind == ValueKind::Dict)
            dicts_[static_cast<std::size_t>(container.index)].set(key.isStr() ? key.bytes() : "?", value);
        return;
    }
    case Kind::ParenthesizedExpression:
    case Kind::ListSplatPattern:
    case Kind::ListSplat:
    case Kind::PatternList:
    case Kind::TuplePattern:
    case Kind::ListPattern:
    case Kind::Tuple:
    case Kind::List:
    case Kind::ExpressionList:
        for (int c = n.firstChild; c >= 0; c = tree_.at(c).nextSibling)
            bindTarget(c, n.kind == Kind::ParenthesizedExpression ? value : Value{}, env);
        return;
    default:
        return;
    }
}

} // namespace mph::analysis
