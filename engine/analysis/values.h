#pragma once
// What the call walker knows about a value while it walks a script: a dotted name rooted in an import, a string
// literal, a function, class, instance or dict defined in the script, or nothing (unknown).
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mph::analysis {

enum class ValueKind : unsigned char {
    Unknown,     // text: "?.attr" when it came from an attribute of an unknown value, else empty
    Path,        // text: dotted name from an import or a builtin ("os.path", "subprocess.Popen", "exec")
    Unbound,     // text: a name bound nowhere (`setup` without an import): called, it keeps its name
    Str,         // text: the literal's value
    Function,    // index: FunctionInfo (def or lambda in this script)
    BoundMethod, // index: FunctionInfo, owner: class of the instance it is bound to
    Class,       // index: ClassInfo
    Instance,    // index: ClassInfo
    Super,       // index: ClassInfo whose bases are searched, owner: class of the instance
    Dict,        // index: DictInfo (shared: assignments through any alias update it)
};

struct Value {
    ValueKind kind = ValueKind::Unknown;
    int index = -1;
    int owner = -1;
    std::string text;

    static Value path(std::string text) { return {ValueKind::Path, -1, -1, std::move(text)}; }
    static Value unbound(std::string text) { return {ValueKind::Unbound, -1, -1, std::move(text)}; }
    static Value str(std::string text) { return {ValueKind::Str, -1, -1, std::move(text)}; }
    static Value unknown(std::string label = {}) { return {ValueKind::Unknown, -1, -1, std::move(label)}; }
    static Value of(ValueKind kind, int index, int owner = -1) { return {kind, index, owner, {}}; }
};

// A scope: module, function call (one per inlined call) or class body.
struct Env {
    Env *parent = nullptr;
    int classIndex = -1;    // >= 0 for a class body: its names are not visible from the methods
    std::string starModule; // the last `from M import *` executed in this scope
    std::unordered_map<std::string_view, Value> names;
};

struct FunctionInfo {
    int node = -1; // function_definition or lambda
    Env *closure = nullptr;
    int ownerClass = -1; // class whose body defined it (for super())
};

struct ClassInfo {
    int node = -1;
    Env *body = nullptr;
    std::vector<Value> bases;
};

struct DictInfo {
    std::vector<std::pair<std::string, Value>> entries; // insertion order; key "?" when not a string literal
    void set(std::string key, Value value);
};

// Arguments of one call, evaluated.
struct CallArgs {
    std::vector<Value> positional;
    std::vector<std::pair<std::string, Value>> keywords;
    const Value *keyword(std::string_view name) const;
};

} // namespace mph::analysis
