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
    analysis::ParsedFiles parsed;
    analysis::Reach reach(none, {}, parsed, impl_->parser, impl_->limits, sequence);
    reach.runText(source);
    return sequence;
}

CallSequence ScriptAnalyzer::analyze(const PackageFiles &package, std::size_t entry, bool withDormant) {
    CallSequence sequence;
    const SourceFile &file = package.files()[entry];
    if (file.text.size() > impl_->limits.maxSourceBytes || file.text.size() > UINT32_MAX) {
        sequence.truncated = true;
        sequence.sources.push_back({std::string(file.path), 0, -1, 0, 0, {}, 0});
        return sequence;
    }
    analysis::Reach reach(package.files(), package.root(), package.parsed(), impl_->parser, impl_->limits, sequence);
    reach.run(entry, withDormant);
    return sequence;
}

CallSequence ScriptAnalyzer::analyze(const std::vector<SourceFile> &files, std::size_t entry, std::string_view root) {
    const PackageFiles package(files, std::string(root));
    return analyze(package, entry);
}

PackageFiles::PackageFiles(std::vector<SourceFile> files, std::string root)
    : files_(std::move(files)), root_(std::move(root)), parsed_(std::make_unique<analysis::ParsedFiles>()) {}

PackageFiles::~PackageFiles() = default;

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
