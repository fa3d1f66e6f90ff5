#pragma once
// Internal to the analysis stage: what one script runs beyond its own text, followed statically (design 2.8).
//
// A script is walked by a CallWalker; every file or payload it runs is walked by a CallWalker of its own, at the
// place that runs it, writing into the same sequence. Reach owns those walkers and what they share:
// - modules: the package's own modules by dotted name (from the files' paths: `<root>/pkg/mod.py` and
//   `<root>/src/pkg/mod.py` are `pkg.mod`, `__init__.py` is its package). Importing one runs it, and its parent
//   packages first, once per script (a module already imported, or being imported, is not run again: cycles end).
//   Its functions and classes stay callable: a call of `pkg.mod.f` from anywhere inlines f's body there.
// - files: paths are virtual ("/" + the path as stored, so `os.path.dirname(__file__)` gives the file's folder in
//   the package); the working directory is the script's folder. A file the code writes from a value it knows (a
//   decoded payload) can be read back and run. A path that names no file of the package runs nothing.
// - payloads: text that reaches exec/eval/compile is walked as a layer (its own source, one level deeper).
// Every run counts against the limits (sources, nesting, layers, bytes parsed, bytes decoded); a cap that stops
// something sets the sequence's `truncated` flag, and what was walked so far is kept.
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/call_sequence.h"
#include "analysis/syntax_tree.h"
#include "analysis/values.h"

namespace mph::analysis {

class CallWalker;
class PythonParser;

// The syntax trees of a package's files, parsed on first use (PackageFiles).
struct ParsedFiles {
    struct Tree {
        SyntaxTree tree;
        bool timedOut = false;
    };
    std::vector<std::shared_ptr<const Tree>> trees; // by file index; null until parsed
};

// `a/./b/../c` -> `/a/c`: a virtual path, always absolute, without empty, `.` or `..` components.
std::string normalizeVirtualPath(std::string_view path);

// What every walker of one script shares: output, budgets and the flag that stops them all.
struct WalkShared {
    const AnalysisLimits &limits;
    CallSequence &out;
    std::size_t visits = 0; // syntax nodes visited, by every walker
    int depth = 0;          // syntax nesting, across runs (one C++ stack)
    bool stopped = false;
};

class Reach {
  public:
    Reach(const std::vector<SourceFile> &files, std::string_view root, ParsedFiles &parsed, PythonParser &parser,
          const AnalysisLimits &limits, CallSequence &out);
    ~Reach();
    Reach(const Reach &) = delete;
    Reach &operator=(const Reach &) = delete;

    // Walks files[entry] and everything it runs; fills out.sources. `withDormant`: then every unit's functions that
    // nothing called (CallWalker::walkDormant).
    void run(std::size_t entry, bool withDormant = false);
    // Walks `text` as the whole script (no package around it).
    void runText(std::string_view text);

    WalkShared &shared() { return shared_; }

    // Modules (called by the walker of `unit`).
    // The absolute name of `from <dots><name> import ...` in that unit; empty when it leaves the package.
    std::string absoluteModule(int unit, int level, std::string_view name) const;
    bool isModule(const std::string &dotted) const { return modules_.count(dotted) != 0; }
    // Runs the package's modules along `dotted` (`a`, `a.b`, `a.b.c`) that have not run yet.
    void importModule(const std::string &dotted);
    // The names a module binds at its top level (after it ran), for `from m import *`.
    std::vector<std::string_view> moduleNames(const std::string &dotted) const;
    // `pkg.mod.f(...)`: inlines f when `pkg.mod` is a module of the package that ran and defines f. `result` gets
    // what the call returns, as far as values go from one file to another.
    bool callInModule(const std::string &path, const CallArgs &args, Value &result);

    // Files and payloads (called by the walker of `unit`; begin/end: the range of the call that runs them).
    std::string filePath(int unit) const; // virtual path of the unit's file (`__file__`)
    std::string resolvePath(int unit, std::string_view path) const;
    std::optional<Value> readFile(const std::string &virtualPath) const; // a Str holding the file's text
    void writeFile(const std::string &virtualPath, const Value &content);
    bool isRunnableFile(const std::string &virtualPath) const;
    void runFile(int unit, const std::string &virtualPath, std::uint32_t begin, std::uint32_t end);
    void runModule(int unit, const std::string &dotted, std::uint32_t begin, std::uint32_t end);
    // exec/eval/compile of a value: a file's whole text runs as that file, anything else as a decoded layer.
    void runCode(int unit, const Value &code, std::uint32_t begin, std::uint32_t end);
    // Counts `bytes` against the decoding budget; false (and truncated) when it is spent.
    bool spendDecoded(std::size_t bytes);

  private:
    struct Unit;
    // A new unit for `text` (files_[file], or a layer when file is -1), run from unit `from` (-1: none).
    int startUnit(int file, std::string_view text, int from, std::uint32_t begin, std::uint32_t end,
                  std::uint32_t layer, std::string module);
    void finish();
    bool mayRun(std::size_t textBytes);
    void walk(int unit);
    void walkDormant(); // every unit's functions that nothing called, each unit as if it ran again
    int fileIndex(const std::string &virtualPath) const;
    void indexModules(std::string_view root);

    const std::vector<SourceFile> &files_;
    ParsedFiles &parsed_;
    PythonParser &parser_;
    WalkShared shared_;
    std::deque<Unit> units_;
    std::unordered_map<std::string, int> modules_;                                // dotted name -> file
    std::unordered_map<std::string, int> moduleUnits_;                            // dotted name -> unit that ran it
    std::unordered_map<std::string, int> filesByPath_;                            // virtual path -> file
    std::unordered_map<std::string, std::shared_ptr<const std::string>> written_; // virtual path -> content
    std::deque<std::string> layerTexts_;
    std::vector<int> running_; // files being run, innermost last
    std::string cwd_;
    std::size_t parsedBytes_ = 0;
    std::size_t decodedBytes_ = 0;
    int runDepth_ = 0;
};

} // namespace mph::analysis
