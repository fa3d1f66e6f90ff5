#include "script_text_source.h"

#include "history_database.h"

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
// A package an earlier verdict brought in (ScanOptions::remembered): its archive copy in the history, else the file it
// was scanned from when that still holds the same bytes.
Package readFromHistory(const Package &package, const ReadOptions &options, const QString &historyPath,
                        QString *error) {
    QString problem;
    const std::unique_ptr<HistoryDatabase> history =
        historyPath.isEmpty() ? nullptr : HistoryDatabase::open(historyPath, &problem);
    if (!history) {
        if (error) *error = problem.isEmpty() ? ScriptTextSourceText::tr("no history to read it from") : problem;
        return {};
    }
    const QString sha256 = QString::fromStdString(package.sha256);
    std::optional<PackageReadResult> read;
    if (const std::optional<QByteArray> copy = history->archiveCopy(sha256))
        read = readPackageBytes(std::string_view(copy->constData(), static_cast<std::size_t>(copy->size())),
                                package.source, options);
    else if (const std::optional<PackageFeatures> features = history->features(sha256);
             features && !features->package.source.empty())
        read = readPackageFile(features->package.source, options);
    if (read && read->package && read->package->sha256 == package.sha256) return std::move(*read->package);
    if (error)
        *error = ScriptTextSourceText::tr("the history keeps no copy of this archive, and the file it was scanned "
                                          "from is gone or changed");
    return {};
}

// Re-reads one package of the scan by its source; returns it, or an empty package and an error message.
Package readAgain(const Package &package, const std::vector<std::string> &passphrases, const QString &historyPath,
                  QString *error) {
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
            if (read.package) return std::move(*read.package);
            if (error && read.error) *error = fromBytes(read.error->reason);
            return {};
        }
#endif
        if (error) *error = ScriptTextSourceText::tr("not in the embedded demo corpus");
        return {};
    }
    if (source.starts_with("history:")) return readFromHistory(package, options, historyPath, error);
    auto read = readPackageFile(source, options);
    if (read.package) return std::move(*read.package);
    if (error && read.error) *error = fromBytes(read.error->reason);
    return {};
}
#endif

QByteArray bytes(std::string_view text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

ScriptTextSource::ScriptTextSource(ScanPtr scan, std::vector<std::string> passphrases, QString historyPath)
    : scan_(std::move(scan)), passphrases_(std::move(passphrases)), historyPath_(std::move(historyPath)) {}

const Package *ScriptTextSource::reread(std::uint32_t packageIndex, QString *error) const {
    auto cached = rereadPackages_.find(packageIndex);
    if (cached == rereadPackages_.end()) {
#ifdef MPH_HAVE_READER
        cached = rereadPackages_.emplace(packageIndex,
                                         readAgain(scan_->packages[packageIndex], passphrases_, historyPath_, error));
#else
        if (error) *error = ScriptTextSourceText::tr("the package reader is not built");
        return nullptr;
#endif
    }
    return &*cached;
}

QByteArray ScriptTextSource::text(std::uint32_t entry, QString *error) const {
    if (!scan_ || entry >= scan_->scripts.size()) {
        if (error) *error = ScriptTextSourceText::tr("no such script");
        return {};
    }
    const Script &script = scriptOfEntry(*scan_, entry);
    if (!script.text.empty() || roleOfEntry(*scan_, entry) == Role::Batch) return bytes(script.text);

    const Package *package = reread(scan_->scripts[entry].package, error);
    if (!package) return {};
    const auto found = std::find_if(package->scripts.begin(), package->scripts.end(), [&](const Script &s) {
        return s.path == script.path && (script.sha256.empty() || s.sha256 == script.sha256);
    });
    if (found == package->scripts.end()) {
        if (error && error->isEmpty()) *error = ScriptTextSourceText::tr("the script is no longer in its package");
        return {};
    }
    return bytes(found->text);
}

QByteArray ScriptTextSource::sourceText(std::uint32_t entry, std::uint32_t source, QString *error) const {
    if (source == 0) return text(entry, error);
    if (!scan_ || entry >= scan_->scripts.size() || source >= scan_->scripts[entry].sources.size()) {
        if (error) *error = ScriptTextSourceText::tr("no such file or layer");
        return {};
    }
    const ScriptEntry &script = scan_->scripts[entry];
    const CodeSource &code = script.sources[source];
    const std::string_view kept = scan_->sourceText(script, source);
    if (!kept.empty() || code.layer > 0 || roleOfEntry(*scan_, entry) == Role::Batch) {
        if (kept.empty() && code.calls > 0 && error) *error = ScriptTextSourceText::tr("the text was not kept");
        return bytes(kept);
    }

    const Package *package = reread(script.package, error);
    if (!package) return {};
    for (const Script &s : package->scripts)
        if (s.path == code.path) return bytes(s.text);
    for (const Module &module : package->modules)
        if (module.path == code.path) return bytes(module.text);
    if (error && error->isEmpty()) *error = ScriptTextSourceText::tr("the file is no longer in its package");
    return {};
}

} // namespace mph::app
