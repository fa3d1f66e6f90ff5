// Calls: evaluate the callee, then the arguments, then emit the call's name or inline the same-script callee.
#include "analysis/call_walker.h"
#include "analysis/names.h"
#include "analysis/reach.h"

namespace mph::analysis {

namespace {

// Methods pip runs on a command class, in the order it runs them.
constexpr std::string_view kCommandMethods[] = {"__init__", "initialize_options", "finalize_options", "run"};

bool isCallable(const Value &value) {
    return value.kind == ValueKind::Function || value.kind == ValueKind::BoundMethod;
}

} // namespace

Value CallWalker::evalCall(int node, Env &env) {
    const int function = tree_.child(node, Field::Function);
    const int arguments = tree_.child(node, Field::Arguments);
    Value callee = function >= 0 ? eval(function, env) : Value{};
    CallArgs args = arguments >= 0 ? evalArgs(arguments, env) : CallArgs{};
    if (stopped_) return {};
    // `d.update({...})` / `d.update(k=v)` on a dict of the script merges into it (cmdclass built step by step).
    if (function >= 0 && tree_.at(function).kind == Kind::Attribute && callee.text == "?.update") {
        const int object = tree_.child(function, Field::Object);
        if (object >= 0 && tree_.at(object).kind == Kind::Identifier) {
            const Value target = lookup(tree_.text(object), env);
            if (target.kind == ValueKind::Dict) {
                DictInfo &dict = dicts_[static_cast<std::size_t>(target.index)];
                for (const Value &value : args.positional)
                    if (value.kind == ValueKind::Dict && value.index != target.index) {
                        const auto entries = dicts_[static_cast<std::size_t>(value.index)].entries;
                        for (const auto &entry : entries)
                            dict.set(entry.first, entry.second);
                    }
                for (const auto &entry : args.keywords)
                    dict.set(entry.first, entry.second);
            }
        }
    }
    return applyCall(callee, args, function >= 0 ? function : node, true);
}

CallArgs CallWalker::evalArgs(int node, Env &env) {
    CallArgs args;
    if (tree_.at(node).kind == Kind::GeneratorExpression) { // f(x for x in xs)
        args.positional.push_back(eval(node, env));
        return args;
    }
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
        const Node &n = tree_.at(c);
        if (n.kind == Kind::KeywordArgument) {
            const int name = tree_.child(c, Field::Name);
            const int value = tree_.child(c, Field::Value);
            Value v = value >= 0 ? eval(value, env) : Value{};
            if (name >= 0) args.keywords.emplace_back(std::string(tree_.text(name)), std::move(v));
        } else if (n.kind == Kind::DictionarySplat) { // **kwargs: its known entries become keywords
            Value v = walkChildren(c, env);
            if (v.kind == ValueKind::Dict)
                for (const auto &entry : dicts_[static_cast<std::size_t>(v.index)].entries)
                    args.keywords.push_back(entry);
        } else if (n.kind == Kind::ListSplat) {
            walkChildren(c, env);
            args.positional.emplace_back();
        } else if (n.kind != Kind::Comment) {
            args.positional.push_back(eval(c, env));
        }
    }
    return args;
}

// `external` is false when a decorator is applied: the decorated function is not assumed to be called by it.
Value CallWalker::applyCall(const Value &callee, const CallArgs &args, int rangeNode, bool external) {
    switch (callee.kind) {
    case ValueKind::Function:
        return inlineFunction(callee.index, Value{}, args);
    case ValueKind::BoundMethod:
        return inlineFunction(callee.index, Value::of(ValueKind::Instance, callee.owner), args);
    case ValueKind::Class:
        return instantiate(callee.index, args);
    case ValueKind::Path: {
        Value result; // a function or class of another module of the package: inlined like one of this script
        if (external && reach_.callInModule(callee.text, args, result)) return result;
        if (reach_.isModule(callee.text.substr(0, callee.text.find('.')))) {
            emit(std::string(kLocalCall), rangeNode); // its own name would make every package look unique
            break;
        }
        emit(lastTwoComponents(callee.text), rangeNode);
        break;
    }
    case ValueKind::Unbound:
        emit(lastTwoComponents(callee.text), rangeNode);
        break;
    case ValueKind::Method:
        emit(callee.text, rangeNode);
        break;
    case ValueKind::Unknown:
        if (!external && callee.text.empty()) return {}; // @some.factory(...) applied: nothing to name
        emit(callee.text.empty() ? std::string("?") : callee.text, rangeNode);
        break;
    default:
        emit("?", rangeNode);
        break;
    }
    Value result = builtinResult(callee, args);
    if (result.kind == ValueKind::Unknown && result.text.empty()) result = foldCall(callee, args);
    if (external) runWhatCallRuns(callee, args, rangeNode);
    if (external) {
        runCallbacks(args);
        if (result.kind != ValueKind::Dict) runCommandClasses(args); // dict(cmdclass=...) only builds the dict
    }
    return result;
}

// What a few builtins return, as far as names go: modules imported by name, attributes fetched by name, dicts,
// and super() proxies.
Value CallWalker::builtinResult(const Value &callee, const CallArgs &args) {
    if (callee.kind != ValueKind::Path) return {};
    const std::string &name = callee.text;
    const Value *first = args.positional.empty() ? args.keyword("name") : &args.positional[0];
    if (name == "__import__" && first && first->isStr() && !first->bytes().empty()) {
        const bool fromList = args.positional.size() >= 4 || args.keyword("fromlist");
        const std::string &module = first->bytes();
        reach_.importModule(module);
        return Value::path(fromList ? module : module.substr(0, module.find('.')));
    }
    if (name == "importlib.import_module" && first && first->isStr()) {
        const auto start = first->bytes().find_first_not_of('.');
        if (start == std::string::npos) return {};
        std::string module = first->bytes().substr(start);
        if (start > 0) { // import_module('.mod', package): relative to this file's package
            std::string absolute = reach_.absoluteModule(unit_, static_cast<int>(start), module);
            if (!absolute.empty()) module = std::move(absolute);
        }
        reach_.importModule(module);
        return Value::path(std::move(module));
        return {};
    }
    if (name == "getattr" && args.positional.size() >= 2 && args.positional[1].isStr())
        return attributeOf(args.positional[0], args.positional[1].bytes());
    if (name == "super") {
        if (args.positional.size() >= 1 && args.positional[0].kind == ValueKind::Class) {
            const int self = args.positional.size() >= 2 && args.positional[1].kind == ValueKind::Instance
                                 ? args.positional[1].index
                                 : args.positional[0].index;
            return Value::of(ValueKind::Super, args.positional[0].index, self);
        }
        if (args.positional.empty() && !frames_.empty() && frames_.back().ownerClass >= 0) {
            const Frame &frame = frames_.back();
            const int self = frame.self.kind == ValueKind::Instance ? frame.self.index : frame.ownerClass;
            return Value::of(ValueKind::Super, frame.ownerClass, self);
        }
        return {};
    }
    if (name == "dict") {
        const int index = static_cast<int>(dicts_.size());
        DictInfo &dict = dicts_.emplace_back();
        if (!args.positional.empty() && args.positional[0].kind == ValueKind::Dict)
            dict.entries = dicts_[static_cast<std::size_t>(args.positional[0].index)].entries;
        for (const auto &entry : args.keywords)
            dict.set(entry.first, entry.second);
        return Value::of(ValueKind::Dict, index);
    }
    return {};
}

// A function of the script handed to an outside call is assumed to be called by it (atexit.register(f), map(f, xs)).
void CallWalker::runCallbacks(const CallArgs &args) {
    for (const Value &value : args.positional)
        if (isCallable(value)) applyCall(value, CallArgs{}, 0, true);
    for (const auto &entry : args.keywords)
        if (isCallable(entry.second)) applyCall(entry.second, CallArgs{}, 0, true);
}

// setup(cmdclass={...}): pip instantiates and runs each command class.
void CallWalker::runCommandClasses(const CallArgs &args) {
    const Value *commands = args.keyword("cmdclass");
    if (!commands || commands->kind != ValueKind::Dict) return;
    const auto entries = dicts_[static_cast<std::size_t>(commands->index)].entries;
    for (const auto &entry : entries) {
        if (entry.second.kind != ValueKind::Class) continue;
        const int classIndex = entry.second.index;
        const Value self = Value::of(ValueKind::Instance, classIndex);
        for (const std::string_view method : kCommandMethods) {
            const Value *member = findMember(classIndex, method);
            if (member && member->kind == ValueKind::Function) inlineFunction(member->index, self, CallArgs{});
        }
    }
}

} // namespace mph::analysis
