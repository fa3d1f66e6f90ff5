#pragma once
// Indicators of compromise of one script (issue 13): the URLs, domains and IP addresses in the string literals of the
// script and of every source its calls live in (files of its package that it runs, payloads decoded from literals),
// each with the places it was read in. The explanation pane, the case report and the OSV record show these.
#include "analysis/indicators.h"
#include "code_sources.h"

#include <QStringList>

#include <vector>

namespace mph::app {

struct FoundIndicator {
    enum class Kind { Url, Domain, IpAddress };
    Kind kind = Kind::Url;
    QString value;
    QStringList places; // where it was read: the script's short path, a file's, or "layer 2 in setup.py"
    friend bool operator==(const FoundIndicator &, const FoundIndicator &) = default;
};

struct ScriptIndicators {
    Indicators all;                    // every source merged, first-seen order (URLs, then domains, then IPs)
    std::vector<FoundIndicator> found; // the same, each value with its places
    bool empty() const { return all.empty(); }
};

// `texts[k]`, where given and not empty, replaces the text of source k (a script re-read by ScriptTextSource);
// otherwise the texts the scan keeps are read. Sources without text give nothing.
ScriptIndicators scriptIndicators(const ScanResult &scan, std::uint32_t entry,
                                  const std::vector<QByteArray> &texts = {});

// "URL", "domain", "IP address" (translated).
QString indicatorKindLabel(FoundIndicator::Kind kind);

} // namespace mph::app
