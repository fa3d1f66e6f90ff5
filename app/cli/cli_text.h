#pragma once
// Small text helpers shared by the subcommands.
#include <optional>
#include <string>
#include <string_view>

namespace mph::cli {

// One tab-separated field: backslash, tab, newline and carriage return escaped as \\ \t \n \r.
std::string escapeField(std::string_view text);

// A positive integer option value ("--jobs 4"), or nothing when it is not one.
std::optional<int> parsePositive(std::string_view text);

} // namespace mph::cli
