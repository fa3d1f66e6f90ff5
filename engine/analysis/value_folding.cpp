// Values folded from literals (strings through decoders, paths, lists), and the calls that run other code: the
// payload-peeling half of design 2.8. Nothing here emits a call token: folding only adds what runs.
#include "analysis/call_walker.h"
#include "analysis/decoders.h"
#include "analysis/names.h"
#include "analysis/reach.h"

#include <algorithm>
#include <iterator>

namespace mph::analysis {

namespace {

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

const Value *positional(const CallArgs &args, std::size_t i, std::string_view keyword = {}) {
    if (i < args.positional.size()) return &args.positional[i];
    return keyword.empty() ? nullptr : args.keyword(keyword);
}

bool isStrAt(const CallArgs &args, std::size_t i, std::string_view keyword = {}) {
    const Value *value = positional(args, i, keyword);
    return value && value->isStr();
}

// Python's str.strip() set of whitespace, for the common no-argument forms.
std::string_view stripped(std::string_view text, bool left, bool right) {
    constexpr std::string_view kSpace = " \t\n\r\f\v";
    if (left) {
        const auto first = text.find_first_not_of(kSpace);
        text.remove_prefix(first == std::string_view::npos ? text.size() : first);
    }
    if (right) {
        const auto last = text.find_last_not_of(kSpace);
        text = text.substr(0, last == std::string_view::npos ? 0 : last + 1);
    }
    return text;
}

// Calls that run another program: their string arguments may name a file of the package or carry `-c` code.
constexpr std::string_view kProcessCalls[] = {
    "subprocess.call",
    "subprocess.run",
    "subprocess.Popen",
    "subprocess.check_call",
    "subprocess.check_output",
    "subprocess.getoutput",
    "subprocess.getstatusoutput",
    "os.system",
    "os.popen",
    "os.spawnl",
    "os.spawnlp",
    "os.spawnv",
    "os.spawnvp",
    "os.execl",
    "os.execlp",
    "os.execv",
    "os.execvp",
    "os.startfile",
    "commands.getoutput",
    "popen2.popen2",
    "asyncio.create_subprocess_exec",
    "asyncio.create_subprocess_shell",
};

// The words of a command line (a string split on whitespace, or a list's string items).
std::vector<std::string_view> commandWords(const Value &value) {
    std::vector<std::string_view> words;
    if (value.isStr()) {
        const std::string &text = value.bytes();
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
                ++i;
            std::size_t j = i;
            while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n')
                ++j;
            if (j > i) words.emplace_back(text.data() + i, j - i);
            i = j;
        }
    } else if (value.kind == ValueKind::List) {
        for (const Value &item : value.items())
            if (item.isStr()) words.emplace_back(item.bytes());
    }
    return words;
}

std::string_view unquoted(std::string_view word) {
    while (!word.empty() && (word.front() == '"' || word.front() == '\''))
        word.remove_prefix(1);
    while (!word.empty() && (word.back() == '"' || word.back() == '\'' || word.back() == ';'))
        word.remove_suffix(1);
    return word;
}

} // namespace

// [a, b], (a, b): the elements in order, as a value when they are known.
Value CallWalker::evalSequence(int node, Env &env) {
    auto elements = std::make_shared<std::vector<Value>>();
    for (int c = tree_.at(node).firstChild; c >= 0 && !stopped_; c = tree_.at(c).nextSibling)
        if (tree_.at(c).kind != Kind::Comment) elements->push_back(eval(c, env));
    Value list = Value::of(ValueKind::List, -1);
    list.elements = std::move(elements);
    return list;
}

// `payload[::-1]`: a reversed string.
Value CallWalker::reverseIfSliced(int node, const Value &value) {
    if (!value.isStr()) return {};
    for (int c = tree_.at(node).firstChild; c >= 0; c = tree_.at(c).nextSibling) {
        if (tree_.at(c).field != Field::Subscript) continue;
        std::string slice;
        for (const char ch : tree_.text(c))
            if (ch != ' ' && ch != '\t') slice += ch;
        if (slice != "::-1") return {};
        std::string reversed(value.bytes().rbegin(), value.bytes().rend());
        return Value::str(std::move(reversed));
    }
    return {};
}

std::optional<std::string> CallWalker::pathOf(const Value &value) const {
    if (value.isStr()) return reach_.resolvePath(unit_, value.bytes());
    if (value.kind == ValueKind::File) return value.text;
    return std::nullopt;
}

// What a call of an outside function gives back when its inputs are known values.
Value CallWalker::foldCall(const Value &callee, const CallArgs &args) {
    if (callee.kind == ValueKind::Method) return foldMethod(callee, args);
    if (callee.kind != ValueKind::Path) return {};
    const std::string &name = callee.text;
    const Value *first = positional(args, 0);
    auto decoded = [&](Codec codec, const std::string &input) -> Value {
        const Decoded result = decode(codec, input, limits_.maxDecodedBytes);
        if (result.status == DecodeStatus::Invalid || !reach_.spendDecoded(result.bytes.size())) return {};
        if (result.status == DecodeStatus::Truncated) out_.truncated = true; // a bomb: what fits is kept
        return Value::str(result.bytes);
    };

    if (first && first->isStr()) {
        if (const auto codec = codecOfCall(name)) return decoded(*codec, first->bytes());
        if (name == "codecs.decode" || name == "codecs.encode") {
            const Value *encoding = positional(args, 1, "encoding");
            if (!encoding || !encoding->isStr()) return {};
            const auto codec = codecOfEncoding(encoding->bytes());
            if (!codec) return Value::str(first->bytes()); // a text encoding: the same bytes
            if (name == "codecs.encode" && *codec != Codec::Rot13) return {};
            return decoded(*codec, first->bytes());
        }
        if (isOneOf(name, {"str", "bytes", "bytearray", "unicode", "os.fsencode", "os.fsdecode"}))
            return Value::str(first->bytes());
        if (name == "compile") {
            Value code = *first;
            code.kind = ValueKind::Code;
            return code;
        }
        if (isOneOf(name, {"open", "io.open", "codecs.open", "file"})) {
            const Value *mode = positional(args, 1, "mode");
            Value handle = Value::of(ValueKind::File, 0);
            handle.text = reach_.resolvePath(unit_, first->bytes());
            if (mode && mode->isStr() && mode->bytes().find_first_of("wax") != std::string::npos) handle.index = 1;
            return handle;
        }
        if (isOneOf(name, {"os.path.dirname", "os.path.abspath", "os.path.realpath", "os.path.normpath"})) {
            std::string path = reach_.resolvePath(unit_, first->bytes());
            if (name == "os.path.dirname") {
                const auto slash = path.rfind('/');
                path = slash == 0 ? "/" : path.substr(0, slash);
            }
            return Value::str(std::move(path));
        }
        if (name == "os.path.join") {
            std::string joined;
            for (const Value &part : args.positional) {
                if (!part.isStr()) return {};
                if (!part.bytes().empty() && part.bytes().front() == '/')
                    joined = part.bytes();
                else if (joined.empty() || joined.back() == '/')
                    joined += part.bytes();
                else
                    joined += "/" + part.bytes();
            }
            return Value::str(std::move(joined));
        }
    }
    if (name == "os.getcwd") return Value::str(reach_.resolvePath(unit_, "."));
    if (name == "importlib.util.spec_from_file_location" && isStrAt(args, 1, "location")) {
        Value spec = Value::of(ValueKind::File, 0);
        spec.text = reach_.resolvePath(unit_, positional(args, 1, "location")->bytes());
        return spec;
    }
    if (name == "importlib.util.module_from_spec" && first && first->kind == ValueKind::File) return *first;
    return {};
}

// Methods of strings and files whose result is known.
Value CallWalker::foldMethod(const Value &callee, const CallArgs &args) {
    if (callee.items().empty()) return {};
    const Value &self = callee.items().front();
    const std::string_view method = std::string_view(callee.text).substr(2); // "?.decode" -> "decode"
    if (self.kind == ValueKind::File) {
        if (method == "read" && self.index == 0) {
            if (auto text = reach_.readFile(self.text)) return *text;
        } else if (method == "write" && self.index == 1 && isStrAt(args, 0)) {
            reach_.writeFile(self.text, args.positional[0]);
        }
        return {};
    }
    if (!self.isStr()) return {};
    const std::string &text = self.bytes();
    if (method == "decode" || method == "encode") {
        const Value *encoding = positional(args, 0, "encoding");
        if (!encoding || !encoding->isStr()) return self; // utf-8
        const auto codec = codecOfEncoding(encoding->bytes());
        if (!codec) return self;
        if (method == "encode" && *codec != Codec::Rot13) return {};
        const Decoded result = decode(*codec, text, limits_.maxDecodedBytes);
        if (result.status == DecodeStatus::Invalid || !reach_.spendDecoded(result.bytes.size())) return {};
        if (result.status == DecodeStatus::Truncated) out_.truncated = true;
        return Value::str(result.bytes);
    }
    if (method == "join") {
        const Value *items = positional(args, 0);
        if (!items || items->kind != ValueKind::List) return {};
        std::string joined;
        for (std::size_t i = 0; i < items->items().size(); ++i) {
            const Value &item = items->items()[i];
            if (!item.isStr()) return {};
            if (i > 0) joined += text;
            joined += item.bytes();
            if (joined.size() > limits_.maxDecodedBytes) return {};
        }
        if (!reach_.spendDecoded(joined.size())) return {};
        return Value::str(std::move(joined));
    }
    if (method == "replace" && isStrAt(args, 0) && isStrAt(args, 1) && !args.positional[0].bytes().empty()) {
        const std::string &from = args.positional[0].bytes();
        const std::string &to = args.positional[1].bytes();
        std::string replaced;
        for (std::size_t at = 0;;) {
            const std::size_t next = text.find(from, at);
            replaced.append(text, at, next == std::string::npos ? std::string::npos : next - at);
            if (next == std::string::npos) break;
            replaced += to;
            at = next + from.size();
            if (replaced.size() > limits_.maxDecodedBytes) return {};
        }
        if (!reach_.spendDecoded(replaced.size())) return {};
        return Value::str(std::move(replaced));
    }
    if (args.positional.empty() && (method == "strip" || method == "lstrip" || method == "rstrip"))
        return Value::str(std::string(stripped(text, method != "rstrip", method != "lstrip")));
    return {};
}

// exec/eval of a value, files run by path or by module name, and Python started on a file or `-c` code.
void CallWalker::runWhatCallRuns(const Value &callee, const CallArgs &args, int rangeNode) {
    if (stopped_) return;
    const Node &range = tree_.at(rangeNode);
    const Value *first = positional(args, 0);
    if (callee.kind == ValueKind::Method) {
        // spec.loader.exec_module(module), loader.load_module()
        if ((callee.text == "?.exec_module" || callee.text == "?.load_module") && first &&
            first->kind == ValueKind::File)
            reach_.runFile(unit_, first->text, range.begin, range.end);
        return;
    }
    if (callee.kind != ValueKind::Path && callee.kind != ValueKind::Unknown) return;
    const std::string &name = callee.text;
    if (callee.kind == ValueKind::Unknown) {
        if ((name == "?.exec_module" || name == "?.load_module") && first && first->kind == ValueKind::File)
            reach_.runFile(unit_, first->text, range.begin, range.end);
        return;
    }
    if (isOneOf(name, {"exec", "eval", "builtins.exec", "builtins.eval", "__builtin__.eval"})) {
        if (first && (first->isStr() || (first->kind == ValueKind::Code && first->data)))
            reach_.runCode(unit_, *first, range.begin, range.end);
        return;
    }
    if (isOneOf(name, {"execfile", "runpy.run_path"})) {
        if (first) {
            if (auto path = pathOf(*first)) reach_.runFile(unit_, *path, range.begin, range.end);
        }
        return;
    }
    if (name == "runpy.run_module" && first && first->isStr()) {
        reach_.runModule(unit_, first->bytes(), range.begin, range.end);
        return;
    }
    if (name == "imp.load_source" && isStrAt(args, 1)) {
        reach_.runFile(unit_, reach_.resolvePath(unit_, args.positional[1].bytes()), range.begin, range.end);
        return;
    }
    if (std::find(std::begin(kProcessCalls), std::end(kProcessCalls), name) == std::end(kProcessCalls)) return;
    // Every argument: `python setup_helper.py`, [sys.executable, path], [sys.executable, "-c", code].
    std::vector<Value> arguments = args.positional;
    for (const auto &entry : args.keywords)
        if (entry.first == "args") arguments.push_back(entry.second);
    for (const Value &argument : arguments) {
        const std::vector<std::string_view> words = commandWords(argument);
        for (std::size_t w = 0; w < words.size() && !stopped_; ++w) {
            if (words[w] == "-c" && w + 1 < words.size() && argument.kind == ValueKind::List) {
                reach_.runCode(unit_, Value::str(std::string(words[w + 1])), range.begin, range.end);
                ++w;
                continue;
            }
            const std::string_view word = unquoted(words[w]);
            if (word.size() > 3 && word.substr(word.size() - 3) == ".py") {
                const std::string path = reach_.resolvePath(unit_, word);
                if (reach_.isRunnableFile(path)) reach_.runFile(unit_, path, range.begin, range.end);
            }
        }
    }
}

} // namespace mph::analysis
