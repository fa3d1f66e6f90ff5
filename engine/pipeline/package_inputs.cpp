#include "pipeline/package_inputs.h"

#include "corpus/reader.h"
#include "corpus/sha256.h"
#include "demo_corpus.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <mutex>
#include <set>
#include <utility>

namespace mph {
namespace {

void addRoots(const std::vector<std::filesystem::path> &roots, Role role, std::int32_t batch,
              std::vector<PackageSource> &sources, std::vector<ReadError> &errors) {
    for (const std::filesystem::path &root : roots) {
        std::error_code ec;
        const auto status = std::filesystem::status(root, ec);
        if (ec || !std::filesystem::exists(status)) {
            errors.push_back({root.string(), "no such file or folder"});
        } else if (std::filesystem::is_regular_file(status)) {
            sources.push_back({role, batch, std::filesystem::absolute(root), {}, {}});
        } else {
            Discovery found = discoverPackages({root});
            for (auto &error : found.errors) errors.push_back(std::move(error));
            for (auto &path : found.packages) sources.push_back({role, batch, std::move(path), {}, {}});
        }
    }
}

std::optional<std::string> readWholeFile(const std::filesystem::path &file, std::uint64_t cap, std::string &problem) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        problem = "cannot read: " + ec.message();
        return std::nullopt;
    }
    if (size > cap) {
        problem = "archive is " + std::to_string(size) + " bytes, over the " + std::to_string(cap) + "-byte cap";
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::string bytes(size, '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        problem = "cannot read the file";
        return std::nullopt;
    }
    return bytes;
}

// Each script with everything it runs in its package (design 2.8): the scripts and modules are one file set.
PackageFeatures analyse(Package package, ScriptAnalyzer &analyzer, const ScanOptions &options,
                        std::uint64_t &sourceBytes) {
    std::vector<SourceFile> files;
    files.reserve(package.scripts.size() + package.modules.size());
    for (const Script &script : package.scripts)
        files.push_back({script.path, script.text});
    for (const Module &module : package.modules)
        files.push_back({module.path, module.text});
    for (const SourceFile &file : files)
        sourceBytes += file.text.size();
    const PackageFiles parsed(files, package.root); // each file parsed once for all the scripts that reach it
    PackageFeatures features;
    const std::size_t entries = package.scripts.size();
    features.sequences.reserve(entries);
    std::vector<Script> reached; // Modules, Both: each reached file once, as a script of the first scope reaching it
    std::vector<Script> closures; // Closure: entries with what they run
    std::vector<CallSequence> closureSequences;
    for (std::size_t s = 0; s < entries; ++s) {
        const ReachGranularity granularity = options.reachOf(package.scripts[s].scope);
        if (granularity == ReachGranularity::Off) {
            CallSequence alone = analyzer.analyze(package.scripts[s].text);
            alone.sources.front().path = package.scripts[s].path;
            features.sequences.push_back(std::move(alone));
            continue;
        }
        CallSequence sequence = analyzer.analyze(parsed, s, granularity == ReachGranularity::Dormant);
        if (granularity == ReachGranularity::Closure) {
            CallSequence alone = analyzer.analyze(package.scripts[s].text);
            alone.sources.front().path = package.scripts[s].path;
            const auto sameName = [](const CallToken &a, const CallToken &b) { return a.name == b.name; };
            // Only when what it runs adds calls: otherwise the closure is the script alone, listed twice.
            if (!std::equal(sequence.calls.begin(), sequence.calls.end(), alone.calls.begin(), alone.calls.end(),
                            sameName)) {
                Script closure = package.scripts[s];
                closure.reachedFrom = closure.path; // the same file, with what it runs
                closures.push_back(std::move(closure));
                closureSequences.push_back(std::move(sequence));
            }
            features.sequences.push_back(std::move(alone));
            continue;
        }
        if (granularity != ReachGranularity::Inline && granularity != ReachGranularity::Dormant) {
            for (std::size_t k = 1; k < sequence.sources.size(); ++k) {
                const CodeSource &source = sequence.sources[k];
                if (source.layer != 0) continue;
                const auto known = [&](const Script &script) { return script.path == source.path; };
                if (std::any_of(package.scripts.begin(), package.scripts.end(), known) ||
                    std::any_of(reached.begin(), reached.end(), known))
                    continue;
                for (const SourceFile &file : files)
                    if (file.path == source.path) {
                        Script script;
                        script.path = source.path;
                        script.scope = package.scripts[s].scope;
                        script.text = std::string(file.text);
                        script.sha256 = sha256Hex(script.text);
                        script.reachedFrom = package.scripts[s].path;
                        reached.push_back(std::move(script));
                        break;
                    }
            }
        }
        if (granularity == ReachGranularity::Modules) {
            sequence = analyzer.analyze(package.scripts[s].text);
            sequence.sources.front().path = package.scripts[s].path;
        }
        features.sequences.push_back(std::move(sequence));
    }
    for (std::size_t c = 0; c < closures.size(); ++c) {
        features.sequences.push_back(std::move(closureSequences[c]));
        package.scripts.push_back(std::move(closures[c]));
    }
    for (Script &script : reached) {
        features.sequences.push_back(analyzer.analyze(script.text));
        features.sequences.back().sources.front().path = script.path;
        package.scripts.push_back(std::move(script));
    }
    features.package = std::move(package);
    return features;
}

bool usesCache(Role role) { return role != Role::Batch; }

// The scripts' texts and the modules of a background or known package are not kept: only the batch's are shown, and
// the rest would cost gigabytes.
void dropTexts(Package &package) {
    for (Script &script : package.scripts)
        std::string().swap(script.text);
    std::vector<Module>().swap(package.modules);
}

// A remembered package from its stored features: already analysed, so they bypass the feature cache (they are no
// archive read here, and a cache entry is keyed by the digest of bytes actually read).
bool loadRememberedFeatures(const RememberedPackage &memory, const std::string &name, LoadedPackage &loaded,
                            ReadError &error) {
    const PackageFeatures &features = *memory.features;
    if (features.sequences.size() != features.package.scripts.size()) {
        error = {name, "remembered features are corrupt: " + std::to_string(features.package.scripts.size()) +
                           " scripts but " + std::to_string(features.sequences.size()) + " call sequences"};
        return false;
    }
    if (!memory.sha256.empty() && !features.package.sha256.empty() && features.package.sha256 != memory.sha256) {
        error = {name, "remembered features are of archive " + features.package.sha256 + ", not of the recorded " +
                           memory.sha256};
        return false;
    }
    loaded.features = features;
    if (loaded.features.package.sha256.empty()) loaded.features.package.sha256 = memory.sha256;
    loaded.features.package.source = name;
    dropTexts(loaded.features.package);
    return true;
}

// Reads one source; returns the features or sets `error`. Never throws.
std::optional<LoadedPackage> loadOne(const PackageSource &source, const ReadOptions &readOptions,
                                     const ScanOptions &options, FeatureCache *cache, std::mutex &cacheMutex,
                                     ScriptAnalyzer &analyzer, std::uint64_t &sourceBytes, ReadError &error) {
    LoadedPackage loaded;
    loaded.role = source.role;
    loaded.batch = source.batch;
    loaded.remembered = source.remembered != nullptr;
    const std::string name = source.path.empty() ? source.embeddedName : source.path.string();
    try {
        if (source.remembered) {
            if (source.role == Role::Batch) {
                error = {name, "a remembered package joins the known set or the background, not a batch"};
                return std::nullopt;
            }
            if (source.remembered->features)
                return loadRememberedFeatures(*source.remembered, name, loaded, error) ? std::optional(loaded)
                                                                                       : std::nullopt;
            if (source.embedded.empty()) {
                error = {name, "remembered package has neither features nor an archive"};
                return std::nullopt;
            }
            if (source.embedded.size() > readOptions.limits.maxArchiveBytes) {
                error = {name, "archive is " + std::to_string(source.embedded.size()) + " bytes, over the " +
                                   std::to_string(readOptions.limits.maxArchiveBytes) + "-byte cap"};
                return std::nullopt;
            }
            // A stored copy that is not the archive it was recorded as is not trusted.
            if (!source.remembered->sha256.empty() && sha256Hex(source.embedded) != source.remembered->sha256) {
                error = {name, "remembered archive does not match its recorded sha256 " + source.remembered->sha256};
                return std::nullopt;
            }
        }
        std::error_code ec;
        if (!source.path.empty() && std::filesystem::is_directory(source.path, ec)) {
            PackageReadResult read = readPackageDirectory(source.path, readOptions);
            if (!read.package) {
                error = read.error.value_or(ReadError{name, "unreadable"});
                return std::nullopt;
            }
            loaded.features = analyse(std::move(*read.package), analyzer, options, sourceBytes);
            return loaded;
        }
        std::string owned;
        std::string_view bytes = source.embedded;
        if (!source.path.empty()) {
            std::string problem;
            auto content = readWholeFile(source.path, readOptions.limits.maxArchiveBytes, problem);
            if (!content) {
                error = {name, problem};
                return std::nullopt;
            }
            owned = std::move(*content);
            bytes = owned;
        }
        std::string digest;
        if (cache && usesCache(source.role)) {
            digest = sha256Hex(bytes);
            // Features depend on the granularities; the defaults keep the plain digest as the key.
            if (options.reach != ScanOptions{}.reach || options.importReach != ScanOptions{}.importReach)
                ((((digest += ':') += granularityName(options.reach)) += ':') += granularityName(options.importReach));
            std::lock_guard lock(cacheMutex);
            if (const PackageFeatures *hit = cache->find(digest)) {
                loaded.features = *hit;
                loaded.features.package.source = name;
                loaded.fromCache = true;
                return loaded;
            }
        }
        PackageReadResult read = readPackageBytes(bytes, name, readOptions);
        if (!read.package) {
            error = read.error.value_or(ReadError{name, "unreadable"});
            return std::nullopt;
        }
        loaded.features = analyse(std::move(*read.package), analyzer, options, sourceBytes);
        if (usesCache(source.role)) dropTexts(loaded.features.package);
        if (cache && usesCache(source.role)) { // keyed by the digest of the bytes read, remembered archives too
            std::lock_guard lock(cacheMutex);
            cache->insert(digest, loaded.features);
        }
        return loaded;
    } catch (const std::exception &e) {
        error = {name, std::string("internal error while reading: ") + e.what()};
    } catch (...) {
        error = {name, "internal error while reading"};
    }
    return std::nullopt;
}

}  // namespace

std::vector<PackageSource> collectSources(const ScanOptions &options, std::vector<ReadError> &errors) {
    std::vector<PackageSource> sources;
    if (options.demo) {
        for (const DemoFile &file : demoCorpus()) {
            const Role role = file.role == "background" ? Role::Background : file.role == "known" ? Role::Known : Role::Batch;
            sources.push_back({role, role == Role::Batch ? 0 : -1, {}, file.bytes, "demo:" + std::string(file.path)});
        }
    } else {
        addRoots(options.background, Role::Background, -1, sources, errors);
        addRoots(options.known, Role::Known, -1, sources, errors);
        for (std::size_t b = 0; b < options.batches.size(); ++b)
            addRoots(options.batches[b].roots, Role::Batch, static_cast<std::int32_t>(b), sources, errors);
    }
    for (const RememberedPackage &memory : options.remembered) {
        const std::string label = memory.archiveName.empty() ? memory.sha256 : memory.archiveName;
        sources.push_back({memory.role, -1, {}, memory.archive, "history:" + label, &memory});
    }
    return sources;
}

LoadedInputs loadPackages(const std::vector<PackageSource> &sources, const ScanOptions &options, FeatureCache *cache,
                          const ProgressCallback &progress, const std::atomic<bool> *cancel) {
    ReadOptions readOptions;
    if (!options.passphrases.empty()) readOptions.passphrases = options.passphrases;

    const auto n = static_cast<std::int64_t>(sources.size());
    std::vector<std::optional<LoadedPackage>> slots(sources.size());
    std::vector<std::optional<ReadError>> failures(sources.size());
    std::mutex cacheMutex;
    std::atomic<std::size_t> done{0};
    const int threads = options.jobs > 0 ? options.jobs : omp_get_num_procs();

    std::vector<double> seconds(sources.size(), 0.0);
    std::uint64_t sourceBytes = 0;
#pragma omp parallel num_threads(threads) reduction(+ : sourceBytes)
    {
        ScriptAnalyzer analyzer;
#pragma omp for schedule(dynamic, 8)
        for (std::int64_t i = 0; i < n; ++i) {
            if (cancel && cancel->load(std::memory_order_relaxed)) continue;
            ReadError error;
            const auto start = std::chrono::steady_clock::now();
            slots[i] = loadOne(sources[i], readOptions, options, cache, cacheMutex, analyzer, sourceBytes, error);
            seconds[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!slots[i]) failures[i] = std::move(error);
            const std::size_t finished = ++done;
            if (progress && omp_get_thread_num() == 0) progress({"reading", finished, sources.size()});
        }
    }
    if (progress) progress({"reading", done.load(), sources.size()});

    // Archives of each role already held (sources come before the remembered packages, which are checked in order).
    std::set<std::pair<Role, std::string>> held;
    for (std::size_t i = 0; i < sources.size(); ++i)
        if (slots[i] && !slots[i]->remembered && !slots[i]->features.package.sha256.empty())
            held.emplace(slots[i]->role, slots[i]->features.package.sha256);

    LoadedInputs inputs;
    inputs.sourceBytes = sourceBytes;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (seconds[i] > inputs.slowestSeconds) {
            inputs.slowestSeconds = seconds[i];
            inputs.slowestSource = sources[i].path.empty() ? sources[i].embeddedName : sources[i].path.string();
        }
        if (slots[i] && slots[i]->remembered) {
            const std::string &sha256 = sources[i].remembered->sha256.empty() ? slots[i]->features.package.sha256
                                                                              : sources[i].remembered->sha256;
            if (!sha256.empty() && !held.emplace(slots[i]->role, sha256).second) slots[i].reset();
        }
        if (slots[i]) inputs.packages.push_back(std::move(*slots[i]));
        if (failures[i]) inputs.errors.push_back(std::move(*failures[i]));
    }
    return inputs;
}

}  // namespace mph
