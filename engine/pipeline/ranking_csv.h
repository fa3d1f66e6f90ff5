#pragma once
// The ranked table as CSV (design section 4's column contract), shared by mphunter-cli and the GUI's export.
#include "pipeline/scan.h"

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace mph {

// RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled.
std::string csvField(std::string_view text);

// The header and one row per ranked script, in ScanResult::ranking order. Columns: batch, rank, package, version,
// archive, script, scope, cluster, score, d_b, d_m, size, nearest_known, sequence, then outlier_score, beta, w_b,
// archive_sha256, script_sha256, rare_calls, d_k (mean distance to the nearest background scripts), d_nb (to the
// nearest one), evidence (call evidence; engine/ranking/call_evidence.h), rarity (call rarity without a known set;
// engine/ranking/call_rarity.h).
void writeRankingCsv(std::ostream &out, const ScanResult &result);
// The header and the given rows (indices into ScanResult::ranking) in the given order, e.g. a filtered, sorted view;
// indices out of range are skipped.
void writeRankingCsv(std::ostream &out, const ScanResult &result, std::span<const std::size_t> rows);

// "name==version" of a script's package, as the nearest_known column shows it.
std::string packageLabel(const ScanResult &result, std::uint32_t entry);

} // namespace mph
