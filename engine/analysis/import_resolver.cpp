// Names: imports bind paths, lookups find them, attributes extend them.
#include "analysis/call_walker.h"
#include "analysis/names.h"
#include "analysis/reach.h"

namespace mph::analysis {

namespace {

// `from ..pkg.mod import x`: the dots say where the package is, not what it is; they are dropped.
std::string withoutLeadingDots(std::string text) {
    const auto first = text.find_first_not_of('.');
    return first == std::string::npos ? std::string() : text.substr(first);
}

std::string join(const std::string &module, std::string_view name) {
    if (module.empty()) return std::string(name);
    std::string path = module;
    path += '.';
    path += name;
    return path;
}

} // namespace

// The dotted text of a dotted_name/relative_import without whitespace, comments or line continuations.
std::string CallWalker::dottedText(int node) const {
    std::string text;
    for (const char c : tree_.text(node))
        if (c != ' ' && c != '\t' && c != '\\' && c != '\n' && c != '\r') text += c;
    return text;
}

// import a.b.c        -> a = "a"
// import a.b.c as d   -> d = "a.b.c"
void CallWalker::importModules(int node, Env &env) {
    for (int c = tree_.at(node).firstChild; c >= 0; c = tree_.at(c).nextSibling) {
        const Kind kind = tree_.at(c).kind;
        if (kind == Kind::DottedName) {
            const std::string dotted = dottedText(c);
            reach_.importModule(dotted);
            const int first = tree_.at(c).firstChild;
            if (first >= 0) env.names[tree_.text(first)] = Value::path(dotted.substr(0, dotted.find('.')));
        } else if (kind == Kind::AliasedImport) {
            const int name = tree_.child(c, Field::Name);
            const int alias = tree_.child(c, Field::Alias);
            if (name >= 0) reach_.importModule(dottedText(name));
            if (name >= 0 && alias >= 0) env.names[tree_.text(alias)] = Value::path(dottedText(name));
        }
    }
}

// from m import n      -> n = "m.n"
// from m import n as k -> k = "m.n"
// from m import *      -> undefined names later resolve to "m.<name>"
// A module of the script's own package runs first (reach.h), its parents before it, then each imported name that is
// a submodule; names of a relative import are then bound to the absolute module, so that calls find its functions.
void CallWalker::importFrom(int node, Env &env) {
    const int moduleNode = tree_.child(node, Field::ModuleName);
    const std::string written = moduleNode >= 0 ? dottedText(moduleNode) : std::string();
    std::string module = withoutLeadingDots(written);
    const auto level = static_cast<int>(written.size() - module.size());
    if (level > 0) {
        std::string absolute = reach_.absoluteModule(unit_, level, module);
        if (!absolute.empty()) module = std::move(absolute);
    }
    reach_.importModule(module);
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling) {
        if (c == moduleNode) continue;
        const Node &n = tree_.at(c);
        if (n.kind == Kind::WildcardImport) {
            if (module.empty()) continue;
            if (!reach_.isModule(module)) {
                env.starModule = module;
                continue;
            }
            for (const std::string_view name : reach_.moduleNames(module)) // views into that module's text
                if (!name.empty() && name[0] != '_') env.names[name] = Value::path(join(module, name));
            continue;
        }
        int name = -1, alias = -1;
        if (n.kind == Kind::DottedName && n.field == Field::Name) {
            name = c;
            alias = n.firstChild;
        } else if (n.kind == Kind::AliasedImport) {
            name = tree_.child(c, Field::Name);
            alias = tree_.child(c, Field::Alias);
        }
        if (name < 0) continue;
        const std::string path = join(module, dottedText(name));
        if (reach_.isModule(path)) reach_.importModule(path);
        if (alias >= 0) env.names[tree_.text(alias)] = Value::path(path);
    }
}

// Scopes from the innermost out (a class body is seen only from its own statements), then builtins, then the last
// star import, then the name itself.
Value CallWalker::lookup(std::string_view name, Env &env) const {
    for (const Env *e = &env; e; e = e->parent) {
        if (e != &env && e->classIndex >= 0) continue;
        const auto it = e->names.find(name);
        if (it != e->names.end()) return it->second;
    }
    if (name == "__file__") return Value::str(reach_.filePath(unit_));
    if (isBuiltin(name)) return Value::path(std::string(name));
    for (const Env *e = &env; e; e = e->parent)
        if (!e->starModule.empty()) return Value::path(join(e->starModule, name));
    return Value::unbound(std::string(name));
}

Value CallWalker::attributeOf(const Value &object, std::string_view attribute) const {
    std::string label = "?.";
    label += attribute;
    switch (object.kind) {
    case ValueKind::Path:
        return Value::path(join(object.text, attribute));
    case ValueKind::Instance:
    case ValueKind::Class:
    case ValueKind::Super: {
        const bool super = object.kind == ValueKind::Super;
        const Value *member = findMember(object.index, attribute, super);
        const int self = super ? object.owner : object.index;
        if (member) {
            if (member->kind == ValueKind::Function && object.kind != ValueKind::Class)
                return Value::of(ValueKind::BoundMethod, member->index, self);
            return *member;
        }
        if (const Value *base = externalBase(object.index)) return Value::path(join(base->text, attribute));
        return Value::unknown(std::move(label));
    }
    case ValueKind::Str:
    case ValueKind::File: { // a method of a known value: the same token, and a result when it can be folded
        Value method = Value::unknown(std::move(label));
        method.kind = ValueKind::Method;
        method.elements = std::make_shared<const std::vector<Value>>(1, object);
        return method;
    }
    default:
        return Value::unknown(std::move(label)); // unbound names and values of unknown type
    }
}

} // namespace mph::analysis
