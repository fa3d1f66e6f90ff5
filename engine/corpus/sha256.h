#pragma once
// SHA-256 (FIPS 180-4) of a byte string, as 64 lowercase hex digits. Uses the CPU's SHA extensions when present.
#include <string>
#include <string_view>

namespace mph {

std::string sha256Hex(std::string_view bytes);

} // namespace mph

namespace mph::detail {
std::string sha256HexPortable(std::string_view bytes); // the plain C++ path, for tests comparing both paths
} // namespace mph::detail
