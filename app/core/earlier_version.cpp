#include "earlier_version.h"

#include "corpus/sha256.h"
#include "history_database.h"
#include "pipeline/package_inputs.h"

#ifdef MPH_HAVE_DEMO_CORPUS
#include "demo_corpus.h"
#endif

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace mph::app {

namespace {

// A class context, so that lupdate files the strings under the context the runtime looks them up in.
struct EarlierVersionText {
    Q_DECLARE_TR_FUNCTIONS(EarlierVersionText)
};

struct ParsedVersion {
    std::vector<long long> release;
    int phase = 0; // -1 pre-release or dev, 0 final, 1 post-release
    QString rest;
};

std::optional<ParsedVersion> parse(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^v?(\\d+(?:\\.\\d+)*)(.*)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch()) return std::nullopt;
    ParsedVersion v;
    for (const QString &part : match.captured(1).split(u'.'))
        v.release.push_back(part.toLongLong());
    while (v.release.size() > 1 && v.release.back() == 0) // 1.0 == 1.0.0
        v.release.pop_back();
    v.rest = match.captured(2);
    QString tag = v.rest;
    tag.remove(QRegularExpression(QStringLiteral("^[._-]")));
    if (!tag.isEmpty()) v.phase = (tag.startsWith(QLatin1String("post")) || tag.startsWith(u'-')) ? 1 : -1;
    return v;
}

// The archive's bytes: the history's copy, else the recorded file when it still holds those bytes; for a package of
// the run, its source file (or the embedded demo archive).
std::optional<std::string> archiveBytes(const EarlierVersionRef &ref, const QString &historyPath, QString *from,
                                        QString *error) {
    if (ref.fromHistory && ref.hasArchiveCopy) {
        QString problem;
        if (const auto db = HistoryDatabase::open(historyPath, &problem)) {
            if (const std::optional<QByteArray> copy = db->archiveCopy(ref.archiveSha256)) {
                *from = EarlierVersionText::tr("the history's copy");
                return copy->toStdString();
            }
        }
    }
    constexpr QLatin1StringView demoPrefix("demo:");
    if (ref.archivePath.startsWith(demoPrefix)) {
#ifdef MPH_HAVE_DEMO_CORPUS
        const std::string path = ref.archivePath.mid(demoPrefix.size()).toStdString();
        for (const DemoFile &file : demoCorpus())
            if (file.path == path) {
                *from = ref.archivePath;
                return std::string(file.bytes);
            }
#endif
        *error = EarlierVersionText::tr("%1 is not in the embedded demo corpus").arg(ref.archivePath);
        return std::nullopt;
    }
    QFile file(ref.archivePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = EarlierVersionText::tr("%1: %2 (and the history keeps no copy of it)")
                     .arg(ref.archivePath, file.errorString());
        return std::nullopt;
    }
    std::string bytes = file.readAll().toStdString();
    if (!ref.archiveSha256.isEmpty() && QString::fromStdString(sha256Hex(bytes)) != ref.archiveSha256) {
        *error = EarlierVersionText::tr("%1 no longer holds the archive the history saw (sha256 %2)")
                     .arg(ref.archivePath, ref.archiveSha256.left(12));
        return std::nullopt;
    }
    *from = ref.archivePath;
    return bytes;
}

} // namespace

std::optional<int> compareVersions(const QString &a, const QString &b) {
    const std::optional<ParsedVersion> x = parse(a), y = parse(b);
    if (!x || !y) return std::nullopt;
    if (x->release != y->release) return x->release < y->release ? -1 : 1;
    if (x->phase != y->phase) return x->phase < y->phase ? -1 : 1;
    return x->rest == y->rest ? 0 : (x->rest < y->rest ? -1 : 1);
}

QString pathInPackage(const std::string &path, const std::string &root) {
    // The root is "name-1.0" or "name-1.0/" depending on the reader: strip it and the separator.
    std::string_view rest = path;
    if (!root.empty() && rest.starts_with(root)) {
        rest.remove_prefix(root.size());
        if (rest.starts_with('/'))
            rest.remove_prefix(1);
        else if (root.back() != '/')
            rest = path; // "name-1.0x/...": another folder
    }
    return fromBytes(std::string(rest));
}

std::optional<EarlierVersionRef> findEarlierVersion(const ScanResult &scan, std::uint32_t package,
                                                    const RunHistory *history) {
    if (package >= scan.packages.size()) return std::nullopt;
    const Package &current = scan.packages[package];
    const std::string project = normalisedProjectName(current.name);
    const QString version = fromBytes(current.version);
    std::optional<EarlierVersionRef> best;
    const auto consider = [&](EarlierVersionRef candidate) {
        const std::optional<int> order = compareVersions(candidate.version, version);
        if (!order || *order >= 0) return; // only versions known to be earlier
        if (best) {
            const std::optional<int> newer = compareVersions(candidate.version, best->version);
            if (!newer || *newer <= 0) return;
        }
        best = std::move(candidate);
    };
    for (std::size_t p = 0; p < scan.packages.size(); ++p) {
        const Package &other = scan.packages[p];
        if (p == package || normalisedProjectName(other.name) != project) continue;
        if (p < scan.packageRemembered.size() && scan.packageRemembered[p]) continue; // no file: the history has it
        consider({fromBytes(other.name), fromBytes(other.version), QString::fromStdString(other.sha256),
                  fromBytes(other.source), false, false});
    }
    if (history && !current.sha256.empty()) {
        const auto it = history->earlierVersions.constFind(QString::fromStdString(current.sha256));
        if (it != history->earlierVersions.constEnd()) {
            // The run's own package of that version reads faster than the history's copy.
            if (!best || best->version != it->version)
                consider({it->name, it->version, it->archiveSha256, it->archivePath, true, it->hasArchiveCopy});
        }
    }
    return best;
}

std::optional<QByteArray> EarlierVersionFiles::fileText(const QString &relativePath) const {
    for (const Script &script : package.scripts)
        if (pathInPackage(script.path, package.root) == relativePath)
            return QByteArray(script.text.data(), static_cast<qsizetype>(script.text.size()));
    for (const Module &module : package.modules)
        if (pathInPackage(module.path, package.root) == relativePath)
            return QByteArray(module.text.data(), static_cast<qsizetype>(module.text.size()));
    return std::nullopt;
}

const CallSequence *EarlierVersionFiles::sequence(const QString &relativePath) const {
    for (std::size_t i = 0; i < package.scripts.size() && i < sequences.size(); ++i)
        if (pathInPackage(package.scripts[i].path, package.root) == relativePath) return &sequences[i];
    return nullptr;
}

EarlierVersionFiles loadEarlierVersion(const EarlierVersionRef &ref, const QString &historyPath,
                                       const ScanOptions &options) {
    EarlierVersionFiles out;
    out.ref = ref;
    const std::optional<std::string> bytes = archiveBytes(ref, historyPath, &out.from, &out.error);
    if (!bytes) return out;
    // Read and analysed as a batch package of the run: its texts are kept, and reached code enters its sequences
    // the way it entered the current version's.
    ScanOptions readOptions;
    readOptions.passphrases = options.passphrases;
    readOptions.reach = options.reach;
    readOptions.importReach = options.importReach;
    readOptions.jobs = 1;
    PackageSource source;
    source.role = Role::Batch;
    source.batch = 0;
    source.embedded = *bytes;
    source.embeddedName = QStringLiteral("%1 %2").arg(ref.name, ref.version).toStdString();
    LoadedInputs loaded = loadPackages({source}, readOptions, nullptr, {}, nullptr);
    if (loaded.packages.empty()) {
        out.error = loaded.errors.empty()
                        ? EarlierVersionText::tr("%1 could not be read").arg(out.from)
                        : EarlierVersionText::tr("%1: %2").arg(out.from, fromBytes(loaded.errors[0].reason));
        return out;
    }
    out.package = std::move(loaded.packages[0].features.package);
    out.sequences = std::move(loaded.packages[0].features.sequences);
    return out;
}

} // namespace mph::app
