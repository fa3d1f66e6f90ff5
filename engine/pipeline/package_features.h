#pragma once
// What the pipeline keeps of a package once it is read and analysed, and its byte form: the feature cache keeps it
// per archive, the history database (design 2.9) per judged package. The byte form names its format version; bytes
// of another version, foreign or corrupt bytes are refused, never trusted.
#include "analysis/call_sequence.h"
#include "corpus/package.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

// The package without script texts, and one sequence per script.
struct PackageFeatures {
    Package package;                     // scripts carry path, scope and sha256; text is empty
    std::vector<CallSequence> sequences; // parallel to package.scripts
};

// Bumped whenever reading or analysis changes what a package yields.
// 8: no standard-library shadowing; 7: <local>; 6: modules in folders that are no identifier; 5: \u and \U
// escapes; 4: one codec; 3: reach
inline constexpr std::uint32_t kFeatureFormatVersion = 8;

std::string encodePackageFeatures(const PackageFeatures &features);
// False with `problem` set ("features of format 4, expected 5", "corrupt features") when the bytes cannot be used.
bool decodePackageFeatures(std::string_view bytes, PackageFeatures &features, std::string &problem);

} // namespace mph
