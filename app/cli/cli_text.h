#pragma once
// Small text helpers shared by the subcommands.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace mph {
struct ScanResult;
}

namespace mph::cli {

// One tab-separated field: backslash, tab, newline and carriage return escaped as \\ \t \n \r.
std::string escapeField(std::string_view text);

// A positive integer option value ("--jobs 4"), or nothing when it is not one.
std::optional<int> parsePositive(std::string_view text);

// The ranking as tables for the terminal, one per batch and scope, the first `top` ranks of each: rank, package,
// version, score, the terms of the formula that produced the score (contrastive with a known set: d_k, d_nb, d_m,
// evidence; without one: d_k, rarity; paper and purified: d_b, d_m, W_b), size, cluster and nearest known script, and
// under each table the formula. Flagged scripts (a read cap cut them) are marked '!'.
void printRankingTable(std::FILE *out, const mph::ScanResult &result, int top);

} // namespace mph::cli
