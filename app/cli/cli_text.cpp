#include "cli_text.h"

#include "pipeline/ranked_formula.h"
#include "pipeline/ranking_csv.h"
#include "pipeline/scan.h"

#include <charconv>
#include <vector>

namespace mph::cli {

std::string escapeField(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::optional<int> parsePositive(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
}

namespace {

// One table: the rows of `ranking` from `first` that share its batch and scope.
// The mark after a rank: why the script is ranked ahead of its score (read cap first, then a malicious verdict).
char rankMark(const mph::RankedScript &r) {
    return r.flagged ? '!' : r.followsMalicious ? '+' : ' ';
}

std::size_t printTable(std::FILE *out, const mph::ScanResult &result, std::size_t first, int top, bool &flagged,
                       bool &follows) {
    const mph::RankedScript &head = result.ranking[first];
    const mph::ScriptEntry &headEntry = result.scripts[head.entry];
    std::size_t end = first;
    while (end < result.ranking.size() && result.ranking[end].batch == head.batch &&
           result.scripts[result.ranking[end].entry].scope == headEntry.scope)
        ++end;
    // The columns are the terms of the formula that scored the list: that of its first script with calls (a script
    // without calls scores 0 by every formula).
    mph::ScoreFormula columns = mph::scoreFormulaOf(result, head);
    for (std::size_t i = first; i < end && columns.terms.empty(); ++i)
        columns = mph::scoreFormulaOf(result, result.ranking[i]);
    std::fprintf(out, "\n%s, %s scripts\n%4s  %-34s %-14s %7s", result.batchNames[head.batch].c_str(),
                 std::string(mph::scopeName(headEntry.scope)).c_str(), "rank", "package", "version", "score");
    for (const mph::ScoreTerm &term : columns.terms)
        std::fprintf(out, " %8s", term.symbol.c_str());
    std::fprintf(out, " %5s %7s  %s\n", "size", "cluster", "nearest known");
    for (std::size_t i = first; i < end; ++i) {
        const mph::RankedScript &r = result.ranking[i];
        if (r.rank > static_cast<std::uint32_t>(top)) continue;
        const mph::ScriptEntry &entry = result.scripts[r.entry];
        const mph::Package &package = result.packageOf(entry);
        const std::string nearest = r.nearestKnown.empty() ? "-" : mph::packageLabel(result, r.nearestKnown.front());
        std::fprintf(out, "%4u%c %-34.34s %-14.14s %7.4f", r.rank, rankMark(r), package.name.c_str(),
                     package.version.c_str(), r.score);
        const mph::ScoreFormula formula = mph::scoreFormulaOf(result, r);
        for (const mph::ScoreTerm &column : columns.terms) {
            const mph::ScoreTerm *value = nullptr;
            for (const mph::ScoreTerm &term : formula.terms)
                if (term.id == column.id) value = &term;
            if (value)
                std::fprintf(out, " %8.4f", value->value);
            else
                std::fprintf(out, " %8s", "-");
        }
        std::fprintf(out, " %5zu %7d  %s\n", result.sequenceOf(entry).size(), r.cluster, nearest.c_str());
        flagged = flagged || r.flagged;
        follows = follows || r.followsMalicious;
    }
    std::fprintf(out, "      score = %s (%s ranking%s)\n", columns.formula.c_str(),
                 std::string(mph::rankingMethodName(columns.method)).c_str(),
                 columns.withKnown ? "" : ", no known set");
    return end;
}

} // namespace

void printRankingTable(std::FILE *out, const mph::ScanResult &result, int top) {
    bool flagged = false, follows = false;
    for (std::size_t i = 0; i < result.ranking.size();)
        i = printTable(out, result, i, top, flagged, follows);
    if (flagged) std::fprintf(out, "\n! a read cap cut the script or its package: ranked first, whatever its score\n");
    if (follows)
        std::fprintf(out, "%s+ a new version of a project judged malicious, or calls (nearly) identical to a script judged "
                          "malicious (the history): ranked next, whatever its score\n",
                     flagged ? "" : "\n");
}

} // namespace mph::cli
