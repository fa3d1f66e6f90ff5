// Arbitrary bytes through the static payload decoders (engine/analysis/decoders.h). Byte 0 picks the codec, byte 1 the
// output cap (1 to 64 KiB, in KiB steps), the rest is the input. The output must agree with the cap and the status
// (Invalid: nothing; Truncated: exactly the cap). The input is also looked up as a call name and as an encoding name.
#include "analysis/decoders.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using mph::analysis::Codec;
using mph::analysis::DecodeStatus;

constexpr unsigned kCodecs = static_cast<unsigned>(Codec::Bz2) + 1;

void require(bool condition) {
    if (!condition) __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 2) return 0;
    const auto codec = static_cast<Codec>(data[0] % kCodecs);
    const std::size_t cap = (std::size_t{data[1]} % 64 + 1) * 1024;
    const std::string_view input(reinterpret_cast<const char *>(data + 2), size - 2);

    const mph::analysis::Decoded decoded = mph::analysis::decode(codec, input, cap);
    switch (decoded.status) {
    case DecodeStatus::Ok:
        require(decoded.bytes.size() <= cap);
        break;
    case DecodeStatus::Truncated:
        require(decoded.bytes.size() == cap);
        break;
    case DecodeStatus::Invalid:
        require(decoded.bytes.empty());
        break;
    }
    // A text codec reads its whole input even past the cap, so a larger cap gives the same bytes, only more of them.
    // (A compressed stream stops at the cap: what follows may be corrupt, and then the larger cap gives Invalid.)
    if (decoded.status == DecodeStatus::Truncated && codec < Codec::Zlib) {
        const mph::analysis::Decoded more = mph::analysis::decode(codec, input, cap + 1024);
        require(more.status != DecodeStatus::Invalid && more.bytes.compare(0, cap, decoded.bytes) == 0);
    }

    // Names: a decoding call is dotted; encoding names ignore case and '-' versus '_'.
    if (mph::analysis::codecOfCall(input)) require(input.find('.') != std::string_view::npos);
    std::string folded(input);
    for (char &c : folded) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        else if (c == '_')
            c = '-';
    }
    require(mph::analysis::codecOfEncoding(input) == mph::analysis::codecOfEncoding(folded));
    return 0;
}
