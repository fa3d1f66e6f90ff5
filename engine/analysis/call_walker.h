#pragma once
// Walks a flattened syntax tree in execution order and records the API calls (design 2.3). Nothing is executed.
//
// Order. Statements in source order; every branch of if/elif/else, try/except/else/finally, loops and with-blocks is
// walked once, in source order. Within an expression, Python's evaluation order: the function expression, then the
// arguments left to right, then the call itself (`os.system(base64.b64decode(x))` -> base64.b64decode, os.system;
// `a().b()` -> a, ?.b). Comprehensions: iterables and conditions, then the element expression. Assignments: the
// right-hand side, then the targets. Decorators: the decorator expressions, then default arguments, then each
// decorator is applied (bottom-up), which emits the decorator's name (or inlines it when defined in the script).
//
// Names. A call is named by the dotted path its function expression resolves to, cut to the last two components
// (`import urllib.request; urllib.request.urlopen()` -> request.urlopen). Paths come from imports
// (`import os as o` binds o to "os", `import a.b as c` binds c to "a.b", `import a.b` binds a to "a",
// `from m import n as k` binds k to "m.n"; relative imports drop their dots), from `__import__('m')` (the top
// package, or "m" with a fromlist), `importlib.import_module('m')`, `getattr(x, 'n')` with a literal name, and from
// simple assignments (`s = os.system`). Attribute chains on a path extend the path whether the intermediate is a
// module or an object (`os.environ.get` -> environ.get); a call's result, a subscript or any other value is unknown,
// so a method called on it is `?.method` (`x.decode()`, `"".join()`, `os.popen(c).read()` -> os.popen, ?.read).
// Calling something with no name at all (`f()()`, `d[k]()`) is `?`; calling a local variable of unknown value is
// `?`. Names bound nowhere keep their own name: builtins (exec, eval, open, getattr, print...) and undefined names;
// after `from m import *`, undefined non-builtin names become m.<name> (the last star import wins). String literals
// are tracked through simple assignments and `+`, so `__import__('o' + 's')` resolves.
// Python 2 `print x` and `exec code` statements are the calls print and exec.
//
// Inlining. Calls to functions, lambdas, methods and classes defined in the script are replaced by the calls of their
// bodies, at the call site (the function's own name is not a token); instantiating a class inlines its __init__
// (searched through the script's own base classes); `self.m()`, `obj.m()` and `super().m()` find methods the same
// way, and fall back to the first base class from outside the script (`super().run()` in `class C(install)` ->
// install.run). Parameters are bound to the call's arguments. A function already being inlined is not re-entered,
// and inlining stops at `maxInlineDepth` (truncated). Function bodies that are never called are not walked
// (walkDormant does, on request); a lambda is a function like any other (walked where it is called). A function or
// lambda handed as an argument to a call that is not defined in the script (`atexit.register(f)`,
// `map(lambda x: ..., xs)`) is assumed to be called by it: it is inlined right after that call's token. The command
// classes of any external call with `cmdclass=` (a dict literal, `dict(...)`, or a variable holding one, filled by
// literal, subscript assignment or `.update`, also via `**kwargs`) are what pip runs: right after the call's token,
// for each class in dict order, its __init__, initialize_options, finalize_options and run are inlined, each only when
// the script defines it.
//
// Reach and payloads (design 2.8; reach.h runs them). Importing a module of the script's own package runs it where
// the import stands (`import pkg.mod`, `from . import mod`, `from .mod import f`, `importlib.import_module('pkg.x')`,
// `__import__`), and a call of one of its functions or classes inlines it; a call into one of its modules that
// cannot be inlined (a class attribute chain, a name it does not define) is the token `<local>` (kLocalCall). Running a
// file of the package by a path the walker can compute (`exec(open(p).read())`, `exec(compile(...))`, `execfile`,
// `runpy.run_path`/`run_module`, `spec_from_file_location` + `exec_module`, `imp.load_source`, `subprocess`/`os.system`
// with a `.py` file of the package) walks that file there. Paths are folded from literals, `__file__`, `os.getcwd()`
// and `os.path.join/dirname/abspath/realpath/normpath`. String values are folded through the standard decoders
// (decoders.h: base64 family, hex, rot13, zlib/gzip/lzma/bz2, `codecs.decode`, Python 2 `str.decode('base64')`),
// `[::-1]`, `+`, `join`, `.decode()`/`.encode()`, `bytes`/`str`; a value that reaches exec/eval/compile is walked as
// a decoded layer, and so is one written to a file (`open(p, 'w').write(x)`) that is then run or imported. What
// cannot be computed (marshal, PyArmor, a key from the network) stays the call token it always was: the tokens of
// a script never change because a value was folded, only the calls of what it runs are added after them.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/call_sequence.h"
#include "analysis/syntax_tree.h"
#include "analysis/values.h"

namespace mph::analysis {

class Reach;
struct WalkShared;

class CallWalker {
  public:
    // Walks `tree`, the text of `unit` of `reach`; its calls are recorded with `source` as their source.
    CallWalker(const SyntaxTree &tree, Reach &reach, int unit, std::uint32_t source);
    void run();
    // After run(): the module's top-level names, and calling one of its functions or classes from another file.
    std::vector<std::string_view> topLevelNames() const; // views into the file's text
    bool callTopLevel(std::string_view name, const CallArgs &args, Value &result);
    void walkDormant(std::size_t callBudget, std::size_t visitBudget);

  private:
    struct Frame {
        int node = -1;       // function being inlined
        int ownerClass = -1; // its class when it is a method
        Value self;          // bound instance, if any
        Value result;        // value of the last `return` walked
    };

    // Walking (call_walker.cpp): one dispatcher for statements and expressions.
    Value eval(int node, Env &env);
    Value walkChildren(int node, Env &env);
    Value evalOperatorChain(int node, Env &env);
    Value evalString(int node, Env &env);
    Value evalDict(int node, Env &env);
    Value evalSubscript(int node, Env &env);
    Value evalComprehension(int node, Env &env);
    Value evalAssignment(int node, Env &env);
    void bindTarget(int target, const Value &value, Env &env);
    void walkKeywordStatement(int node, Env &env, std::string_view name);

    // Names (import_resolver.cpp).
    void importModules(int node, Env &env);
    void importFrom(int node, Env &env);
    Value lookup(std::string_view name, Env &env) const;
    Value attributeOf(const Value &object, std::string_view attribute) const;
    std::string dottedText(int node) const;

    // Calls (call_resolver.cpp).
    Value evalCall(int node, Env &env);
    CallArgs evalArgs(int node, Env &env);
    Value applyCall(const Value &callee, const CallArgs &args, int rangeNode, bool external);
    Value builtinResult(const Value &callee, const CallArgs &args);
    Value callModuleMember(const Value &callee, const CallArgs &args, bool &inlined);

    // Values folded from literals, and what runs other code (value_folding.cpp).
    Value evalSequence(int node, Env &env);
    Value foldCall(const Value &callee, const CallArgs &args);
    Value foldMethod(const Value &callee, const CallArgs &args);
    Value reverseIfSliced(int node, const Value &value);
    void runWhatCallRuns(const Value &callee, const CallArgs &args, int rangeNode);
    std::optional<std::string> pathOf(const Value &value) const;
    void importForReach(const std::string &dotted, Env &env);
    void runCallbacks(const CallArgs &args);
    void runCommandClasses(const CallArgs &args);

    // Definitions and inlining (inliner.cpp).
    void defineFunction(int node, Env &env, const std::vector<std::pair<Value, int>> &decorators);
    void defineClass(int node, Env &env, const std::vector<std::pair<Value, int>> &decorators);
    Value evalDecorated(int node, Env &env);
    Value evalLambda(int node, Env &env);
    void walkDefaults(int parameters, Env &env);
    Value inlineFunction(int function, const Value &self, const CallArgs &args);
    Value instantiate(int classIndex, const CallArgs &args);
    void bindParameters(int parameters, const Value &self, const CallArgs &args, Env &local);
    const Value *findMember(int classIndex, std::string_view name, bool basesOnly = false) const;
    const Value *externalBase(int classIndex) const;

    // Output.
    void emit(std::string name, int rangeNode);
    void emitRange(std::string name, std::uint32_t begin, std::uint32_t end);
    Env &newEnv(Env *parent, int classIndex = -1);
    bool stopped() const { return stopped_; }

    const SyntaxTree &tree_;
    Reach &reach_;
    int unit_;
    std::uint32_t source_;
    WalkShared &shared_;
    const AnalysisLimits &limits_;
    CallSequence &out_;
    std::size_t &visits_;
    int &depth_;
    bool &stopped_;
    Env *module_ = nullptr;
    std::deque<Env> envs_;
    std::vector<FunctionInfo> functions_;
    std::vector<ClassInfo> classes_;
    std::deque<DictInfo> dicts_;
    std::vector<Frame> frames_;
    std::string scratch_;
};

} // namespace mph::analysis
