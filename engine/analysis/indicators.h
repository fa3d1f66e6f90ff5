#pragma once
// Indicators of compromise in analysed code (issue 13): the string literals of Python text that are URLs, domain
// names or IP addresses, as the OpenSSF malicious-packages records list them under database_specific.iocs. Read
// from the code's string literals only (comments and names are not indicators); decoded layers are Python text too
// and are read the same way by whoever holds them (ScanResult::sourceText).
#include <string>
#include <string_view>
#include <vector>

namespace mph {

struct Indicators {
    std::vector<std::string> urls;        // scheme://... as written (http, https, ftp, ws, wss), each once, in order
    std::vector<std::string> domains;     // host names of those URLs and bare domain literals ("evil.example.com"),
                                          // lowercase, each once; not file names such as "setup.py" or "data.json"
    std::vector<std::string> ipAddresses; // dotted IPv4 (each part 0-255) and IPv6 literals, each once
    bool empty() const { return urls.empty() && domains.empty() && ipAddresses.empty(); }
};

// The indicators in the string literals of one Python text (bytes, not necessarily UTF-8; parse errors tolerated).
Indicators collectIndicators(std::string_view pythonText);
// Merges `more` into `into`, keeping first-seen order and each value once.
void mergeIndicators(Indicators &into, const Indicators &more);

} // namespace mph
