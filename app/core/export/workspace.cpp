#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace mph::app {

namespace {

constexpr auto kFormat = "mphunter-workspace";
constexpr auto kPublicPassphrase = "infected";

struct WorkspaceText {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceText)
};

QJsonArray pathsJson(const std::vector<std::filesystem::path> &paths) {
    QJsonArray array;
    for (const auto &path : paths)
        array.append(QFile::decodeName(QByteArray::fromStdString(path.string())));
    return array;
}

std::filesystem::path toPath(const QString &text) {
    return std::filesystem::path(QFile::encodeName(text).toStdString());
}

QString scopeFilterKey(ScopeFilter scope) {
    switch (scope) {
    case ScopeFilter::Install:
        return QStringLiteral("install");
    case ScopeFilter::Import:
        return QStringLiteral("import");
    case ScopeFilter::All:
        break;
    }
    return QStringLiteral("all");
}

// Reads the `inputs` object; the first problem goes to *error, named by its key.
class InputReader {
  public:
    QString error;

    std::vector<std::filesystem::path> paths(const QJsonObject &object, const char *key) {
        std::vector<std::filesystem::path> out;
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) return out;
        if (!value.isArray()) return fail(key), out;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty()) return fail(key), out;
            out.push_back(toPath(item.toString()));
        }
        return out;
    }
    int integer(const QJsonObject &object, const char *key, int fallback, int minimum) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < minimum || number > 1e9 || number != std::floor(number))
            return fail(key), fallback;
        return static_cast<int>(number);
    }
    bool boolean(const QJsonObject &object, const char *key, bool fallback) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) return fallback;
        if (!value.isBool()) return fail(key), fallback;
        return value.toBool();
    }
    void fail(const char *key) {
        if (error.isEmpty())
            error =
                WorkspaceText::tr("the input setting '%1' is missing or has the wrong type").arg(QLatin1String(key));
    }
};

} // namespace

QJsonObject workspaceToJson(const Workspace &w) {
    const ScanOptions &in = w.inputs;
    QJsonArray batches;
    for (const BatchInput &batch : in.batches)
        batches.append(QJsonObject{{"name", QString::fromStdString(batch.name)}, {"roots", pathsJson(batch.roots)}});
    QJsonArray stored;
    int withheld = 0;
    for (const std::string &passphrase : in.passphrases) {
        if (passphrase == kPublicPassphrase || w.storePassphrases)
            stored.append(QString::fromStdString(passphrase));
        else
            ++withheld;
    }
    QJsonObject inputs{
        {"batches", batches},
        {"background", pathsJson(in.background)},
        {"known", pathsJson(in.known)},
        {"demo", in.demo},
        {"scope", scopeFilterKey(in.scope)},
        {"useKnownDistance", in.useKnownDistance},
        {"ranking", QString::fromLatin1(rankingMethodName(in.ranking))},
        {"dimensions", in.dimensions},
        {"minClusterSize", in.minClusterSize},
        {"minSamples", in.minSamples},
        {"projection", in.projection},
        {"passphrases", QJsonObject{{"stored", w.storePassphrases}, {"values", stored}, {"withheld", withheld}}}};
    QJsonArray cases;
    for (const CaseFile &c : w.cases)
        cases.append(caseToJson(c));
    return QJsonObject{{"format", kFormat},
                       {"version", Workspace::kFormatVersion},
                       {"inputs", inputs},
                       {"cases", cases},
                       {"view", w.view}};
}

WorkspaceLoadResult workspaceFromJson(const QByteArray &json) {
    WorkspaceLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = WorkspaceText::tr("The workspace file is damaged (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value("format").toString() != QLatin1String(kFormat)) {
        result.error = WorkspaceText::tr("This is not an MPHunter workspace file.");
        return result;
    }
    const QJsonValue versionValue = root.value("version");
    const int version = versionValue.toInt(0);
    if (!versionValue.isDouble() || version < 1) {
        result.error = WorkspaceText::tr("The workspace file has no valid format version.");
        return result;
    }
    if (version > Workspace::kFormatVersion) {
        result.error = WorkspaceText::tr("This workspace was saved by a newer version of MPHunter Workbench (format "
                                         "version %1; this version reads up to %2). Please update the application.")
                           .arg(version)
                           .arg(Workspace::kFormatVersion);
        return result;
    }

    Workspace w;
    const QJsonObject inputs = root.value("inputs").toObject();
    InputReader reader;
    if (!root.value("inputs").isObject()) reader.fail("inputs");
    const QJsonValue batchesValue = inputs.value("batches");
    if (!batchesValue.isUndefined() && !batchesValue.isArray()) reader.fail("batches");
    for (const QJsonValue &item : batchesValue.toArray()) {
        if (!item.isObject() || !item.toObject().value("name").isString()) {
            reader.fail("batches");
            break;
        }
        const QJsonObject batch = item.toObject();
        w.inputs.batches.push_back({batch.value("name").toString().toStdString(), reader.paths(batch, "roots")});
    }
    w.inputs.background = reader.paths(inputs, "background");
    w.inputs.known = reader.paths(inputs, "known");
    w.inputs.demo = reader.boolean(inputs, "demo", false);
    const QString scope = inputs.value("scope").toString(QStringLiteral("all"));
    if (scope == QLatin1String("install"))
        w.inputs.scope = ScopeFilter::Install;
    else if (scope == QLatin1String("import"))
        w.inputs.scope = ScopeFilter::Import;
    else if (scope == QLatin1String("all"))
        w.inputs.scope = ScopeFilter::All;
    else
        reader.fail("scope");
    w.inputs.useKnownDistance = reader.boolean(inputs, "useKnownDistance", true);
    // "ranking" names the method; workspaces written before it had the paper's formula as a flag.
    if (inputs.contains(QLatin1String("ranking"))) {
        if (!parseRankingMethod(inputs.value(QLatin1String("ranking")).toString().toStdString(), w.inputs.ranking))
            reader.fail("ranking");
    } else if (reader.boolean(inputs, "paperRanking", false)) {
        w.inputs.ranking = RankingMethod::Paper;
    }
    w.inputs.dimensions = reader.integer(inputs, "dimensions", w.inputs.dimensions, 2);
    w.inputs.minClusterSize = reader.integer(inputs, "minClusterSize", w.inputs.minClusterSize, 2);
    w.inputs.minSamples = reader.integer(inputs, "minSamples", w.inputs.minSamples, 1);
    w.inputs.projection = reader.boolean(inputs, "projection", true);
    const QJsonObject passphrases = inputs.value("passphrases").toObject();
    w.storePassphrases = reader.boolean(passphrases, "stored", false);
    w.inputs.passphrases.clear();
    for (const QJsonValue &item : passphrases.value("values").toArray())
        if (item.isString()) w.inputs.passphrases.push_back(item.toString().toStdString());
    result.withheldPassphrases = reader.integer(passphrases, "withheld", 0, 0);
    if (!reader.error.isEmpty()) {
        result.error = WorkspaceText::tr("The workspace file is damaged: %1.").arg(reader.error);
        return result;
    }

    const QJsonArray cases = root.value("cases").toArray();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const CaseLoadResult loaded = caseFromJson(QJsonDocument(cases[i].toObject()).toJson(QJsonDocument::Compact));
        if (!cases[i].isObject() || !loaded.caseFile) {
            result.error =
                WorkspaceText::tr("Case %1 of the workspace cannot be read: %2").arg(i + 1).arg(loaded.error);
            return result;
        }
        w.cases.append(*loaded.caseFile);
    }
    w.view = root.value("view").toObject();
    result.workspace = std::move(w);
    return result;
}

QString saveWorkspace(const Workspace &workspace, const QString &path) {
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(workspaceToJson(workspace)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return WorkspaceText::tr("Cannot save the workspace to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

WorkspaceLoadResult loadWorkspace(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        WorkspaceLoadResult result;
        result.error = WorkspaceText::tr("Cannot open the workspace %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    WorkspaceLoadResult result = workspaceFromJson(file.readAll());
    if (!result.error.isEmpty()) result.error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + result.error;
    return result;
}

} // namespace mph::app
