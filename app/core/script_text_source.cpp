#include "script_text_source.h"

#include <QCoreApplication>

#ifdef MPH_HAVE_READER
#include "corpus/reader.h"
#endif
#ifdef MPH_HAVE_DEMO_CORPUS
#include "demo_corpus.h"
#endif

#include <algorithm>
#include <utility>

namespace mph::app {

namespace {

// A class context, so that lupdate files the strings under the context the runtime looks them up in.
struct ScriptTextSourceText {
    Q_DECLARE_TR_FUNCTIONS(ScriptTextSourceText)
};

#ifdef MPH_HAVE_READER
// Re-reads one package of the scan by its source; returns its scripts or an error message.
std::vector<Script> reread(const Package &package, const std::vector<std::string> &passphrases, QString *error) {
    ReadOptions options;
    options.passphrases = passphrases;
    const std::string &source = package.source;
    constexpr std::string_view demoPrefix = "demo:";
    if (source.starts_with(demoPrefix)) {
#ifdef MPH_HAVE_DEMO_CORPUS
        const std::string_view path = std::string_view(source).substr(demoPrefix.size());
        for (const DemoFile &file : demoCorpus()) {
            if (std::string_view(file.path) != path) continue;
            auto read = readPackageBytes(file.bytes, source, options);
            if (read.package) return std::move(read.package->scripts);
            if (error && read.error) *error = fromBytes(read.error->reason);
            return {};
        }
#endif
        if (error) *error = ScriptTextSourceText::tr("not in the embedded demo corpus");
        return {};
    }
    auto read = readPackageFile(source, options);
    if (read.package) return std::move(read.package->scripts);
    if (error && read.error) *error = fromBytes(read.error->reason);
    return {};
}
#endif

} // namespace

ScriptTextSource::ScriptTextSource(ScanPtr scan, std::vector<std::string> passphrases)
    : scan_(std::move(scan)), passphrases_(std::move(passphrases)) {}

QByteArray ScriptTextSource::text(std::uint32_t entry, QString *error) const {
    if (!scan_ || entry >= scan_->scripts.size()) {
        if (error) *error = ScriptTextSourceText::tr("no such script");
        return {};
    }
    const Script &script = scriptOfEntry(*scan_, entry);
    if (!script.text.empty() || roleOfEntry(*scan_, entry) == Role::Batch)
        return QByteArray(script.text.data(), static_cast<qsizetype>(script.text.size()));

    const std::uint32_t packageIndex = scan_->scripts[entry].package;
    auto cached = rereadScripts_.find(packageIndex);
    if (cached == rereadScripts_.end()) {
#ifdef MPH_HAVE_READER
        cached = rereadScripts_.insert(packageIndex, reread(scan_->packages[packageIndex], passphrases_, error));
#else
        if (error) *error = ScriptTextSourceText::tr("the package reader is not built");
        return {};
#endif
    }
    const auto found = std::find_if(cached->begin(), cached->end(), [&](const Script &s) {
        return s.path == script.path && (script.sha256.empty() || s.sha256 == script.sha256);
    });
    if (found == cached->end()) {
        if (error && error->isEmpty()) *error = ScriptTextSourceText::tr("the script is no longer in its package");
        return {};
    }
    return QByteArray(found->text.data(), static_cast<qsizetype>(found->text.size()));
}

} // namespace mph::app
