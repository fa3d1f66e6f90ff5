#pragma once
// From a Python script to the sequence of API calls it makes (design 2.3). Static only: nothing is executed.
//
// What the sequence holds, in execution order (arguments are evaluated before the call that receives them, the
// function expression before the arguments: `os.system(base64.b64decode(x))` gives base64.b64decode, os.system):
// - module-level statements in source order, every branch of if/try/with/loops once, class bodies, decorators,
//   default arguments; function bodies only where the function is called (inlined at the call site);
// - names resolved through imports and simple assignments, cut to their last two dotted components
//   (`urllib.request.urlopen` -> request.urlopen), builtins bare (`exec`), unknown receivers as `?.method`;
// - the command classes handed to `setup(cmdclass=...)` run right after the setup token;
// - what the script runs in other files of its package (imported modules, executed files) and in decoded payloads
//   (exec of a base64/zlib/hex literal), at the import or exec site (design 2.8; reach.h).
// The rules in full are in call_walker.h.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

struct CallToken {
    std::string name;        // normalised call name: "os.system", "request.urlopen", "exec", "?.decode"
    std::uint32_t begin = 0; // byte range in its source of the call's function expression, for highlighting
    std::uint32_t end = 0;
    std::uint32_t source = 0; // index into CallSequence::sources: 0 is the script itself
};

// Where calls live: the script itself, another file of the package that it runs, or a payload decoded from a literal.
struct CodeSource {
    std::string path;         // the file, as stored in the package; for a layer, the file it was decoded in
    std::uint32_t layer = 0;  // 0: the file's own text; n: a payload decoded n levels deep
    std::int32_t parent = -1; // a layer: the source whose code decoded it
    std::uint32_t begin = 0;  // a layer: the byte range in `parent` of the call that ran it (exec, eval, a run file)
    std::uint32_t end = 0;
    std::string text;        // a layer: its decoded text (a file's text is in the package)
    std::uint32_t calls = 0; // calls made in this source
};

struct CallSequence {
    std::vector<CallToken> calls;    // in execution order, with same-script callees inlined at their call sites
    std::vector<CodeSource> sources; // the script (first), then each file and layer reached, in order of first run
    int errorNodes = 0;              // tree-sitter ERROR/MISSING nodes: how much of the script did not parse
    bool truncated = false;          // a size, depth or time cap stopped the walk early

    std::size_t size() const { return calls.size(); }
    std::size_t reachedFiles() const; // sources other than the script that are files of the package
    std::size_t layers() const;       // decoded layers
};

// Caps against hostile input. Every cap that stops the walk sets CallSequence::truncated. All are deterministic except
// the parse timeout, which is wall time (tree-sitter's own): only a script that takes most of a second to parse on a
// loaded machine can come out differently (empty and truncated). On the corpora the slowest parse takes ~0.15 s CPU.
struct AnalysisLimits {
    std::size_t maxSourceBytes = 8u << 20; // longer scripts are not analysed at all
    std::size_t maxCalls = 20000;          // tokens per sequence
    int maxInlineDepth = 8;                // nested same-script calls inlined
    int maxNesting = 600; // syntax nesting walked (deeper sub-trees are skipped; CPython stops at 200 brackets)
    std::size_t maxVisits = 4000000;            // syntax nodes visited, inlining included (bounds the walk's time)
    std::uint64_t parseTimeoutMicros = 1000000; // tree-sitter parse time (wall clock)
    // Reach (design 2.8): files and layers one script runs, how deep they nest, and what decoding may produce.
    std::size_t maxSources = 512;                 // files and layers run from one script
    int maxRunDepth = 128;                        // files and layers running one another (the script is the first)
    int maxLayers = 100;                          // decoded layers nested in one another (onions of 64 are peeled)
    std::size_t maxDecodedBytes = 16u << 20;      // one decoder's output
    std::size_t maxTotalDecodedBytes = 64u << 20; // everything decoded for one script
    std::size_t maxReachedBytes = 32u << 20; // source text parsed for one script, reached files and layers included
};

// A Python file of a package, for reach: its path as stored and its text.
struct SourceFile {
    std::string_view path;
    std::string_view text;
};

namespace analysis {
struct ParsedFiles;
}

// The Python files of one package (views: the texts must outlive it), and their syntax trees once parsed, shared by
// the analyses of its entries: a module that several entries reach is parsed once. Not thread-safe.
class PackageFiles {
  public:
    // `root` is the package's base folder as stored (an sdist's "name-1.0", empty for a wheel's tree).
    PackageFiles(std::vector<SourceFile> files, std::string root);
    ~PackageFiles();
    PackageFiles(const PackageFiles &) = delete;
    PackageFiles &operator=(const PackageFiles &) = delete;

    const std::vector<SourceFile> &files() const { return files_; }
    const std::string &root() const { return root_; }
    analysis::ParsedFiles &parsed() const { return *parsed_; }

  private:
    std::vector<SourceFile> files_;
    std::string root_;
    std::unique_ptr<analysis::ParsedFiles> parsed_;
};

// Holds a tree-sitter parser; cheap to reuse, not thread-safe: use one per thread.
class ScriptAnalyzer {
  public:
    ScriptAnalyzer();
    explicit ScriptAnalyzer(const AnalysisLimits &limits);
    ~ScriptAnalyzer();
    ScriptAnalyzer(const ScriptAnalyzer &) = delete;
    ScriptAnalyzer &operator=(const ScriptAnalyzer &) = delete;

    // One script on its own: its calls, and those of payloads it decodes and runs.
    CallSequence analyze(std::string_view source);
    // Entry `entry` of a package and everything it runs in the package's `files` (design 2.8): modules imported at
    // module level (absolute and relative), files executed by a literal or statically joined path, decoded payloads.
    // `withDormant`: then the functions and methods of those files that nothing called (code that waits for a user
    // to call it), within a quarter of the call and visit caps, flagging nothing when cut.
    CallSequence analyze(const PackageFiles &package, std::size_t entry, bool withDormant = false);
    CallSequence analyze(const std::vector<SourceFile> &files, std::size_t entry, std::string_view root);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The token of a call into the package's own modules that reach could not follow (a name the module does not define
// at its top level, an attribute of one of its classes): the package's own names say nothing across packages.
inline constexpr std::string_view kLocalCall = "<local>";

// A call name cut to its last two dotted components: "urllib.request.urlopen" -> "request.urlopen".
std::string lastTwoComponents(std::string_view dotted);

// The sequence as one line of names separated by single spaces (for CSV columns and listings).
std::string joinNames(const CallSequence &sequence);

} // namespace mph
