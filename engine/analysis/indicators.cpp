#include "analysis/indicators.h"

#include "analysis/names.h"
#include "analysis/python_parser.h"
#include "analysis/string_mask.h"

#include <algorithm>
#include <array>
#include <cstdint>

// What counts (the rules tests/analysis/tst_indicators.cpp checks):
// - URL: http, https, ftp, ws or wss followed by "://" and a valid host (name, IPv4 or [IPv6]), anywhere in a literal;
//   cut at whitespace, quotes and angle brackets, trailing sentence punctuation dropped. Its host is a domain or an IP.
// - IPv4: four dotted decimal parts of 0-255, anywhere in a literal, not part of a longer dotted number ("1.2.3.4.5").
// - IPv6: a whole literal (or whitespace-separated word) that parses as one, with at least one hex digit ("::" is
//   Python's separator, not an address).
// - Bare domain: a whole literal or whitespace-separated word, optionally with ":port" or "/path", whose last label
//   is in kTopLevel (or in kWordTopLevel, when it cannot be a module path). The tables leave out the country codes
//   that are common file extensions (py, md, sh, so, pl, rs, ps, cc), so "setup.py" and "README.md" are file names;
//   "os.path" and "1.0.2" end in no top-level domain at all.
// - Not read: e-mail addresses (their domain part is an author's mail host, in the metadata of every benign package),
//   package metadata (the keyword arguments url=, author_email=, project_urls=, version=, ... of setup(), and the
//   __url__, __email__, __version__ ... assignments: every benign setup.py has them), bare string statements
//   (docstrings: text for readers, not values the code uses), and comments.
// - Loopback and unspecified addresses (127.0.0.1, 0.0.0.0) are addresses like any other: reported.
// Measured on the demo corpus (resources/demo/src): every needle's host is found; of 101 background packages one
// gives an indicator (127.0.0.1, a metrics client's default), no benign batch package gives any.

namespace mph {

namespace {

using analysis::Kind;
using analysis::SyntaxTree;

// Generic and country top-level domains seen in malware and in ordinary hosts, the reserved names of RFC 2606 and
// RFC 6761, and onion services. Country codes that are common file extensions (py, md, sh, so, pl, rs, ps, cc) are
// left out: a bare "setup.py" or "main.cc" is a file name.
constexpr std::string_view kTopLevel[] = {
    "ae",  "ar",  "at",        "au", "biz", "br",      "buzz", "by", "ca",      "cf", "ch",  "cl",    "cn",
    "co",  "com", "cz",        "de", "dk",  "edu",     "es",   "eu", "example", "fi", "fr",  "ga",    "gg",
    "gov", "gq",  "gr",        "hk", "hu",  "icu",     "ie",   "il", "invalid", "ir", "jp",  "kp",    "kr",
    "kz",  "li",  "localhost", "lt", "lv",  "mil",     "ml",   "mx", "net",     "nl", "nz",  "onion", "online",
    "org", "pk",  "pw",        "ro", "ru",  "se",      "sg",   "su", "th",      "tk", "top", "tr",    "tw",
    "ua",  "uk",  "us",        "uz", "vn",  "website", "xyz",  "za",
};
// Top-level domains that are also ordinary words of Python names ("tensorflow.io", "flask.app", "google.cloud",
// "tests.test"): a bare dotted name ending in one is a domain only when it cannot be a module path, that is with a
// port or a path, or with a label that is not a Python identifier ("0.tcp.ngrok.io", "my-c2.app").
constexpr std::string_view kWordTopLevel[] = {
    "ai",   "app",  "click", "cloud", "dev", "fun",  "host", "id",    "in",    "info", "io", "it",
    "link", "live", "me",    "no",    "pro", "shop", "site", "space", "store", "test", "to",
};

// Keyword arguments of setup() (and module variables written __name__) that hold package metadata: see the rules above.
constexpr std::string_view kMetadataNames[] = {
    "author",           "author_email", "classifiers", "description", "download_url",     "email",
    "home_page",        "homepage",     "keywords",    "license",     "long_description", "maintainer",
    "maintainer_email", "project_urls", "url",         "version",
};

template <std::size_t N> bool listed(const std::string_view (&table)[N], std::string_view name) {
    return std::find(std::begin(table), std::end(table), name) != std::end(table);
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAlnum(char c) {
    return isDigit(c) || isAlpha(c);
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

bool isIPv4(std::string_view text) {
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t digits = 0;
        int value = 0;
        while (i < text.size() && isDigit(text[i]) && digits < 4) {
            value = value * 10 + (text[i] - '0');
            ++i, ++digits;
        }
        if (digits == 0 || digits > 3 || value > 255) return false;
        if (++parts == 4) return i == text.size();
        if (i >= text.size() || text[i] != '.') return false;
        ++i;
    }
}

// RFC 4291 text forms: eight groups of 1-4 hex digits, one "::" standing for one or more zero groups, the last two
// groups optionally written as dotted IPv4. "::" alone (no digit) is rejected: it is a separator in Python text.
bool isIPv6(std::string_view text) {
    if (text.size() < 3 || text.size() > 45 || text.find(':') == std::string_view::npos) return false;
    const std::size_t gap = text.find("::");
    if (gap != std::string_view::npos && text.find("::", gap + 1) != std::string_view::npos) return false;
    int groups = 0;
    bool anyDigit = false;
    std::size_t i = 0;
    if (gap == 0) i = 2;
    while (i < text.size()) {
        std::size_t end = text.find(':', i);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view group = text.substr(i, end - i);
        if (end == text.size() && group.find('.') != std::string_view::npos) {
            if (!isIPv4(group)) return false;
            groups += 2;
            anyDigit = true;
        } else {
            if (group.empty() || group.size() > 4) return false;
            for (char c : group)
                if (analysis::hexDigitValue(c) < 0) return false;
            ++groups;
            anyDigit = true;
        }
        if (end == text.size()) break;
        if (end == gap) {
            i = end + 2;
            if (i == text.size()) break; // "fe80::"
        } else {
            i = end + 1;
            if (i == text.size()) return false; // a trailing single colon
        }
    }
    if (!anyDigit) return false;
    return gap == std::string_view::npos ? groups == 8 : groups < 8;
}

// A host name of at least two labels (letters, digits, '-', '_' for the odd real host), no label starting or ending
// with '-', the last label alphabetic (or punycode) and at least two letters long.
bool isHostName(std::string_view host) {
    if (host.empty() || host.size() > 253) return false;
    if (host.back() == '.') host.remove_suffix(1);
    std::size_t labels = 0, start = 0;
    std::string_view last;
    while (start <= host.size()) {
        std::size_t end = host.find('.', start);
        if (end == std::string_view::npos) end = host.size();
        const std::string_view label = host.substr(start, end - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        for (char c : label)
            if (!isAlnum(c) && c != '-' && c != '_') return false;
        ++labels;
        last = label;
        start = end + 1;
    }
    if (labels < 2) return false;
    if (last.size() > 4 && lowercase(last.substr(0, 4)) == "xn--") return true;
    return last.size() >= 2 && std::all_of(last.begin(), last.end(), isAlpha);
}

void addOnce(std::vector<std::string> &list, std::string value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

bool isIdentifierLabel(std::string_view label) {
    return !label.empty() && !isDigit(label.front()) &&
           std::all_of(label.begin(), label.end(), [](char c) { return isAlnum(c) || c == '_'; });
}

// Where a host was read, for how much its top-level label must prove.
enum class HostIn {
    Url,       // a URL's host: any top-level label counts ("http://c2.zip/")
    Qualified, // a bare word with a port or a path ("evil.io:4444", "c2.app/x.sh")
    Word,      // a bare word alone ("pastebin.com")
};

// A host as written in a URL or a literal: an IP goes to the addresses, a name to the domains (lowercase, without a
// trailing dot). False when it is neither.
bool addHost(std::string_view host, Indicators &out, HostIn in) {
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
        if (!isIPv6(host.substr(1, host.size() - 2))) return false;
        addOnce(out.ipAddresses, lowercase(host.substr(1, host.size() - 2)));
        return true;
    }
    if (isIPv4(host)) {
        addOnce(out.ipAddresses, std::string(host));
        return true;
    }
    if (!isHostName(host)) return false;
    if (host.back() == '.') host.remove_suffix(1);
    const std::string domain = lowercase(host);
    if (in != HostIn::Url) {
        const std::string_view top = std::string_view(domain).substr(domain.rfind('.') + 1);
        bool modulePath = true; // every label a Python identifier
        for (std::size_t start = 0; start < domain.size();) {
            std::size_t end = domain.find('.', start);
            if (end == std::string::npos) end = domain.size();
            modulePath = modulePath && isIdentifierLabel(std::string_view(domain).substr(start, end - start));
            start = end + 1;
        }
        const bool counts =
            listed(kTopLevel, top) || (listed(kWordTopLevel, top) && (in == HostIn::Qualified || !modulePath));
        if (!counts) return false;
    }
    addOnce(out.domains, domain);
    return true;
}

bool endsUrl(unsigned char c) {
    return c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\' ||
           c == '{' || c == '}' || c == '|' || c == '^';
}

// The host of a URL's authority ("user:pw@host:port"), or empty when the authority is not a host with a valid port.
std::string_view hostOf(std::string_view authority) {
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) authority.remove_prefix(at + 1);
    std::string_view host = authority;
    if (!host.empty() && host.front() == '[') {
        const std::size_t close = host.find(']');
        if (close == std::string_view::npos) return {};
        host = authority.substr(0, close + 1);
    } else {
        host = authority.substr(0, authority.find(':'));
    }
    const std::string_view rest = authority.substr(host.size());
    if (!rest.empty() &&
        (rest.front() != ':' || rest.size() > 6 || !std::all_of(rest.begin() + 1, rest.end(), isDigit)))
        return {};
    return host;
}

// URLs anywhere in `text`; each one found is blanked in `rest` so that its host is not read again as a bare word.
void scanUrls(std::string_view text, std::string &rest, Indicators &out) {
    static constexpr std::array<std::string_view, 5> kSchemes{"https", "http", "ftp", "wss", "ws"};
    for (std::size_t at = text.find("://"); at != std::string_view::npos; at = text.find("://", at + 3)) {
        std::size_t start = at;
        while (start > 0 && isAlpha(text[start - 1]))
            --start;
        const std::string scheme = lowercase(text.substr(start, at - start));
        bool known = false;
        for (std::string_view s : kSchemes) {
            // "xhttp://" is not http: the scheme must start the word.
            if (scheme.size() >= s.size() && scheme.compare(scheme.size() - s.size(), s.size(), s) == 0) {
                start = at - s.size();
                known = start == 0 || !(isAlnum(text[start - 1]) || text[start - 1] == '+' || text[start - 1] == '-' ||
                                        text[start - 1] == '.');
                break;
            }
        }
        if (!known) continue;
        std::size_t end = at + 3;
        while (end < text.size() && !endsUrl(static_cast<unsigned char>(text[end])))
            ++end;
        std::string_view url = text.substr(start, end - start);
        while (!url.empty() && std::string_view(".,;:!?").find(url.back()) != std::string_view::npos)
            url.remove_suffix(1);
        if (!url.empty() && (url.back() == ')' || url.back() == ']') &&
            url.find(url.back() == ')' ? '(' : '[', at) == std::string_view::npos)
            url.remove_suffix(1);
        const std::string_view afterScheme = url.substr(at - start + 3);
        const std::string_view authority = afterScheme.substr(0, afterScheme.find_first_of("/?#"));
        const std::string_view host = hostOf(authority);
        // A URL proves its host is one: any top-level label counts ("http://c2.zip/").
        if (host.empty() || !addHost(host, out, HostIn::Url)) continue;
        addOnce(out.urls, std::string(url));
        std::fill(rest.begin() + static_cast<std::ptrdiff_t>(start),
                  rest.begin() + static_cast<std::ptrdiff_t>(start + url.size()), ' ');
    }
}

// Dotted IPv4 addresses anywhere in `text`.
void scanIPv4(std::string_view text, Indicators &out) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i]) || (i > 0 && (isAlnum(text[i - 1]) || text[i - 1] == '.'))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && (isDigit(text[end]) || text[end] == '.'))
            ++end;
        std::string_view run = text.substr(i, end - i);
        while (!run.empty() && run.back() == '.') // end of a sentence
            run.remove_suffix(1);
        const bool glued = end < text.size() && (isAlpha(text[end]) || text[end] == '_');
        if (!glued && isIPv4(run)) addOnce(out.ipAddresses, std::string(run));
        i = end;
    }
}

// Each whitespace-separated word: a bare domain ("pastebin.com", "evil.top:4444", "c2.example.com/x.sh") or IPv6.
void scanWords(std::string_view text, Indicators &out) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && static_cast<unsigned char>(text[i]) <= ' ')
            ++i;
        std::size_t end = i;
        while (end < text.size() && static_cast<unsigned char>(text[end]) > ' ')
            ++end;
        std::string_view word = text.substr(i, end - i);
        i = end;
        while (!word.empty() && std::string_view("([{<\"'`").find(word.front()) != std::string_view::npos)
            word.remove_prefix(1);
        while (!word.empty() && std::string_view(")]}>\"'`,;.!?").find(word.back()) != std::string_view::npos)
            word.remove_suffix(1);
        if (word.empty() || word.find('@') != std::string_view::npos) continue; // e-mail addresses are not read
        if (isIPv6(word)) {
            addOnce(out.ipAddresses, lowercase(word));
            continue;
        }
        std::string_view host = word.substr(0, word.find('/'));
        const bool qualified = host.size() < word.size() || host.find(':') != std::string_view::npos;
        const std::size_t colon = host.find(':');
        if (colon != std::string_view::npos) {
            const std::string_view port = host.substr(colon + 1);
            if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), isDigit)) continue;
            host = host.substr(0, colon);
        }
        if (!isIPv4(host)) addHost(host, out, qualified ? HostIn::Qualified : HostIn::Word);
    }
}

bool rawPrefix(std::string_view literal) {
    const std::size_t quote = literal.find_first_of("'\"");
    const std::string_view prefix = literal.substr(0, quote == std::string_view::npos ? 0 : quote);
    return prefix.find_first_of("rR") != std::string_view::npos;
}

// The value of one string node: its content parts decoded; an f-string's interpolations become line breaks, so that
// only its literal parts are read and no indicator spans a hole.
void appendString(const SyntaxTree &tree, int node, std::string &out) {
    const bool raw = rawPrefix(tree.text(node));
    for (int c = tree.at(node).firstChild; c >= 0; c = tree.at(c).nextSibling) {
        const Kind kind = tree.at(c).kind;
        if (kind == Kind::Interpolation) {
            out += '\n';
        } else if (kind == Kind::StringContent) {
            if (raw)
                out += tree.text(c);
            else
                analysis::appendUnescaped(tree.text(c), out);
        }
    }
}

void scanValue(std::string_view value, Indicators &out) {
    std::string rest(value);
    scanUrls(value, rest, out);
    scanIPv4(rest, out);
    scanWords(rest, out);
}

// A bare string statement: a docstring or a string used as a comment.
bool isBareString(const SyntaxTree &tree, int statement) {
    const int only = tree.at(statement).firstChild;
    if (only < 0 || tree.at(only).nextSibling >= 0) return false;
    const Kind kind = tree.at(only).kind;
    return kind == Kind::String || kind == Kind::ConcatenatedString;
}

// `__version__ = "..."`, `__url__ = "..."`: metadata of the module.
bool isMetadataAssignment(const SyntaxTree &tree, int node) {
    if (tree.at(node).kind != Kind::Assignment) return false;
    const int target = tree.at(node).firstChild;
    if (target < 0 || tree.at(target).kind != Kind::Identifier) return false;
    const std::string_view name = tree.text(target);
    return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__" &&
           listed(kMetadataNames, name.substr(2, name.size() - 4));
}

// `setup(...)`, `setuptools.setup(...)`, `distutils.core.setup(...)`.
bool isSetupCall(const SyntaxTree &tree, int node) {
    if (tree.at(node).kind != Kind::Call) return false;
    const int function = tree.child(node, analysis::Field::Function);
    if (function < 0) return false;
    const std::string_view name = tree.text(function);
    return name == "setup" || (name.size() > 6 && name.substr(name.size() - 6) == ".setup");
}

void collectFromTree(const SyntaxTree &tree, Indicators &out) {
    std::vector<int> stack{0};
    std::vector<int> children;
    std::string value;
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        const Kind kind = tree.at(node).kind;
        if (kind == Kind::String || kind == Kind::ConcatenatedString) {
            // Adjacent literals are one value in Python ("http://" "c2.example.com").
            value.clear();
            if (kind == Kind::String) {
                appendString(tree, node, value);
            } else {
                for (int c = tree.at(node).firstChild; c >= 0; c = tree.at(c).nextSibling)
                    if (tree.at(c).kind == Kind::String) appendString(tree, c, value);
            }
            scanValue(value, out);
        }
        if (kind == Kind::ExpressionStatement && isBareString(tree, node)) continue;
        if (isMetadataAssignment(tree, node)) continue;
        const bool setup = isSetupCall(tree, node);
        children.clear();
        for (int c = tree.at(node).firstChild; c >= 0; c = tree.at(c).nextSibling) {
            const Kind childKind = tree.at(c).kind;
            // A string's contents were read above; its interpolations are code that may hold literals of their own.
            if (childKind == Kind::StringContent) continue;
            if ((kind == Kind::String || kind == Kind::ConcatenatedString) && childKind == Kind::String) continue;
            if (setup && childKind == Kind::ArgumentList) {
                for (int a = tree.at(c).firstChild; a >= 0; a = tree.at(a).nextSibling) {
                    const int keyword = tree.at(a).firstChild;
                    if (tree.at(a).kind == Kind::KeywordArgument && keyword >= 0 &&
                        listed(kMetadataNames, tree.text(keyword)))
                        continue;
                    children.push_back(a);
                }
                continue;
            }
            children.push_back(c);
        }
        stack.insert(stack.end(), children.rbegin(), children.rend()); // source order
    }
}

// Without a parse (tree-sitter timed out): the literals the string lexer of string_mask.h finds. Metadata and
// docstrings are not told apart here; f-strings are not read (the lexer skips them).
void collectLexed(std::string_view text, Indicators &out) {
    std::string blanked;
    std::string value;
    for (const analysis::BlankedString &s : analysis::blankLongStrings(text, 1, blanked)) {
        const std::string_view content = text.substr(s.contentBegin, s.contentEnd - s.contentBegin);
        value.clear();
        if (rawPrefix(text.substr(s.begin, s.contentBegin - s.begin)))
            value.assign(content);
        else
            analysis::appendUnescaped(content, value);
        scanValue(value, out);
    }
}

constexpr std::uint64_t kParseTimeoutMicros = 10'000'000;

} // namespace

Indicators collectIndicators(std::string_view pythonText) {
    Indicators out;
    if (pythonText.empty() || pythonText.size() > UINT32_MAX) return out;
    thread_local analysis::PythonParser parser(kParseTimeoutMicros);
    analysis::SyntaxTree tree;
    if (parser.parse(pythonText, tree) && !tree.nodes.empty())
        collectFromTree(tree, out);
    else
        collectLexed(pythonText, out);
    return out;
}

void mergeIndicators(Indicators &into, const Indicators &more) {
    for (const std::string &url : more.urls)
        addOnce(into.urls, url);
    for (const std::string &domain : more.domains)
        addOnce(into.domains, domain);
    for (const std::string &ip : more.ipAddresses)
        addOnce(into.ipAddresses, ip);
}

} // namespace mph
