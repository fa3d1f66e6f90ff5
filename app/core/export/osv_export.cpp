#include "osv_export.h"

#include "osv_details.h"
#include "pypi_name.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace mph::app {

namespace {

struct OsvExport {
    Q_DECLARE_TR_FUNCTIONS(OsvExport)
};

QJsonObject scoresOf(const OsvCase &oc) {
    const CaseFile &c = oc.caseFile;
    QJsonObject scores{{"script", c.scriptPath},
                       {"scope", c.scope},
                       {"score", c.score},
                       {"d_b", c.dB},
                       {"d_m", c.dM},
                       {"rank", c.rank},
                       {"cluster", c.cluster},
                       {"batch", c.batchName},
                       {"verdict", verdictKey(c.verdict)},
                       {"archive_sha256", c.archiveSha256},
                       {"script_sha256", c.scriptSha256}};
    if (oc.context.valid) {
        scores.insert("beta", oc.context.beta);
        scores.insert("w_b", oc.context.wB);
        scores.insert("size", oc.context.size);
    }
    if (!c.nearestKnown.isEmpty()) {
        const KnownNeighbour &n = c.nearestKnown.first();
        scores.insert("nearest_known", QJsonObject{{"name", n.name},
                                                   {"version", n.version},
                                                   {"script", n.scriptPath},
                                                   {"script_sha256", n.scriptSha256}});
    }
    if (!c.tags.isEmpty()) scores.insert("tags", QJsonArray::fromStringList(c.tags));
    return scores;
}

QString archiveFileName(const QString &archivePath) {
    return archivePath.section(u'/', -1);
}

// URLs the analyst wrote in the notes become WEB references.
QStringList urlsIn(const QString &text) {
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s<>"')\]]+)"));
    QStringList urls;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        QString found = it.next().captured(0);
        while (found.endsWith(u'.') || found.endsWith(u','))
            found.chop(1);
        if (!urls.contains(found)) urls.append(found);
    }
    return urls;
}

void appendUnique(QJsonArray &array, const QJsonValue &value) {
    if (!array.contains(value)) array.append(value);
}

QJsonObject buildRecord(const QList<const OsvCase *> &cases, const OsvOptions &options) {
    const CaseFile &first = cases.first()->caseFile;
    const QString name = normalizePypiName(first.name);
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    QDateTime published, modified;
    QJsonArray versions, references, credits, evidenceFiles, integrity, scores;
    Indicators iocs; // of every case of the record, first-seen order
    QStringList details;
    for (const OsvCase *oc : cases) {
        const CaseFile &c = oc->caseFile;
        const QDateTime created = c.created.isValid() ? c.created : now;
        const QDateTime changed = c.modified.isValid() ? c.modified : now;
        if (!published.isValid() || created < published) published = created;
        if (!modified.isValid() || changed > modified) modified = changed;
        if (!c.version.isEmpty()) appendUnique(versions, c.version);
        appendUnique(references, QJsonObject{{"type", "PACKAGE"}, {"url", pypiReleaseUrl(c.name, c.version)}});
        for (const QString &url : urlsIn(c.notes))
            appendUnique(references, QJsonObject{{"type", "WEB"}, {"url", url}});
        if (!c.analyst.isEmpty()) appendUnique(credits, QJsonObject{{"name", c.analyst}, {"type", "ANALYST"}});
        if (!c.scriptSha256.isEmpty())
            appendUnique(evidenceFiles, QJsonObject{{"path", c.scriptPath}, {"sha256", c.scriptSha256}});
        if (!c.archiveSha256.isEmpty())
            appendUnique(integrity, QJsonObject{{"filename", archiveFileName(c.archivePath)},
                                                {"hashes", QJsonObject{{"sha256", c.archiveSha256}}}});
        details.append(osvDetails(c, oc->context));
        mergeIndicators(iocs, oc->context.indicators.all);
        scores.append(scoresOf(*oc));
    }
    if (published > modified) published = modified;

    QJsonObject affectedSpecific{
        {"cwes", QJsonArray{QJsonObject{{"cweId", "CWE-506"},
                                        {"name", "Embedded Malicious Code"},
                                        {"description", "The product contains code that appears to be malicious "
                                                        "in nature."}}}}};
    QJsonObject indicators;
    if (!evidenceFiles.isEmpty()) indicators.insert("evidence_files", evidenceFiles);
    if (!integrity.isEmpty()) indicators.insert("package_integrity", integrity);
    if (!indicators.isEmpty()) affectedSpecific.insert("indicators", indicators);

    QJsonObject affected{{"package", QJsonObject{{"ecosystem", "PyPI"}, {"name", name}, {"purl", pypiPurl(name)}}},
                         {"versions", versions},
                         {"database_specific", affectedSpecific}};

    QJsonObject record{{"schema_version", kOsvSchemaVersion}, {"published", rfc3339(published)},
                       {"modified", rfc3339(modified)},       {"details", details.join(QStringLiteral("\n\n---\n\n"))},
                       {"affected", QJsonArray{affected}},    {"references", references}};
    if (!credits.isEmpty()) record.insert("credits", credits);
    QJsonObject databaseSpecific;
    if (!options.forSubmission)
        databaseSpecific.insert("mphunter", QJsonObject{{"tool", "MPHunter Workbench"}, {"scripts", scores}});
    // The malicious-packages schema additions: iocs.domains, iocs.urls, iocs.ip_addresses, each only when not empty.
    QJsonObject iocObject;
    const auto insertList = [&iocObject](const char *key, const std::vector<std::string> &values) {
        QJsonArray array;
        for (const std::string &value : values)
            array.append(QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())));
        if (!array.isEmpty()) iocObject.insert(QLatin1String(key), array);
    };
    insertList("domains", iocs.domains);
    insertList("urls", iocs.urls);
    insertList("ip_addresses", iocs.ipAddresses);
    if (!iocObject.isEmpty()) databaseSpecific.insert("iocs", iocObject);
    if (!databaseSpecific.isEmpty()) record.insert("database_specific", databaseSpecific);
    return record;
}

} // namespace

QString rfc3339(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QList<QJsonObject> osvRecords(const QList<OsvCase> &cases, const OsvOptions &options) {
    QStringList order;
    QHash<QString, QList<const OsvCase *>> byName;
    for (const OsvCase &oc : cases) {
        const QString key = normalizePypiName(oc.caseFile.name);
        if (!byName.contains(key)) order.append(key);
        byName[key].append(&oc);
    }
    QList<QJsonObject> records;
    for (const QString &key : order)
        records.append(buildRecord(byName.value(key), options));
    return records;
}

QJsonObject osvRecord(const OsvCase &osvCase, const OsvOptions &options) {
    return buildRecord({&osvCase}, options);
}

QString saveOsvFile(const QList<QJsonObject> &records, const QString &path) {
    QJsonDocument document;
    if (records.size() == 1) {
        document.setObject(records.first());
    } else {
        QJsonArray array;
        for (const QJsonObject &record : records)
            array.append(record);
        document.setArray(array);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OsvExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(document.toJson(QJsonDocument::Indented));
    if (!file.commit())
        return OsvExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QStringList saveOsvTree(const QList<QJsonObject> &records, const QString &root, QString *error) {
    QStringList written;
    for (const QJsonObject &record : records) {
        const QJsonObject package = record.value("affected").toArray().first().toObject().value("package").toObject();
        const QString name = package.value("name").toString();
        const QJsonArray files = record.value("affected")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("database_specific")
                                     .toObject()
                                     .value("indicators")
                                     .toObject()
                                     .value("evidence_files")
                                     .toArray();
        const QString sha = files.isEmpty() ? QStringLiteral("0000000000000000")
                                            : files.first().toObject().value("sha256").toString().left(16);
        const QString folder = QDir(root).filePath(QStringLiteral("osv/malicious/pypi/") + name);
        if (name.isEmpty() || name.contains(u'/') || !QDir().mkpath(folder)) {
            if (error) *error = OsvExport::tr("Cannot create the folder for package '%1' under %2").arg(name, root);
            return written;
        }
        const QString path = QDir(folder).filePath(QStringLiteral("MAL-0000-mphunter-%1.json").arg(sha));
        const QString problem = saveOsvFile({record}, path);
        if (!problem.isEmpty()) {
            if (error) *error = problem;
            return written;
        }
        written.append(path);
    }
    if (error) error->clear();
    return written;
}

} // namespace mph::app
