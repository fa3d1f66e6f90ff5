#include "case_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace mph::app {

namespace {

constexpr auto kFormat = "mphunter-case";

// A class context, so that lupdate files the strings under the context the runtime looks them up in.
struct CaseFileText {
    Q_DECLARE_TR_FUNCTIONS(CaseFileText)
};

QString timestamp(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Reads typed fields and remembers the first problem, named by its JSON path.
class FieldReader {
  public:
    QString error;

    QString string(const QJsonObject &object, const char *key, const QString &where) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) return {};
        if (!value.isString()) fail(where, key, CaseFileText::tr("expected text"));
        return value.toString();
    }
    double number(const QJsonObject &object, const char *key, const QString &where, double fallback) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) return fallback;
        if (!value.isDouble()) fail(where, key, CaseFileText::tr("expected a number"));
        return value.toDouble(fallback);
    }
    int integer(const QJsonObject &object, const char *key, const QString &where, int fallback) {
        const double value = number(object, key, where, fallback);
        // Range first: converting a double outside int's range is undefined behaviour (found by fuzz_case_file).
        if (!(value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max()) ||
            value != std::trunc(value)) {
            fail(where, key, CaseFileText::tr("expected a whole number"));
            return fallback;
        }
        return static_cast<int>(value);
    }
    QJsonObject object(const QJsonObject &object, const char *key, const QString &where) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) return {};
        if (!value.isObject()) fail(where, key, CaseFileText::tr("expected an object"));
        return value.toObject();
    }
    QJsonArray array(const QJsonObject &object, const char *key, const QString &where) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) return {};
        if (!value.isArray()) fail(where, key, CaseFileText::tr("expected a list"));
        return value.toArray();
    }
    QDateTime time(const QJsonObject &object, const char *key, const QString &where) {
        const QString text = string(object, key, where);
        if (text.isEmpty()) return {};
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid()) fail(where, key, CaseFileText::tr("expected an ISO 8601 date and time"));
        return parsed;
    }
    void fail(const QString &where, const char *key, const QString &what) {
        if (error.isEmpty()) error = QStringLiteral("%1%2: %3").arg(where, QLatin1String(key), what);
    }
};

} // namespace

QJsonObject caseToJson(const CaseFile &c) {
    QJsonArray neighbours;
    for (const KnownNeighbour &n : c.nearestKnown)
        neighbours.append(QJsonObject{{"name", n.name},
                                      {"version", n.version},
                                      {"archive", n.archivePath},
                                      {"script", n.scriptPath},
                                      {"scriptSha256", n.scriptSha256}});
    QJsonArray evidence;
    for (const Evidence &e : c.evidence)
        evidence.append(QJsonObject{
            {"script", e.script}, {"firstLine", e.firstLine}, {"lastLine", e.lastLine}, {"comment", e.comment}});
    QJsonObject json{
        {"format", QLatin1String(kFormat)},
        {"schemaVersion", CaseFile::kSchemaVersion},
        {"package",
         QJsonObject{{"name", c.name},
                     {"version", c.version},
                     {"archive", QJsonObject{{"path", c.archivePath}, {"sha256", c.archiveSha256}}},
                     {"script", QJsonObject{{"path", c.scriptPath}, {"sha256", c.scriptSha256}, {"scope", c.scope}}}}},
        {"scores", QJsonObject{{"score", c.score},
                               {"d_b", c.dB},
                               {"d_m", c.dM},
                               {"cluster", c.cluster},
                               {"rank", c.rank},
                               {"batch", c.batch},
                               {"batchName", c.batchName}}},
        {"nearestKnown", neighbours},
        {"verdict", verdictKey(c.verdict)},
        {"notes", c.notes},
        {"tags", QJsonArray::fromStringList(c.tags)},
        {"evidence", evidence},
        {"analyst", c.analyst},
        {"created", timestamp(c.created)},
        {"modified", timestamp(c.modified)},
    };
    if (c.campaign) {
        QJsonArray members;
        for (const CampaignMember &m : c.campaign->members)
            members.append(QJsonObject{{"name", m.name},
                                       {"version", m.version},
                                       {"archiveSha256", m.archiveSha256},
                                       {"script", m.scriptPath},
                                       {"rank", m.rank}});
        json.insert("campaign",
                    QJsonObject{{"link", c.campaign->link}, {"family", c.campaign->family}, {"members", members}});
    }
    return json;
}

CaseLoadResult caseFromJson(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {
            std::nullopt,
            CaseFileText::tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return {std::nullopt, CaseFileText::tr("not a case file: the top level is not a JSON object")};
    const QJsonObject root = document.object();
    if (root.value("format").toString() != QLatin1String(kFormat))
        return {std::nullopt,
                CaseFileText::tr("not a case file: \"format\" is not \"%1\"").arg(QLatin1String(kFormat))};
    const QJsonValue version = root.value("schemaVersion");
    const double versionNumber = version.toDouble();
    if (!version.isDouble() || versionNumber < 1 || versionNumber > std::numeric_limits<int>::max() ||
        versionNumber != std::trunc(versionNumber))
        return {std::nullopt, CaseFileText::tr("the case file has no valid schema version")};
    if (version.toInt() > CaseFile::kSchemaVersion)
        return {std::nullopt,
                CaseFileText::tr("the case file uses schema version %1; this version of MPHunter reads up to %2. "
                                 "Open it with a newer MPHunter.")
                    .arg(version.toInt())
                    .arg(CaseFile::kSchemaVersion)};

    FieldReader r;
    CaseFile c;
    const QJsonObject package = r.object(root, "package", {});
    c.name = r.string(package, "name", "package.");
    c.version = r.string(package, "version", "package.");
    const QJsonObject archive = r.object(package, "archive", "package.");
    c.archivePath = r.string(archive, "path", "package.archive.");
    c.archiveSha256 = r.string(archive, "sha256", "package.archive.");
    const QJsonObject script = r.object(package, "script", "package.");
    c.scriptPath = r.string(script, "path", "package.script.");
    c.scriptSha256 = r.string(script, "sha256", "package.script.");
    c.scope = r.string(script, "scope", "package.script.");

    const QJsonObject scores = r.object(root, "scores", {});
    c.score = r.number(scores, "score", "scores.", 0);
    c.dB = r.number(scores, "d_b", "scores.", 2);
    c.dM = r.number(scores, "d_m", "scores.", 2);
    c.cluster = r.integer(scores, "cluster", "scores.", -1);
    c.rank = r.integer(scores, "rank", "scores.", 0);
    c.batch = r.integer(scores, "batch", "scores.", 0);
    c.batchName = r.string(scores, "batchName", "scores.");

    for (const QJsonValue &value : r.array(root, "nearestKnown", {})) {
        if (!value.isObject()) {
            r.fail({}, "nearestKnown", CaseFileText::tr("expected a list of objects"));
            break;
        }
        const QJsonObject n = value.toObject();
        c.nearestKnown.append({r.string(n, "name", "nearestKnown[]."), r.string(n, "version", "nearestKnown[]."),
                               r.string(n, "archive", "nearestKnown[]."), r.string(n, "script", "nearestKnown[]."),
                               r.string(n, "scriptSha256", "nearestKnown[].")});
    }

    if (root.contains(QLatin1String("campaign"))) {
        const QJsonObject campaign = r.object(root, "campaign", {});
        CampaignInfo info;
        info.link = r.string(campaign, "link", "campaign.");
        info.family = r.string(campaign, "family", "campaign.");
        for (const QJsonValue &value : r.array(campaign, "members", "campaign.")) {
            if (!value.isObject()) {
                r.fail("campaign.", "members", CaseFileText::tr("expected a list of objects"));
                break;
            }
            const QJsonObject m = value.toObject();
            info.members.append(
                {r.string(m, "name", "campaign.members[]."), r.string(m, "version", "campaign.members[]."),
                 r.string(m, "archiveSha256", "campaign.members[]."), r.string(m, "script", "campaign.members[]."),
                 r.integer(m, "rank", "campaign.members[].", 0)});
        }
        c.campaign = std::move(info);
    }

    const QString verdict = r.string(root, "verdict", {});
    if (const auto parsed = parseVerdict(verdict.isEmpty() ? QStringLiteral("undecided") : verdict))
        c.verdict = *parsed;
    else
        r.fail({}, "verdict", CaseFileText::tr("unknown verdict \"%1\"").arg(verdict));
    c.notes = r.string(root, "notes", {});
    for (const QJsonValue &tag : r.array(root, "tags", {})) {
        if (!tag.isString()) {
            r.fail({}, "tags", CaseFileText::tr("expected a list of text"));
            break;
        }
        c.tags.append(tag.toString());
    }
    for (const QJsonValue &value : r.array(root, "evidence", {})) {
        if (!value.isObject()) {
            r.fail({}, "evidence", CaseFileText::tr("expected a list of objects"));
            break;
        }
        const QJsonObject e = value.toObject();
        Evidence item{r.string(e, "script", "evidence[]."), r.integer(e, "firstLine", "evidence[].", 1),
                      r.integer(e, "lastLine", "evidence[].", 1), r.string(e, "comment", "evidence[].")};
        if (item.firstLine < 1 || item.lastLine < item.firstLine)
            r.fail("evidence[].", "lastLine",
                   CaseFileText::tr("invalid line range %1-%2").arg(item.firstLine).arg(item.lastLine));
        c.evidence.append(item);
    }
    c.analyst = r.string(root, "analyst", {});
    c.created = r.time(root, "created", {});
    c.modified = r.time(root, "modified", {});
    if (!r.error.isEmpty()) return {std::nullopt, CaseFileText::tr("the case file is damaged: %1").arg(r.error)};
    return {std::move(c), {}};
}

QString saveCaseFile(const CaseFile &caseFile, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return CaseFileText::tr("cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(caseToJson(caseFile)).toJson(QJsonDocument::Indented));
    if (!file.commit()) return CaseFileText::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

CaseLoadResult loadCaseFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, CaseFileText::tr("cannot open %1: %2").arg(path, file.errorString())};
    constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    if (file.size() > kMaxBytes) return {std::nullopt, CaseFileText::tr("%1 is too large for a case file").arg(path)};
    CaseLoadResult result = caseFromJson(file.readAll());
    if (!result.caseFile) result.error = QStringLiteral("%1: %2").arg(path, result.error);
    return result;
}

} // namespace mph::app
