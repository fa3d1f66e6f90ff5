#pragma once
// The ranked table as CSV (design section 4's column contract), shared by mphunter-cli and the GUI's export.
#include "pipeline/scan.h"

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

// RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled.
std::string csvField(std::string_view text);

// The header and one row per ranked script, in ScanResult::ranking order. Columns: batch, rank, package, version,
// archive, script, scope, cluster, score, d_b, d_m, size, nearest_known, sequence, then outlier_score, beta, w_b,
// archive_sha256, script_sha256, rare_calls, d_k (mean distance to the nearest background scripts), d_nb (to the
// nearest one), evidence (call evidence; engine/ranking/call_evidence.h), rarity (call rarity without a known set;
// engine/ranking/call_rarity.h), reached_files (the files of the package the script runs, ';'-separated), layers
// (payloads decoded and run), truncated (1 when a cap stopped the analysis: what was read is ranked, and flagged),
// flagged (1 when a read cap cut the script or its package, RankedScript::flagged: such rows are ranked first),
// campaign (1-based number of its package's campaign in the result, ScanResult::campaigns; empty when in none),
// campaign_size (packages in that campaign; empty when in none), follows_malicious (1 when its package is a project
// judged malicious before, RankedScript::followsMalicious: ranked right after the flagged rows), prior_verdict and
// first_seen (what the analyst's history knew of the archive before the run, ScanResult::packageMemory: its latest
// verdict, else the latest for its name==version, and the ISO date of the first run that saw it; empty without a
// history), capability and capability_call (the rarity of the script's rarest capability call among the background
// scripts, and that call; engine/ranking/call_behaviour.h). New columns are appended: the existing ones keep their
// order.
void writeRankingCsv(std::ostream &out, const ScanResult &result);
// The header and the given rows (indices into ScanResult::ranking) in the given order, e.g. a filtered, sorted view;
// indices out of range are skipped.
void writeRankingCsv(std::ostream &out, const ScanResult &result, std::span<const std::size_t> rows);

// The files of its package a script runs (imports, executes), each once, in order of first run; and how many
// decoded payloads it runs (design 2.8).
std::vector<std::string> reachedFilePaths(const ScriptEntry &entry);
std::size_t decodedLayerCount(const ScriptEntry &entry);

// "name==version" of a script's package, as the nearest_known column shows it.
std::string packageLabel(const ScanResult &result, std::uint32_t entry);

} // namespace mph
