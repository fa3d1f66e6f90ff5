// Definitions (def, class, lambda, decorators) and inlining same-script callees at their call sites.
#include "analysis/call_walker.h"

#include <algorithm>

namespace mph::analysis {

namespace {

constexpr int kMaxClassDepth = 64; // base-class chains searched for members

Env *closureOf(Env &env) {
    Env *e = &env;
    while (e->classIndex >= 0 && e->parent)
        e = e->parent;
    return e;
}

} // namespace

// Default values run when the function is defined; annotations are not walked.
void CallWalker::walkDefaults(int parameters, Env &env) {
    if (parameters < 0) return;
    for (int p = tree_.at(parameters).firstChild; p >= 0 && !stopped_; p = tree_.at(p).nextSibling) {
        const Kind kind = tree_.at(p).kind;
        if (kind != Kind::DefaultParameter && kind != Kind::TypedDefaultParameter) continue;
        const int value = tree_.child(p, Field::Value);
        if (value >= 0) eval(value, env);
    }
}

void CallWalker::defineFunction(int node, Env &env, const std::vector<std::pair<Value, int>> &decorators) {
    walkDefaults(tree_.child(node, Field::Parameters), env);
    const int index = static_cast<int>(functions_.size());
    functions_.push_back(FunctionInfo{node, closureOf(env), env.classIndex});
    const Value function = Value::of(ValueKind::Function, index);
    for (auto it = decorators.rbegin(); it != decorators.rend() && !stopped_; ++it) {
        CallArgs args;
        args.positional.push_back(function);
        applyCall(it->first, args, it->second, false);
    }
    const int name = tree_.child(node, Field::Name);
    if (name >= 0) env.names[tree_.text(name)] = function;
}

void CallWalker::defineClass(int node, Env &env, const std::vector<std::pair<Value, int>> &decorators) {
    ClassInfo info;
    info.node = node;
    const int superclasses = tree_.child(node, Field::Superclasses);
    if (superclasses >= 0) info.bases = evalArgs(superclasses, env).positional;
    if (stopped_) return;
    const int index = static_cast<int>(classes_.size());
    Env &body = newEnv(&env, index);
    info.body = &body;
    classes_.push_back(std::move(info));
    const int block = tree_.child(node, Field::Body);
    if (block >= 0) eval(block, body);
    const Value cls = Value::of(ValueKind::Class, index);
    for (auto it = decorators.rbegin(); it != decorators.rend() && !stopped_; ++it) {
        CallArgs args;
        args.positional.push_back(cls);
        applyCall(it->first, args, it->second, false);
    }
    const int name = tree_.child(node, Field::Name);
    if (name >= 0) env.names[tree_.text(name)] = cls;
}

// @a @b(x) def f(): the decorator expressions top-down, then the definition, then b(x)(f) and a(...) bottom-up.
Value CallWalker::evalDecorated(int node, Env &env) {
    std::vector<std::pair<Value, int>> decorators;
    int definition = -1;
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
        if (tree_.at(c).kind == Kind::Decorator) {
            const int expression = tree_.at(c).firstChild;
            if (expression >= 0) decorators.emplace_back(eval(expression, env), expression);
        } else if (tree_.at(c).field == Field::Definition) {
            definition = c;
        }
    }
    if (definition < 0 || stopped_) return {};
    if (tree_.at(definition).kind == Kind::ClassDefinition)
        defineClass(definition, env, decorators);
    else
        defineFunction(definition, env, decorators);
    return {};
}

Value CallWalker::evalLambda(int node, Env &env) {
    walkDefaults(tree_.child(node, Field::Parameters), env);
    const int index = static_cast<int>(functions_.size());
    functions_.push_back(FunctionInfo{node, closureOf(env), -1});
    return Value::of(ValueKind::Function, index);
}

// Positional arguments fill the parameters in order (self first for a bound method), keywords by name; every
// parameter is bound, unknown when no argument says otherwise, so it shadows outer names.
void CallWalker::bindParameters(int parameters, const Value &self, const CallArgs &args, Env &local) {
    if (parameters < 0) return;
    std::vector<const Value *> positional;
    if (self.kind != ValueKind::Unknown) positional.push_back(&self);
    for (const Value &value : args.positional)
        positional.push_back(&value);
    std::size_t next = 0;
    for (int p = tree_.at(parameters).firstChild; p >= 0; p = tree_.at(p).nextSibling) {
        const Node &n = tree_.at(p);
        int name = -1;
        bool takesPositional = true;
        switch (n.kind) {
        case Kind::Identifier:
            name = p;
            break;
        case Kind::TypedParameter:
            name = tree_.firstOfKind(p, Kind::Identifier);
            break;
        case Kind::DefaultParameter:
        case Kind::TypedDefaultParameter:
            name = tree_.child(p, Field::Name);
            break;
        case Kind::ListSplatPattern:
        case Kind::DictionarySplatPattern:
            name = tree_.firstOfKind(p, Kind::Identifier);
            takesPositional = false;
            break;
        default:
            continue;
        }
        if (name < 0 || tree_.at(name).kind != Kind::Identifier) continue;
        const std::string_view text = tree_.text(name);
        Value value;
        if (takesPositional && next < positional.size())
            value = *positional[next++];
        else if (const Value *keyword = takesPositional ? args.keyword(text) : nullptr)
            value = *keyword;
        local.names[text] = std::move(value);
    }
}

Value CallWalker::inlineFunction(int function, const Value &self, const CallArgs &args) {
    if (stopped_ || function < 0) return {};
    const FunctionInfo info = functions_[static_cast<std::size_t>(function)];
    for (const Frame &frame : frames_)
        if (frame.node == info.node) return {}; // recursion: not re-entered
    if (static_cast<int>(frames_.size()) >= limits_.maxInlineDepth) {
        out_.truncated = true;
        return {};
    }
    functions_[static_cast<std::size_t>(function)].walked = true;
    Env &local = newEnv(info.closure);
    bindParameters(tree_.child(info.node, Field::Parameters), self, args, local);
    frames_.push_back(Frame{info.node, info.ownerClass, self, Value{}});
    const int body = tree_.child(info.node, Field::Body);
    if (body >= 0) {
        Value value = eval(body, local);
        if (tree_.at(info.node).kind == Kind::Lambda) frames_.back().result = std::move(value);
    }
    Value result = std::move(frames_.back().result);
    frames_.pop_back();
    return result;
}

// Functions and methods defined in this file that nothing ran, each walked once as if called with unknown arguments
// (methods on an instance of their class), in the order they were defined; the ones they define follow. Stops
// quietly at the budgets: dormant code is a hint, not something that ran, so running out of it flags nothing.
void CallWalker::walkDormant(std::size_t callBudget, std::size_t visitBudget) {
    for (std::size_t f = 0; f < functions_.size() && !stopped_; ++f) {
        if (out_.calls.size() >= callBudget || visits_ >= visitBudget) return;
        const FunctionInfo &info = functions_[f];
        if (info.walked || tree_.at(info.node).kind == Kind::Lambda) continue;
        const Value self = info.ownerClass >= 0 ? Value::of(ValueKind::Instance, info.ownerClass) : Value{};
        inlineFunction(static_cast<int>(f), self, {});
    }
}

Value CallWalker::instantiate(int classIndex, const CallArgs &args) {
    const Value self = Value::of(ValueKind::Instance, classIndex);
    const Value *init = findMember(classIndex, "__init__");
    if (init && init->kind == ValueKind::Function) inlineFunction(init->index, self, args);
    return self;
}

// A name in the class body, else in its bases defined in the script (depth-first, left to right).
const Value *CallWalker::findMember(int classIndex, std::string_view name, bool basesOnly) const {
    struct Item {
        int cls;
        int depth;
    };
    std::vector<Item> stack{{classIndex, 0}};
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const ClassInfo &info = classes_[static_cast<std::size_t>(item.cls)];
        if (!(basesOnly && item.depth == 0)) {
            const auto it = info.body->names.find(name);
            if (it != info.body->names.end()) return &it->second;
        }
        if (item.depth >= kMaxClassDepth) continue;
        for (auto base = info.bases.rbegin(); base != info.bases.rend(); ++base)
            if (base->kind == ValueKind::Class) stack.push_back({base->index, item.depth + 1});
    }
    return nullptr;
}

// The first base class from outside the script, searched like findMember.
const Value *CallWalker::externalBase(int classIndex) const {
    struct Item {
        int cls;
        int depth;
    };
    std::vector<Item> stack{{classIndex, 0}};
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const ClassInfo &info = classes_[static_cast<std::size_t>(item.cls)];
        for (const Value &base : info.bases)
            if (base.kind == ValueKind::Path || base.kind == ValueKind::Unbound) return &base;
        if (item.depth >= kMaxClassDepth) continue;
        for (auto base = info.bases.rbegin(); base != info.bases.rend(); ++base)
            if (base->kind == ValueKind::Class) stack.push_back({base->index, item.depth + 1});
    }
    return nullptr;
}

} // namespace mph::analysis
