#include "analysis/reach.h"

#include "analysis/call_walker.h"
#include "analysis/python_parser.h"

#include <algorithm>
#include <iterator>

namespace mph::analysis {

namespace {

// A folder or file name that `importlib.import_module` can name, and so run with its relative imports: any name
// without a dot (`artifact-lab-3-pkg/__init__.py` doing `from .main import x` runs main.py), not only identifiers.
bool isModuleNamePart(std::string_view part) {
    return !part.empty() && part.find('.') == std::string_view::npos;
}

// The public top-level modules of CPython 3.11's standard library (`sys.stdlib_module_names`, sorted). Python finds
// these before site-packages, so a package's own top-level `os.py` or `subprocess/` never runs as `os` or
// `subprocess`: indexing it would let a package hide its calls behind a module of that name (`os.system` inlined
// into an empty `def system`, or made `<local>`). One table, kept compact.
// clang-format off
constexpr std::string_view kStandardModules[] = {
    "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit",
    "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb",
    "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent",
    "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses",
    "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings",
    "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib",
    "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib",
    "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io",
    "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox",
    "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing",
    "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os",
    "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib",
    "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc",
    "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter",
    "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd",
    "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse",
    "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys",
    "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this",
    "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc",
    "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv",
    "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc",
    "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"
};
// clang-format on

bool isStandardModule(std::string_view root) {
    return std::binary_search(std::begin(kStandardModules), std::end(kStandardModules), root);
}

// Decoded bytes worth parsing as Python: text, not a binary blob (an image, a marshalled code object, a key).
bool looksLikeSource(std::string_view text) {
    if (text.empty() || text.find('\0') != std::string_view::npos) return false;
    std::size_t control = 0;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    }
    return control * 50 <= text.size();
}

std::string parentOf(const std::string &dotted) {
    const auto dot = dotted.rfind('.');
    return dot == std::string::npos ? std::string() : dotted.substr(0, dot);
}

} // namespace

std::string normalizeVirtualPath(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) slash = path.size();
        const std::string_view part = path.substr(start, slash - start);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = slash + 1;
    }
    std::string normal;
    for (const std::string_view part : parts) {
        normal += '/';
        normal += part;
    }
    return normal.empty() ? "/" : normal;
}

struct Reach::Unit {
    int file = -1;       // index into files_; -1 for a decoded layer
    int origin = -1;     // the file whose code this is, or decoded it (through the layers between), -1 for none
    int layerText = -1;  // a layer: index into layerTexts_
    std::string module;  // its dotted name when it runs as a module of the package
    std::string package; // what `from . import x` is relative to
    std::string path;    // virtual path: the file, or the file a layer was decoded in
    std::uint32_t layer = 0;
    std::uint32_t source = 0;
    std::shared_ptr<const ParsedFiles::Tree> tree; // a file's is shared by every script of its package
    std::unique_ptr<CallWalker> walker;
};

Reach::Reach(const std::vector<SourceFile> &files, std::string_view root, ParsedFiles &parsed, PythonParser &parser,
             const AnalysisLimits &limits, CallSequence &out)
    : files_(files), parsed_(parsed), parser_(parser), shared_{limits, out} {
    parsed_.trees.resize(files_.size());
    for (std::size_t i = 0; i < files_.size(); ++i)
        filesByPath_.emplace(normalizeVirtualPath(files_[i].path), static_cast<int>(i));
    indexModules(root);
}

Reach::~Reach() = default;

// `<root>/a/b.py` and `<root>/src/a/b.py` are module a.b; `<root>/a/__init__.py` is package a.
void Reach::indexModules(std::string_view root) {
    const std::string prefix = root.empty() ? std::string("/") : normalizeVirtualPath(root) + "/";
    for (const auto &[path, file] : filesByPath_) {
        if (path.size() <= prefix.size() + 3 || path.compare(0, prefix.size(), prefix) != 0) continue;
        std::string_view rel = std::string_view(path).substr(prefix.size());
        if (rel.substr(rel.size() - 3) != ".py") continue;
        rel.remove_suffix(3);
        if (rel.substr(0, 4) == "src/") rel.remove_prefix(4);
        std::string module;
        bool valid = true;
        std::size_t start = 0;
        while (start <= rel.size() && valid) {
            std::size_t slash = rel.find('/', start);
            if (slash == std::string_view::npos) slash = rel.size();
            const std::string_view part = rel.substr(start, slash - start);
            start = slash + 1;
            if (part == "__init__" && slash == rel.size()) break;
            valid = isModuleNamePart(part);
            if (!module.empty()) module += '.';
            module += part;
        }
        if (!valid || module.empty() || isStandardModule(module.substr(0, module.find('.')))) continue;
        const auto [it, inserted] = modules_.emplace(module, file);
        if (!inserted && path < normalizeVirtualPath(files_[static_cast<std::size_t>(it->second)].path))
            it->second = file; // two files claim one name (pkg/x.py and src/pkg/x.py): the first by path, stably
    }
}

bool Reach::mayRun(std::size_t textBytes) {
    const AnalysisLimits &limits = shared_.limits;
    if (shared_.stopped) return false;
    if (units_.size() >= limits.maxSources || runDepth_ >= limits.maxRunDepth ||
        parsedBytes_ + textBytes > limits.maxReachedBytes) {
        shared_.out.truncated = true;
        return false;
    }
    return true;
}

int Reach::startUnit(int file, std::string_view text, int from, std::uint32_t begin, std::uint32_t end,
                     std::uint32_t layer, std::string module) {
    if (!mayRun(text.size())) return -1;
    if (layer > static_cast<std::uint32_t>(shared_.limits.maxLayers)) {
        shared_.out.truncated = true;
        return -1;
    }
    parsedBytes_ += text.size();
    const int index = static_cast<int>(units_.size());
    Unit &unit = units_.emplace_back();
    const Unit *parent = from >= 0 ? &units_[static_cast<std::size_t>(from)] : nullptr;
    unit.file = file;
    unit.origin = file >= 0 ? file : (parent ? parent->origin : -1);
    unit.layer = layer;
    if (file >= 0)
        unit.path = normalizeVirtualPath(files_[static_cast<std::size_t>(file)].path);
    else
        unit.path = parent ? parent->path : std::string("/");
    unit.module = std::move(module);
    const bool isPackage = file >= 0 && unit.path.ends_with("/__init__.py");
    unit.package = isPackage ? unit.module : parentOf(unit.module);

    CodeSource source;
    if (unit.origin >= 0) source.path = std::string(files_[static_cast<std::size_t>(unit.origin)].path);
    source.layer = layer;
    source.parent = parent ? static_cast<std::int32_t>(parent->source) : -1;
    source.begin = begin;
    source.end = end;
    unit.source = static_cast<std::uint32_t>(shared_.out.sources.size());
    shared_.out.sources.push_back(std::move(source));

    std::shared_ptr<const ParsedFiles::Tree> *cached =
        file >= 0 ? &parsed_.trees[static_cast<std::size_t>(file)] : nullptr;
    if (cached && *cached) {
        unit.tree = *cached;
    } else {
        auto parsed = std::make_shared<ParsedFiles::Tree>();
        if (!parser_.parse(text, parsed->tree)) { // tree-sitter's time cap
            parsed->tree = SyntaxTree{};
            parsed->timedOut = true;
        }
        unit.tree = parsed;
        if (cached) *cached = std::move(parsed);
    }
    if (unit.tree->timedOut) shared_.out.truncated = true;
    if (unit.source == 0) shared_.out.errorNodes = unit.tree->tree.errorNodes;
    unit.walker = std::make_unique<CallWalker>(unit.tree->tree, *this, index, unit.source);
    return index;
}

void Reach::walk(int index) {
    if (index < 0) return;
    Unit &unit = units_[static_cast<std::size_t>(index)];
    ++runDepth_;
    running_.push_back(unit.file);
    unit.walker->run();
    running_.pop_back();
    --runDepth_;
}

void Reach::run(std::size_t entry, bool withDormant) {
    const SourceFile &file = files_[entry];
    const std::string path = normalizeVirtualPath(file.path);
    cwd_ = path.substr(0, std::max<std::size_t>(path.rfind('/'), 1));
    std::string module;
    for (const auto &[name, index] : modules_)
        if (index == static_cast<int>(entry) && (module.empty() || name < module)) module = name;
    const int unit = startUnit(static_cast<int>(entry), file.text, -1, 0, 0, 0, module);
    if (unit >= 0 && !module.empty()) moduleUnits_[module] = unit; // importing itself does not run it again
    walk(unit);
    if (withDormant) walkDormant();
    finish();
}

// Units started meanwhile (a dormant function may import or run something) get theirs walked too.
void Reach::walkDormant() {
    const AnalysisLimits &limits = shared_.limits;
    for (std::size_t u = 0; u < units_.size() && !shared_.stopped; ++u) {
        Unit &unit = units_[u];
        ++runDepth_;
        running_.push_back(unit.file);
        unit.walker->walkDormant(limits.maxCalls / 4, limits.maxVisits / 4);
        running_.pop_back();
        --runDepth_;
    }
}

void Reach::runText(std::string_view text) {
    cwd_.assign(1, '/'); // (not `= "/"`: GCC 12 warns a false -Wrestrict there)
    walk(startUnit(-1, text, -1, 0, 0, 0, {}));
    finish();
}

// Layers keep their decoded text (a file's is in the package); each source counts its calls.
void Reach::finish() {
    for (Unit &unit : units_)
        if (unit.layerText >= 0)
            shared_.out.sources[unit.source].text = std::move(layerTexts_[static_cast<std::size_t>(unit.layerText)]);
    for (const CallToken &call : shared_.out.calls)
        if (call.source < shared_.out.sources.size()) ++shared_.out.sources[call.source].calls;
}

std::string Reach::absoluteModule(int unit, int level, std::string_view name) const {
    std::string base = units_[static_cast<std::size_t>(unit)].package;
    for (int up = 1; up < level; ++up) {
        if (base.empty()) return {};
        base = parentOf(base);
    }
    if (base.empty()) return {};
    if (!name.empty()) {
        base += '.';
        base += name;
    }
    return base;
}

void Reach::importModule(const std::string &dotted) {
    std::size_t end = 0;
    while (end != std::string::npos && !shared_.stopped) {
        end = dotted.find('.', end + 1);
        const std::string prefix = dotted.substr(0, end);
        const auto module = modules_.find(prefix);
        if (module == modules_.end()) return; // not the package's: nothing of it runs here
        if (moduleUnits_.count(prefix)) continue;
        const SourceFile &file = files_[static_cast<std::size_t>(module->second)];
        const int unit = startUnit(module->second, file.text, -1, 0, 0, 0, prefix);
        if (unit < 0) return;
        moduleUnits_[prefix] = unit; // before it runs: an import cycle finds it partly run, as Python does
        walk(unit);
    }
}

std::vector<std::string_view> Reach::moduleNames(const std::string &dotted) const {
    const auto it = moduleUnits_.find(dotted);
    if (it == moduleUnits_.end()) return {};
    return units_[static_cast<std::size_t>(it->second)].walker->topLevelNames();
}

bool Reach::callInModule(const std::string &path, const CallArgs &args, Value &result) {
    if (moduleUnits_.empty()) return false;
    const auto dot = path.rfind('.');
    if (dot == std::string::npos) return false;
    const auto it = moduleUnits_.find(path.substr(0, dot));
    if (it == moduleUnits_.end()) return false;
    return units_[static_cast<std::size_t>(it->second)].walker->callTopLevel(std::string_view(path).substr(dot + 1),
                                                                             args, result);
}

std::string Reach::filePath(int unit) const {
    return units_[static_cast<std::size_t>(unit)].path;
}

std::string Reach::resolvePath(int /*unit*/, std::string_view path) const {
    if (!path.empty() && path.front() == '/') return normalizeVirtualPath(path);
    std::string joined = cwd_;
    joined += '/';
    joined += path;
    return normalizeVirtualPath(joined);
}

std::optional<Value> Reach::readFile(const std::string &virtualPath) const {
    if (const auto written = written_.find(virtualPath); written != written_.end()) {
        Value text = Value::str({});
        text.data = written->second;
        return text;
    }
    const int file = fileIndex(virtualPath);
    if (file < 0) return std::nullopt;
    return Value::str(std::string(files_[static_cast<std::size_t>(file)].text), file);
}

void Reach::writeFile(const std::string &virtualPath, const Value &content) {
    if (content.data) written_[virtualPath] = content.data;
}

int Reach::fileIndex(const std::string &virtualPath) const {
    const auto it = filesByPath_.find(virtualPath);
    return it == filesByPath_.end() ? -1 : it->second;
}

bool Reach::isRunnableFile(const std::string &virtualPath) const {
    return written_.count(virtualPath) != 0 || fileIndex(virtualPath) >= 0;
}

void Reach::runFile(int unit, const std::string &virtualPath, std::uint32_t begin, std::uint32_t end) {
    if (const auto written = written_.find(virtualPath); written != written_.end()) {
        Value code = Value::str({});
        code.data = written->second;
        runCode(unit, code, begin, end);
        return;
    }
    const int file = fileIndex(virtualPath);
    if (file < 0) return;
    if (std::find(running_.begin(), running_.end(), file) != running_.end()) { // a file that runs itself
        shared_.out.truncated = true;
        return;
    }
    walk(startUnit(file, files_[static_cast<std::size_t>(file)].text, unit, begin, end, 0, {}));
}

void Reach::runModule(int unit, const std::string &dotted, std::uint32_t begin, std::uint32_t end) {
    const auto module = modules_.find(dotted);
    if (module == modules_.end()) return;
    runFile(unit, normalizeVirtualPath(files_[static_cast<std::size_t>(module->second)].path), begin, end);
}

void Reach::runCode(int unit, const Value &code, std::uint32_t begin, std::uint32_t end) {
    if (!code.data) return;
    if (code.index >= 0 && static_cast<std::size_t>(code.index) < files_.size() &&
        files_[static_cast<std::size_t>(code.index)].text == *code.data) { // exec(open(p).read())
        runFile(unit, normalizeVirtualPath(files_[static_cast<std::size_t>(code.index)].path), begin, end);
        return;
    }
    if (!looksLikeSource(*code.data) || !mayRun(code.data->size())) return;
    const std::uint32_t layer = units_[static_cast<std::size_t>(unit)].layer + 1;
    layerTexts_.push_back(*code.data);
    const int index = startUnit(-1, layerTexts_.back(), unit, begin, end, layer, {});
    if (index < 0) {
        layerTexts_.pop_back();
        return;
    }
    units_[static_cast<std::size_t>(index)].layerText = static_cast<int>(layerTexts_.size() - 1);
    walk(index);
}

bool Reach::spendDecoded(std::size_t bytes) {
    decodedBytes_ += bytes;
    if (decodedBytes_ <= shared_.limits.maxTotalDecodedBytes) return true;
    shared_.out.truncated = true;
    return false;
}

} // namespace mph::analysis
