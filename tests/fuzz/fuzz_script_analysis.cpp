// Arbitrary bytes as a Python script (not necessarily UTF-8 or valid syntax). One analyzer is reused across inputs,
// as a worker thread does. Every token's range must lie inside the script and the sequence within its cap.
#include "analysis/call_sequence.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const mph::AnalysisLimits limits;
    static mph::ScriptAnalyzer analyzer(limits);
    const std::string_view source(reinterpret_cast<const char *>(data), size);
    const mph::CallSequence sequence = analyzer.analyze(source);
    if (sequence.size() > limits.maxCalls) std::abort();
    for (const mph::CallToken &token : sequence.calls) {
        if (token.name.empty() || token.begin > token.end || token.end > size) std::abort();
    }
    (void)mph::joinNames(sequence);
    return 0;
}
