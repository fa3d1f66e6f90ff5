#include "analysis/call_sequence.h"

#include "analysis/python_parser.h"
#include "analysis/reach.h"

namespace mph {

struct ScriptAnalyzer::Impl {
    explicit Impl(const AnalysisLimits &l) : limits(l), parser(limits.parseTimeoutMicros) {}
    AnalysisLimits limits;
    analysis::PythonParser parser;
};

ScriptAnalyzer::ScriptAnalyzer() : ScriptAnalyzer(AnalysisLimits{}) {}
ScriptAnalyzer::ScriptAnalyzer(const AnalysisLimits &limits) : impl_(std::make_unique<Impl>(limits)) {}
ScriptAnalyzer::~ScriptAnalyzer() = default;

CallSequence ScriptAnalyzer::analyze(std::string_view source) {
    CallSequence sequence;
    if (source.size() > impl_->limits.maxSourceBytes || source.size() > UINT32_MAX) {
        sequence.truncated = true;
        sequence.sources.push_back({});
        return sequence;
    }
    const std::vector<SourceFile> none;
    analysis::Reach reach(none, {}, impl_->parser, impl_->limits, sequence);
    reach.runText(source);
    return sequence;
}

CallSequence ScriptAnalyzer::analyze(const std::vector<SourceFile> &files, std::size_t entry, std::string_view root) {
    CallSequence sequence;
    const std::string_view text = files[entry].text;
    if (text.size() > impl_->limits.maxSourceBytes || text.size() > UINT32_MAX) {
        sequence.truncated = true;
        sequence.sources.push_back({std::string(files[entry].path), 0, -1, 0, 0, {}, 0});
        return sequence;
    }
    analysis::Reach reach(files, root, impl_->parser, impl_->limits, sequence);
    reach.run(entry);
    return sequence;
}

std::size_t CallSequence::reachedFiles() const {
    std::size_t files = 0;
    for (std::size_t i = 1; i < sources.size(); ++i)
        if (sources[i].layer == 0) ++files;
    return files;
}

std::size_t CallSequence::layers() const {
    std::size_t layers = 0;
    for (const CodeSource &source : sources)
        if (source.layer > 0) ++layers;
    return layers;
}

} // namespace mph
