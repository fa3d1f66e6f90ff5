#pragma once
// What the call walker knows about a value while it walks a script: a dotted name rooted in an import, a string
// literal, a function, class, instance or dict defined in the script, or nothing (unknown).
#include <deque>
#include <memory>
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
    Str,         // bytes(): the value (a literal, or folded from literals); index: the reached file it is the whole
                 // text of (read from the package), else -1
    Function,    // index: FunctionInfo (def or lambda in this script)
    BoundMethod, // index: FunctionInfo, owner: class of the instance it is bound to
    Class,       // index: ClassInfo
    Instance,    // index: ClassInfo
    Super,       // index: ClassInfo whose bases are searched, owner: class of the instance
    Dict,        // index: DictInfo (shared: assignments through any alias update it)
    List,        // items(): a list or tuple display, element by element
    Method,      // a method of a folded value (Str, File): text its token ("?.decode"), items()[0] the value
    Code,        // compile(source, ...): bytes() the source, index as for Str
    File,        // open(path) or a module spec: text the resolved path, index 1 when opened for writing
};

struct Value {
    ValueKind kind = ValueKind::Unknown;
    int index = -1;
    int owner = -1;
    std::string text;
    // Str, Code: shared, so that a payload of megabytes costs nothing to pass around.
    std::shared_ptr<const std::string> data;
    std::shared_ptr<const std::vector<Value>> elements; // List; Method: its receiver

    static Value path(std::string text) { return {ValueKind::Path, -1, -1, std::move(text), {}, {}}; }
    static Value unbound(std::string text) { return {ValueKind::Unbound, -1, -1, std::move(text), {}, {}}; }
    static Value str(std::string bytes, int file = -1) {
        return {ValueKind::Str, file, -1, {}, std::make_shared<const std::string>(std::move(bytes)), {}};
    }
    static Value unknown(std::string label = {}) { return {ValueKind::Unknown, -1, -1, std::move(label), {}, {}}; }
    static Value of(ValueKind kind, int index, int owner = -1) { return {kind, index, owner, {}, {}, {}}; }

    bool isStr() const { return kind == ValueKind::Str && data; }
    const std::string &bytes() const {
        static const std::string empty;
        return data ? *data : empty;
    }
    const std::vector<Value> &items() const {
        static const std::vector<Value> none;
        return elements ? *elements : none;
    }
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
    bool walked = false; // inlined at least once
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
