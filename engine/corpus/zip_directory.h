#pragma once
// Internal to the corpus stage: keeps zip entry names as stored bytes (see zip_names.cpp).
#include <optional>
#include <string>
#include <string_view>

namespace mph::corpus {

// A copy of the zip with the "name is UTF-8" flag cleared on entries whose names are not ASCII, or nothing when no
// entry needs it (or the central directory cannot be found; libarchive then reports the damage).
std::optional<std::string> clearUtf8NameFlags(std::string_view zip);

} // namespace mph::corpus
