#include "history_database.h"

#include "demo_corpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#ifndef MPH_VERSION
#define MPH_VERSION "unknown"
#endif

namespace mph::app {
namespace {

// PRAGMA application_id of our files: "MPHh". SQLite files of other programs carry theirs, or 0.
constexpr quint32 kApplicationId = 0x4D504868;
// Bound values per IN list: SQLite allows 32766, but short statements keep its planner and our memory modest.
constexpr int kChunk = 400;
// A stored features blob claims its uncompressed size; more than this is damage, not a package.
constexpr quint32 kMaxFeaturesBytes = 256u << 20;

QString untouched(const QString &path, const QString &reason) {
    return QStringLiteral("%1 %2; it was left untouched").arg(QDir::toNativeSeparators(path), reason);
}

QString foreignReason() {
    return QStringLiteral("is not an MPHunter history (another application's SQLite database)");
}

quint32 bigEndian32(const QByteArray &bytes, int at) {
    quint32 value = 0;
    for (int k = 0; k < 4; ++k)
        value = (value << 8) | static_cast<quint8>(bytes[at + k]);
    return value;
}

quint32 bigEndian16(const QByteArray &bytes, int at) {
    return (quint32(static_cast<quint8>(bytes[at])) << 8) | static_cast<quint8>(bytes[at + 1]);
}

// Decides from the file's first bytes alone, before SQLite opens it (SQLite may write to a file it opens: a hot
// journal rolled back, a WAL checkpointed, a journal mode switched), whether it may be ours. Empty: go on.
QString checkHeader(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists()) return {};
    if (!info.isFile()) return untouched(path, QStringLiteral("is not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return untouched(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    if (file.size() == 0) return {}; // made by an earlier open that stopped before creating the tables
    const QByteArray head = file.read(108);
    static constexpr char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                        'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    if (head.size() < 108 || std::memcmp(head.constData(), kMagic, sizeof kMagic) != 0)
        return untouched(path, QStringLiteral("is not an SQLite database"));
    // The fields SQLite itself insists on (fileformat2.html, "The Database Header").
    const quint32 pageSize = bigEndian16(head, 16);
    const bool pageSizeValid =
        pageSize == 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) == 0);
    const auto version = [&](int at) { return head[at] == 1 || head[at] == 2; };
    if (!pageSizeValid || !version(18) || !version(19) || head[21] != 64 || head[22] != 32 || head[23] != 32)
        return untouched(path, QStringLiteral("is not an SQLite database (its header is damaged)"));
    if (file.size() % (pageSize == 1 ? 65536 : pageSize) != 0) // SQLite files are whole pages
        return untouched(path, QStringLiteral("is not an SQLite database (it ends in the middle of a page)"));
    const quint32 applicationId = bigEndian32(head, 68);
    const quint32 userVersion = bigEndian32(head, 60);
    if (applicationId == kApplicationId) {
        if (userVersion > quint32(HistoryDatabase::kSchemaVersion))
            return untouched(path, QStringLiteral("is an MPHunter history of a newer schema (version %1; this program "
                                                  "reads up to version %2)")
                                       .arg(userVersion)
                                       .arg(HistoryDatabase::kSchemaVersion));
        return {};
    }
    if (applicationId != 0 || userVersion != 0) return untouched(path, foreignReason());
    // No application id: ours only when it holds no table yet. Page 1 is the schema table's b-tree; an empty one is a
    // leaf (0x0D) without cells.
    if (static_cast<quint8>(head[100]) != 0x0D || bigEndian16(head, 103) != 0) return untouched(path, foreignReason());
    return {};
}

QString iso(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString qs(const std::string &text) {
    return QString::fromStdString(text);
}

QString normalised(const QString &name) {
    return qs(normalisedProjectName(name.toStdString()));
}

QString sqlProblem(const QSqlQuery &query) {
    const QSqlError e = query.lastError();
    return e.text().trimmed().isEmpty() ? QStringLiteral("unknown SQLite error") : e.text().trimmed();
}

// Runs one statement; false with `problem` set.
bool run(QSqlDatabase &db, const QString &sql, QString *problem) {
    QSqlQuery query(db);
    if (query.exec(sql)) return true;
    if (problem) *problem = sqlProblem(query);
    return false;
}

bool runPrepared(QSqlQuery &query, QString *problem) {
    if (query.exec()) return true;
    if (problem) *problem = sqlProblem(query);
    return false;
}

// "?,?,?" for `count` values.
QString placeholders(qsizetype count, const QString &one = QStringLiteral("?")) {
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list.append(one);
    return list.join(QLatin1Char(','));
}

// The schema, one function per version: each takes a database of the version before to its own, inside the caller's
// transaction. Never edit a released step; add the next one.
bool migrateToVersion1(QSqlDatabase &db, QString *problem) {
    const char *const statements[] = {
        "CREATE TABLE runs(id INTEGER PRIMARY KEY, started_utc TEXT NOT NULL, tool_version TEXT NOT NULL, "
        "batches TEXT NOT NULL)",
        // One row per archive (by its bytes). features: the PackageFeatures of the last scan, qCompress'ed
        // encodePackageFeatures bytes of format features_format.
        "CREATE TABLE archives(sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, normalised_name TEXT NOT NULL, "
        "version TEXT NOT NULL, path TEXT NOT NULL, first_seen_utc TEXT NOT NULL, last_seen_utc TEXT NOT NULL, "
        "first_run INTEGER NOT NULL REFERENCES runs(id), last_run INTEGER NOT NULL REFERENCES runs(id), "
        "features_format INTEGER NOT NULL DEFAULT 0, features BLOB)",
        "CREATE INDEX archives_by_project ON archives(normalised_name, version)",
        // Judged archives' bytes, apart from the archives table so that its scans never page through them.
        "CREATE TABLE archive_copies(sha256 TEXT PRIMARY KEY REFERENCES archives(sha256), bytes BLOB NOT NULL)",
        "CREATE TABLE sightings(run_id INTEGER NOT NULL REFERENCES runs(id), "
        "sha256 TEXT NOT NULL REFERENCES archives(sha256), batch TEXT NOT NULL, scope TEXT NOT NULL, "
        "best_rank INTEGER NOT NULL, best_score REAL NOT NULL, flagged INTEGER NOT NULL, "
        "PRIMARY KEY(run_id, sha256, batch, scope))",
        "CREATE INDEX sightings_by_archive ON sightings(sha256)",
        "CREATE TABLE verdicts(id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES archives(sha256), "
        "name TEXT NOT NULL, normalised_name TEXT NOT NULL, version TEXT NOT NULL, verdict TEXT NOT NULL, "
        "analyst TEXT NOT NULL, note TEXT NOT NULL, case_file TEXT NOT NULL, at_utc TEXT NOT NULL)",
        "CREATE INDEX verdicts_by_archive ON verdicts(sha256, at_utc)",
        "CREATE INDEX verdicts_by_project ON verdicts(normalised_name, version, at_utc)",
    };
    for (const char *sql : statements)
        if (!run(db, QString::fromLatin1(sql), problem)) return false;
    return true;
}

using Migration = bool (*)(QSqlDatabase &, QString *);
constexpr Migration kMigrations[] = {migrateToVersion1}; // kMigrations[v - 1] takes version v - 1 to v
static_assert(std::size(kMigrations) == std::size_t(HistoryDatabase::kSchemaVersion));

const QStringList &tablesOfCurrentSchema() {
    static const QStringList tables{QStringLiteral("archive_copies"), QStringLiteral("archives"),
                                    QStringLiteral("runs"), QStringLiteral("sightings"), QStringLiteral("verdicts")};
    return tables;
}

struct Identity {
    quint32 applicationId = 0, userVersion = 0;
    QStringList tables;
};

bool readIdentity(QSqlDatabase &db, Identity &identity, QString *problem) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto failed = [&] {
        *problem = sqlProblem(query);
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) return failed();
    identity.applicationId = static_cast<quint32>(query.value(0).toLongLong());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) return failed();
    identity.userVersion = static_cast<quint32>(query.value(0).toLongLong());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) return failed();
    identity.tables.clear();
    while (query.next())
        identity.tables.append(query.value(0).toString());
    return true;
}

// Empty when the database may be used (and migrated); else why not, for untouched().
QString judgeIdentity(const Identity &identity) {
    if (identity.applicationId == kApplicationId) {
        if (identity.userVersion > quint32(HistoryDatabase::kSchemaVersion))
            return QStringLiteral("is an MPHunter history of a newer schema (version %1; this program reads up to "
                                  "version %2)")
                .arg(identity.userVersion)
                .arg(HistoryDatabase::kSchemaVersion);
        // Our migrations set the id and the version in the transaction that makes the tables.
        if (identity.userVersion == 0 && !identity.tables.isEmpty())
            return QStringLiteral("is a damaged MPHunter history (tables without a schema version)");
        if (identity.userVersion == quint32(HistoryDatabase::kSchemaVersion))
            for (const QString &table : tablesOfCurrentSchema())
                if (!identity.tables.contains(table))
                    return QStringLiteral("is a damaged MPHunter history (table %1 is missing)").arg(table);
        return {};
    }
    if (identity.applicationId == 0 && identity.userVersion == 0 && identity.tables.isEmpty()) return {};
    return foreignReason();
}

VerdictRecord verdictFrom(const QSqlQuery &query, int first = 0) {
    VerdictRecord record;
    record.archiveSha256 = query.value(first).toString();
    record.name = query.value(first + 1).toString();
    record.version = query.value(first + 2).toString();
    record.verdict = parseVerdict(query.value(first + 3).toString()).value_or(Verdict::Undecided);
    record.analyst = query.value(first + 4).toString();
    record.note = query.value(first + 5).toString();
    record.caseFile = query.value(first + 6).toString();
    record.at = fromIso(query.value(first + 7).toString());
    return record;
}

const QString kVerdictColumns =
    QStringLiteral("sha256, name, version, verdict, analyst, note, case_file, at_utc"); // verdictFrom's order

// qCompress'ed bytes back, refusing a claimed size no package has (qUncompress would allocate it first).
std::optional<QByteArray> uncompressed(const QByteArray &blob) {
    if (blob.size() < 4 || bigEndian32(blob, 0) > kMaxFeaturesBytes) return std::nullopt;
    QByteArray bytes = qUncompress(blob);
    if (bytes.isEmpty()) return std::nullopt;
    return bytes;
}

std::optional<PackageFeatures> decodeStored(const QByteArray &blob, int format, QString *problem) {
    if (format != int(kFeatureFormatVersion)) {
        if (problem)
            *problem = QStringLiteral("features of format %1, expected %2").arg(format).arg(kFeatureFormatVersion);
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = uncompressed(blob);
    if (!bytes) {
        if (problem) *problem = QStringLiteral("corrupt package features");
        return std::nullopt;
    }
    PackageFeatures features;
    std::string why;
    if (!decodePackageFeatures(std::string_view(bytes->constData(), std::size_t(bytes->size())), features, why)) {
        if (problem) *problem = qs(why);
        return std::nullopt;
    }
    return features;
}

// The package as the history keeps it: what the scan analysed of it, texts dropped. A script the run did not analyse
// (out of its --scope) has no entry and is left out: the features hold what this run saw, no more.
PackageFeatures featuresOf(const ScanResult &result, std::uint32_t packageIndex,
                           const std::vector<std::uint32_t> &entries) {
    const Package &package = result.packages[packageIndex];
    PackageFeatures features;
    Package &kept = features.package;
    kept.source = package.source;
    kept.name = package.name;
    kept.version = package.version;
    kept.format = package.format;
    kept.sha256 = package.sha256;
    kept.bytes = package.bytes;
    kept.root = package.root;
    kept.caps = package.caps;
    std::vector<std::uint32_t> ordered = entries;
    std::sort(ordered.begin(), ordered.end(),
              [&](std::uint32_t a, std::uint32_t b) { return result.scripts[a].script < result.scripts[b].script; });
    std::uint32_t previous = std::numeric_limits<std::uint32_t>::max();
    for (std::uint32_t e : ordered) {
        const ScriptEntry &entry = result.scripts[e];
        if (entry.script == previous || entry.script >= package.scripts.size()) continue;
        previous = entry.script;
        Script script = package.scripts[entry.script];
        script.text.clear();
        kept.scripts.push_back(std::move(script));
        CallSequence sequence = result.sequenceOf(entry);
        sequence.calls = result.callsOf(entry); // this script's own places, not those of the sequence's first script
        if (!entry.sources.empty()) sequence.sources = entry.sources;
        features.sequences.push_back(std::move(sequence));
    }
    return features;
}

// The archive's bytes at `path` when they are still those of `sha256` (lowercase hex) and not over the cap.
std::optional<QByteArray> archiveBytesAt(const QString &path, const QString &sha256) {
    QByteArray bytes;
    if (path.startsWith(QLatin1String("demo:"))) { // the embedded demo corpus has no file to read
        const std::string wanted = path.mid(5).toStdString();
        for (const DemoFile &file : demoCorpus())
            if (file.path == wanted) bytes = QByteArray(file.bytes.data(), qsizetype(file.bytes.size()));
    } else {
        QFile file(path);
        if (path.isEmpty() || file.size() > HistoryDatabase::kMaxArchiveCopyBytes || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        bytes = file.read(HistoryDatabase::kMaxArchiveCopyBytes + 1);
    }
    if (bytes.isEmpty() || bytes.size() > HistoryDatabase::kMaxArchiveCopyBytes) return std::nullopt;
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256)
        return std::nullopt;
    return bytes;
}

// The archive's extension from the path it was scanned at, else from its first bytes: the reader picks its format
// by it (a wheel is a zip with a .whl name).
QString archiveExtension(const QString &path, const QByteArray &bytes) {
    const QString lower = path.toLower();
    for (const char *ext : {".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tar", ".whl", ".egg", ".zip"})
        if (lower.endsWith(QLatin1String(ext))) return QString::fromLatin1(ext + 1);
    if (bytes.startsWith("\x1f\x8b")) return QStringLiteral("tar.gz");
    if (bytes.startsWith("BZh")) return QStringLiteral("tar.bz2");
    if (bytes.startsWith("\xfd"
                         "7zXZ"))
        return QStringLiteral("tar.xz");
    if (bytes.startsWith("PK")) return QStringLiteral("zip");
    return QStringLiteral("tar");
}

// PEP 440, enough to order the releases of one project: [N!]release[{a|b|rc}N][.postN][.devN][+local]. Empty when
// the text is not such a version.
struct VersionKey {
    quint64 epoch = 0;
    std::vector<quint64> release;
    int phase = 3; // -1: dev of the release, 0 a, 1 b, 2 rc, 3 final
    quint64 phaseNumber = 0;
    qint64 post = -1;
    quint64 dev = std::numeric_limits<quint64>::max(); // no dev part sorts after every dev part
    auto tuple() const { return std::tie(epoch, release, phase, phaseNumber, post, dev); }
    bool operator<(const VersionKey &other) const { return tuple() < other.tuple(); }
};

std::optional<VersionKey> parseVersion(const QString &text) {
    const std::string v = text.trimmed().toLower().toStdString();
    std::size_t at = 0;
    const auto number = [&](quint64 &out) {
        if (at >= v.size() || !std::isdigit(static_cast<unsigned char>(v[at]))) return false;
        out = 0;
        for (; at < v.size() && std::isdigit(static_cast<unsigned char>(v[at])); ++at)
            out = std::min<quint64>(out * 10 + quint64(v[at] - '0'), std::numeric_limits<quint64>::max() / 20);
        return true;
    };
    const auto word = [&](std::initializer_list<const char *> words) -> int {
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::string w = words.begin()[k];
            if (v.compare(at, w.size(), w) == 0) return at += w.size(), int(k);
        }
        return -1;
    };
    const auto separator = [&] {
        if (at < v.size() && (v[at] == '.' || v[at] == '-' || v[at] == '_')) ++at;
    };
    VersionKey key;
    if (at < v.size() && v[at] == 'v') ++at;
    quint64 first = 0;
    if (!number(first)) return std::nullopt;
    if (at < v.size() && v[at] == '!') {
        key.epoch = first;
        ++at;
        if (!number(first)) return std::nullopt;
    }
    key.release.push_back(first);
    while (at + 1 < v.size() && v[at] == '.' && std::isdigit(static_cast<unsigned char>(v[at + 1]))) {
        ++at;
        quint64 part = 0;
        number(part);
        key.release.push_back(part);
    }
    while (key.release.size() > 1 && key.release.back() == 0) // 1.0 == 1.0.0
        key.release.pop_back();
    std::size_t mark = at;
    separator();
    static const int kPhaseOf[] = {0, 0, 1, 1, 2, 2, 2, 2};
    if (const int w = word({"alpha", "a", "beta", "b", "rc", "c", "preview", "pre"}); w >= 0) {
        key.phase = kPhaseOf[w];
        separator();
        number(key.phaseNumber);
        mark = at;
        separator();
    } else {
        at = mark;
        separator();
    }
    if (word({"post", "rev", "r"}) >= 0) {
        separator();
        quint64 post = 0;
        number(post);
        key.post = qint64(post);
        mark = at;
        separator();
    } else if (at > mark && v[at - 1] == '-' && at < v.size() && std::isdigit(static_cast<unsigned char>(v[at]))) {
        quint64 post = 0; // 1.0-1: an implicit post release
        number(post);
        key.post = qint64(post);
        mark = at;
        separator();
    }
    if (word({"dev"}) >= 0) {
        separator();
        key.dev = 0;
        number(key.dev);
        if (key.phase == 3 && key.post < 0) key.phase = -1; // 1.0.dev1 comes before 1.0a1
        mark = at;
    }
    at = mark;
    if (at < v.size() && v[at] == '+') at = v.size(); // a local version does not order releases
    if (at != v.size()) return std::nullopt;
    return key;
}

} // namespace

HistoryDatabase::HistoryDatabase(QString connectionName, QString path)
    : connection_(std::move(connectionName)), path_(std::move(path)) {}

HistoryDatabase::~HistoryDatabase() {
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

QString HistoryDatabase::path() const {
    return path_;
}

QString HistoryDatabase::defaultPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("history.sqlite"));
}

QSqlDatabase HistoryDatabase::database() const {
    return QSqlDatabase::database(connection_, false);
}

QString HistoryDatabase::failure(const QString &what, const QString &problem) const {
    return QStringLiteral("history %1: %2: %3").arg(QDir::toNativeSeparators(path_), what, problem);
}

std::unique_ptr<HistoryDatabase> HistoryDatabase::open(const QString &file, QString *error) {
    const auto fail = [&](const QString &message) {
        if (error) *error = message;
        return std::unique_ptr<HistoryDatabase>();
    };
    if (file.isEmpty()) return fail(QStringLiteral("no history file given"));
    const QString path = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo::exists(path) && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("%1: cannot create its folder").arg(QDir::toNativeSeparators(path)));
    if (const QString refused = checkHeader(path); !refused.isEmpty()) return fail(refused);

    static std::atomic<quint64> instances{0};
    const QString connection = QStringLiteral("mph_history_%1").arg(++instances);
    std::unique_ptr<HistoryDatabase> history(new HistoryDatabase(connection, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    if (!db.isValid()) return fail(QStringLiteral("%1: Qt's SQLite driver (QSQLITE) is not available").arg(path));
    db.setDatabaseName(path);
    // A GUI and a CLI may share the file: a writer waits for the other's transaction rather than failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(untouched(path, QStringLiteral("cannot be opened (%1)").arg(db.lastError().text().trimmed())));

    // Read-only checks first: nothing is written to a file that is not ours.
    Identity identity;
    QString problem;
    if (!readIdentity(db, identity, &problem))
        return fail(untouched(path, QStringLiteral("cannot be read as an SQLite database (%1)").arg(problem)));
    if (const QString refused = judgeIdentity(identity); !refused.isEmpty()) return fail(untouched(path, refused));

    if (identity.userVersion < quint32(kSchemaVersion)) {
        // Migrated before the switch to WAL: a migration that fails in rollback-journal mode leaves the bytes as found.
        // IMMEDIATE: two programs creating the file at once take turns, and the second finds it migrated.
        if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), &problem))
            return fail(QStringLiteral("%1: cannot start the schema migration (%2)").arg(path, problem));
        bool ok = readIdentity(db, identity, &problem);
        if (ok) {
            if (const QString refused = judgeIdentity(identity); !refused.isEmpty()) {
                run(db, QStringLiteral("ROLLBACK"), nullptr);
                return fail(untouched(path, refused));
            }
        }
        for (quint32 v = identity.userVersion; ok && v < quint32(kSchemaVersion); ++v)
            ok = kMigrations[v](db, &problem);
        ok = ok && run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), &problem) &&
             run(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), &problem) &&
             run(db, QStringLiteral("COMMIT"), &problem);
        if (!ok) {
            run(db, QStringLiteral("ROLLBACK"), nullptr);
            return fail(QStringLiteral("%1: the schema migration failed (%2)").arg(path, problem));
        }
    }
    // WAL: readers and a writer of two programs do not block each other, and a killed writer's partial transaction is
    // never seen. synchronous=NORMAL: with WAL a commit survives the process being killed (the OS keeps the written
    // pages); only a power cut can lose the last commits, never corrupt the file.
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !mode.next())
        return fail(QStringLiteral("%1: cannot switch to write-ahead logging (%2)").arg(path, sqlProblem(mode)));
    if (mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qWarning("history %s: journal mode is %s, not WAL (the file system may not support it): a GUI and a CLI "
                 "will wait for each other",
                 qPrintable(path), qPrintable(mode.value(0).toString()));
    mode.finish();
    if (!run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &problem) ||
        !run(db, QStringLiteral("PRAGMA foreign_keys = ON"), &problem) ||
        !run(db, QStringLiteral("PRAGMA busy_timeout = 10000"), &problem))
        return fail(QStringLiteral("%1: cannot configure the connection (%2)").arg(path, problem));
    return history;
}

bool HistoryDatabase::recordScan(const ScanResult &result, QString *error, const QDateTime &when) {
    // Gathered before the transaction: encoding and compressing features is the slow part, and the file is not
    // locked meanwhile.
    struct Sighting {
        std::uint32_t bestRank = std::numeric_limits<std::uint32_t>::max();
        double bestScore = 0;
        bool flagged = false;
    };
    struct Archive {
        std::uint32_t package = 0;
        QByteArray features;
        std::map<std::pair<QString, QString>, Sighting> sightings; // (batch, scope)
    };
    std::map<std::string, Archive> archives; // by sha256
    std::vector<const std::string *> shaOfPackage(result.packages.size(), nullptr);
    for (std::uint32_t p = 0; p < result.packages.size(); ++p) {
        const bool remembered = p < result.packageRemembered.size() && result.packageRemembered[p];
        // Directories have no archive sha256: nothing identifies them across runs (their files change in place), so
        // the history cannot say "seen before" of them or keep them for a verdict.
        if (p >= result.packageRoles.size() || result.packageRoles[p] != Role::Batch || remembered ||
            result.packages[p].sha256.empty())
            continue;
        const auto [it, added] = archives.try_emplace(result.packages[p].sha256);
        if (added) it->second.package = p; // a copy of the same bytes found twice is one archive
        shaOfPackage[p] = &it->first;
    }
    std::vector<std::vector<std::uint32_t>> entriesOf(result.packages.size());
    for (std::uint32_t e = 0; e < result.scripts.size(); ++e)
        if (result.scripts[e].package < result.packages.size()) entriesOf[result.scripts[e].package].push_back(e);
    for (const RankedScript &ranked : result.ranking) {
        if (ranked.entry >= result.scripts.size()) continue;
        const ScriptEntry &entry = result.scripts[ranked.entry];
        if (entry.package >= shaOfPackage.size() || !shaOfPackage[entry.package]) continue;
        const QString batch = ranked.batch < result.batchNames.size() ? qs(result.batchNames[ranked.batch]) : QString();
        Sighting &s =
            archives[*shaOfPackage[entry.package]].sightings[{batch, qs(std::string(scopeName(entry.scope)))}];
        if (ranked.rank < s.bestRank) {
            s.bestRank = ranked.rank;
            s.bestScore = ranked.score;
        }
        s.flagged = s.flagged || ranked.flagged;
    }
    for (auto &[sha, archive] : archives) {
        const std::string bytes =
            encodePackageFeatures(featuresOf(result, archive.package, entriesOf[archive.package]));
        archive.features = qCompress(reinterpret_cast<const uchar *>(bytes.data()), qsizetype(bytes.size()));
    }

    QSqlDatabase db = database();
    QString problem;
    const auto fail = [&] {
        run(db, QStringLiteral("ROLLBACK"), nullptr);
        if (error) *error = failure(QStringLiteral("recording the scan failed"), problem);
        return false;
    };
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), &problem)) return fail();
    QJsonArray batches;
    for (const std::string &name : result.batchNames)
        batches.append(qs(name));
    const QString at = iso(when);
    QSqlQuery insertRun(db);
    insertRun.prepare(QStringLiteral("INSERT INTO runs(started_utc, tool_version, batches) VALUES(?, ?, ?)"));
    insertRun.addBindValue(at);
    insertRun.addBindValue(QStringLiteral(MPH_VERSION));
    insertRun.addBindValue(QString::fromUtf8(QJsonDocument(batches).toJson(QJsonDocument::Compact)));
    if (!runPrepared(insertRun, &problem)) return fail();
    const qint64 runId = insertRun.lastInsertId().toLongLong();

    // first_seen keeps the earliest time and last_seen the latest, so runs recorded out of order (a replayed day)
    // keep both right.
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO archives(sha256, name, normalised_name, version, path, first_seen_utc, last_seen_utc, first_run, "
        "last_run, features_format, features) "
        "VALUES(?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(sha256) DO UPDATE SET name = excluded.name, normalised_name = excluded.normalised_name, "
        "version = excluded.version, path = excluded.path, "
        "first_run = CASE WHEN excluded.first_seen_utc < first_seen_utc THEN excluded.first_run ELSE first_run END, "
        "first_seen_utc = min(first_seen_utc, excluded.first_seen_utc), "
        "last_run = CASE WHEN excluded.last_seen_utc >= last_seen_utc THEN excluded.last_run ELSE last_run END, "
        "last_seen_utc = max(last_seen_utc, excluded.last_seen_utc), "
        "features_format = excluded.features_format, features = excluded.features"));
    QSqlQuery insertSighting(db);
    insertSighting.prepare(QStringLiteral("INSERT INTO sightings(run_id, sha256, batch, scope, best_rank, best_score, "
                                          "flagged) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &[sha, archive] : archives) {
        const Package &package = result.packages[archive.package];
        const QString sha256 = qs(sha);
        const QVariant values[] = {sha256,
                                   qs(package.name),
                                   qs(normalisedProjectName(package.name)),
                                   qs(package.version),
                                   qs(package.source),
                                   at,
                                   at,
                                   runId,
                                   runId,
                                   int(kFeatureFormatVersion),
                                   archive.features};
        for (int k = 0; k < int(std::size(values)); ++k)
            upsert.bindValue(k, values[k]);
        if (!runPrepared(upsert, &problem)) return fail();
        for (const auto &[key, sighting] : archive.sightings) {
            const QVariant row[] = {runId,
                                    sha256,
                                    key.first,
                                    key.second,
                                    qint64(sighting.bestRank),
                                    sighting.bestScore,
                                    sighting.flagged ? 1 : 0};
            for (int k = 0; k < int(std::size(row)); ++k)
                insertSighting.bindValue(k, row[k]);
            if (!runPrepared(insertSighting, &problem)) return fail();
        }
    }
    if (!run(db, QStringLiteral("COMMIT"), &problem)) return fail();
    lastRecordedRun_ = runId;
    return true;
}

QHash<QString, ArchiveHistory> HistoryDatabase::lookup(const ScanResult &result, QString *error) const {
    QHash<QString, ArchiveHistory> out;
    QStringList shas;
    QHash<QString, std::pair<QString, QString>> identityOf; // sha256 -> (normalised name, version)
    for (std::size_t p = 0; p < result.packages.size(); ++p) {
        const bool remembered = p < result.packageRemembered.size() && result.packageRemembered[p];
        const Package &package = result.packages[p];
        if (p >= result.packageRoles.size() || result.packageRoles[p] != Role::Batch || remembered ||
            package.sha256.empty())
            continue;
        const QString sha = qs(package.sha256);
        if (out.contains(sha)) continue;
        out.insert(sha, ArchiveHistory{});
        shas.append(sha);
        identityOf.insert(sha, {qs(normalisedProjectName(package.name)), qs(package.version)});
    }
    if (shas.isEmpty()) return out;

    QSqlDatabase db = database();
    QString problem;
    // One read transaction: the three queries see one state of the file even while another program writes.
    const bool inTransaction = run(db, QStringLiteral("BEGIN"), &problem);
    const auto report = [&](const QSqlQuery &query) {
        if (error) *error = failure(QStringLiteral("reading what it knows of the batch failed"), sqlProblem(query));
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QHash<QString, VerdictRecord> latestBySha;
    for (qsizetype from = 0; from < shas.size(); from += kChunk) {
        const QStringList chunk = shas.mid(from, kChunk);
        query.prepare(QStringLiteral("SELECT sha256, first_seen_utc, first_run FROM archives WHERE sha256 IN (%1)")
                          .arg(placeholders(chunk.size())));
        for (const QString &sha : chunk)
            query.addBindValue(sha);
        if (!query.exec()) {
            report(query);
            break;
        }
        while (query.next()) {
            ArchiveHistory &history = out[query.value(0).toString()];
            history.firstSeen = fromIso(query.value(1).toString()).date();
            // The run this instance recorded is "now", not "before": lookup may come after recordScan.
            history.seenBefore = query.value(2).toLongLong() != lastRecordedRun_;
        }
        query.prepare(QStringLiteral("SELECT %1 FROM verdicts WHERE sha256 IN (%2) ORDER BY at_utc, id")
                          .arg(kVerdictColumns, placeholders(chunk.size())));
        for (const QString &sha : chunk)
            query.addBindValue(sha);
        if (!query.exec()) {
            report(query);
            break;
        }
        while (query.next()) {
            VerdictRecord record = verdictFrom(query);
            latestBySha.insert(record.archiveSha256, std::move(record)); // ordered by time: the last one stays
        }
    }
    // The rest by name==version: a verdict on another archive of the same release (an sdist judged, its wheel here).
    QList<std::pair<QString, QString>> identities;
    QSet<std::pair<QString, QString>> seen;
    for (const QString &sha : shas)
        if (!latestBySha.contains(sha) && !seen.contains(identityOf[sha])) {
            seen.insert(identityOf[sha]);
            identities.append(identityOf[sha]);
        }
    QHash<std::pair<QString, QString>, VerdictRecord> latestByIdentity;
    for (qsizetype from = 0; from < identities.size(); from += kChunk) {
        const auto chunk = identities.mid(from, kChunk);
        query.prepare(QStringLiteral("SELECT normalised_name, %1 FROM verdicts WHERE (normalised_name, version) IN "
                                     "(VALUES %2) ORDER BY at_utc, id")
                          .arg(kVerdictColumns, placeholders(chunk.size(), QStringLiteral("(?, ?)"))));
        for (const auto &[name, version] : chunk) {
            query.addBindValue(name);
            query.addBindValue(version);
        }
        if (!query.exec()) {
            report(query);
            break;
        }
        while (query.next()) {
            VerdictRecord record = verdictFrom(query, 1);
            latestByIdentity.insert({query.value(0).toString(), record.version}, std::move(record));
        }
    }
    query.finish();
    if (inTransaction) run(db, QStringLiteral("COMMIT"), nullptr);
    for (const QString &sha : shas) {
        ArchiveHistory &history = out[sha];
        if (const auto it = latestBySha.constFind(sha); it != latestBySha.constEnd())
            history.verdict = it.value();
        else if (const auto byName = latestByIdentity.constFind(identityOf[sha]); byName != latestByIdentity.constEnd())
            history.verdict = byName.value();
    }
    return out;
}

bool HistoryDatabase::addVerdicts(const QList<VerdictRecord> &verdicts, QString *error) {
    if (verdicts.isEmpty()) return true;
    QSqlDatabase db = database();
    QString problem;
    QString what = QStringLiteral("recording the verdicts failed");
    const auto fail = [&] {
        run(db, QStringLiteral("ROLLBACK"), nullptr);
        if (error) *error = failure(what, problem);
        return false;
    };
    // One transaction for all: a campaign judged in one action is recorded whole or not at all.
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), &problem)) return fail();
    QSqlQuery find(db);
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO verdicts(sha256, name, normalised_name, version, verdict, analyst, note, "
                       "case_file, at_utc) VALUES(?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, "
                       "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?)")); // a null QString binds NULL
    QSqlQuery hasCopy(db);
    hasCopy.prepare(QStringLiteral("SELECT 1 FROM archive_copies WHERE sha256 = ?"));
    QSqlQuery keepCopy(db);
    keepCopy.prepare(QStringLiteral("INSERT INTO archive_copies(sha256, bytes) VALUES(?, ?)"));
    for (const VerdictRecord &verdict : verdicts) {
        const QString sha = verdict.archiveSha256.trimmed().toLower();
        if (!sha.isEmpty()) {
            find.prepare(QStringLiteral("SELECT sha256, name, version, path FROM archives WHERE sha256 = ?"));
            find.addBindValue(sha);
        } else {
            find.prepare(
                QStringLiteral("SELECT sha256, name, version, path FROM archives WHERE normalised_name = ? AND "
                               "version = ? ORDER BY last_seen_utc DESC LIMIT 1"));
            find.addBindValue(normalised(verdict.name));
            find.addBindValue(verdict.version.trimmed());
        }
        if (!runPrepared(find, &problem)) return fail();
        if (!find.next()) {
            what = QStringLiteral("no verdict was recorded");
            problem = sha.isEmpty() ? QStringLiteral("it has never scanned %1==%2 (a verdict needs a package the "
                                                     "history has seen)")
                                          .arg(verdict.name, verdict.version)
                                    : QStringLiteral("it has never scanned an archive with sha256 %1 (a verdict needs "
                                                     "a package the history has seen)")
                                          .arg(sha);
            return fail();
        }
        const QString archiveSha = find.value(0).toString();
        const QString name = find.value(1).toString();
        const QString version = find.value(2).toString();
        const QString archivePath = find.value(3).toString();
        find.finish();
        const QDateTime at = verdict.at.isValid() ? verdict.at : QDateTime::currentDateTimeUtc();
        const QVariant values[] = {
            archiveSha,      name,         normalised(name), version, verdictKey(verdict.verdict),
            verdict.analyst, verdict.note, verdict.caseFile, iso(at)};
        for (int k = 0; k < int(std::size(values)); ++k)
            insert.bindValue(k, values[k]);
        if (!runPrepared(insert, &problem)) return fail();
        // Judged packages teach later runs; their archive is kept so that they still can after the file moved.
        if (verdict.verdict == Verdict::Malicious || verdict.verdict == Verdict::Benign) {
            hasCopy.bindValue(0, archiveSha);
            if (!runPrepared(hasCopy, &problem)) return fail();
            const bool kept = hasCopy.next();
            hasCopy.finish();
            if (!kept) {
                if (const std::optional<QByteArray> bytes = archiveBytesAt(archivePath, archiveSha)) {
                    keepCopy.bindValue(0, archiveSha);
                    keepCopy.bindValue(1, *bytes);
                    if (!runPrepared(keepCopy, &problem)) return fail();
                }
            }
        }
    }
    if (!run(db, QStringLiteral("COMMIT"), &problem)) return fail();
    return true;
}

std::optional<VerdictRecord> HistoryDatabase::latestVerdict(const QString &archiveSha256) const {
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM verdicts WHERE sha256 = ? ORDER BY at_utc DESC, id DESC LIMIT 1")
                      .arg(kVerdictColumns));
    query.addBindValue(archiveSha256.trimmed().toLower());
    if (!query.exec()) {
        qWarning("%s", qPrintable(failure(QStringLiteral("reading a verdict failed"), sqlProblem(query))));
        return std::nullopt;
    }
    if (!query.next()) return std::nullopt;
    return verdictFrom(query);
}

std::optional<VerdictRecord> HistoryDatabase::latestVerdict(const QString &name, const QString &version) const {
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM verdicts WHERE normalised_name = ? AND version = ? "
                                 "ORDER BY at_utc DESC, id DESC LIMIT 1")
                      .arg(kVerdictColumns));
    query.addBindValue(normalised(name));
    query.addBindValue(version.trimmed());
    if (!query.exec()) {
        qWarning("%s", qPrintable(failure(QStringLiteral("reading a verdict failed"), sqlProblem(query))));
        return std::nullopt;
    }
    if (!query.next()) return std::nullopt;
    return verdictFrom(query);
}

QList<VerdictRecord> HistoryDatabase::verdictHistory(const QString &archiveSha256) const {
    QList<VerdictRecord> out;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM verdicts WHERE sha256 = ? ORDER BY at_utc, id").arg(kVerdictColumns));
    query.addBindValue(archiveSha256.trimmed().toLower());
    if (!query.exec())
        qWarning("%s", qPrintable(failure(QStringLiteral("reading verdicts failed"), sqlProblem(query))));
    while (query.next())
        out.append(verdictFrom(query));
    return out;
}

std::map<QString, Verdict> HistoryDatabase::latestVerdicts(QString *problem) const {
    std::map<QString, Verdict> latest;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sha256, verdict FROM verdicts ORDER BY sha256, at_utc, id"))) {
        if (problem) *problem = sqlProblem(query);
        return latest;
    }
    while (query.next()) {
        // An unknown key (a newer program's) is no verdict this one can act on.
        const std::optional<Verdict> verdict = parseVerdict(query.value(1).toString());
        latest[query.value(0).toString()] = verdict.value_or(Verdict::Undecided);
    }
    return latest;
}

std::vector<RememberedPackage> HistoryDatabase::rememberedPackages(QStringList *problems) const {
    std::vector<RememberedPackage> out;
    QString problem;
    const std::map<QString, Verdict> latest = latestVerdicts(&problem);
    if (!problem.isEmpty() && problems) problems->append(failure(QStringLiteral("reading verdicts failed"), problem));
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT name, version, path, features_format, features FROM archives WHERE sha256 = ?"));
    for (const auto &[sha, verdict] : latest) {
        if (verdict != Verdict::Malicious && verdict != Verdict::Benign) continue;
        query.addBindValue(sha);
        if (!query.exec() || !query.next()) {
            if (problems)
                problems->append(
                    failure(QStringLiteral("archive %1 is judged but not recorded").arg(sha),
                            query.lastError().isValid() ? sqlProblem(query) : QStringLiteral("no row in archives")));
            continue;
        }
        const QString name = query.value(0).toString(), version = query.value(1).toString();
        const QString path = query.value(2).toString();
        RememberedPackage remembered;
        remembered.role = verdict == Verdict::Malicious ? Role::Known : Role::Background;
        remembered.sha256 = sha.toStdString();
        QString why;
        remembered.features = decodeStored(query.value(4).toByteArray(), query.value(3).toInt(), &why);
        query.finish();
        if (remembered.features) {
            remembered.features->package.source = path.toStdString();
        } else if (const std::optional<QByteArray> copy = archiveCopy(sha)) {
            remembered.archive = copy->toStdString();
            remembered.archiveName =
                QStringLiteral("%1-%2.%3").arg(name, version, archiveExtension(path, *copy)).toStdString();
        } else {
            if (problems)
                problems->append(QStringLiteral("%1 %2 (sha256 %3), judged %4: the history keeps neither usable "
                                                "features (%5) nor a copy of its archive")
                                     .arg(name, version, sha, verdictKey(verdict), why));
            continue;
        }
        out.push_back(std::move(remembered));
    }
    return out;
}

std::vector<std::string> HistoryDatabase::maliciousProjects() const {
    std::set<std::string> projects;
    QString problem;
    const std::map<QString, Verdict> latest = latestVerdicts(&problem);
    if (!problem.isEmpty()) qWarning("%s", qPrintable(failure(QStringLiteral("reading verdicts failed"), problem)));
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT normalised_name FROM archives WHERE sha256 = ?"));
    for (const auto &[sha, verdict] : latest) {
        if (verdict != Verdict::Malicious) continue;
        query.addBindValue(sha);
        if (query.exec() && query.next()) projects.insert(query.value(0).toString().toStdString());
        query.finish();
    }
    return {projects.begin(), projects.end()};
}

QList<EarlierVersion> HistoryDatabase::earlierVersions(const QString &name, const QString &version) const {
    struct Candidate {
        EarlierVersion earlier;
        std::optional<VersionKey> key;
    };
    std::vector<Candidate> candidates;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.sha256, a.name, a.version, a.path, a.last_seen_utc, "
                                 "EXISTS(SELECT 1 FROM archive_copies c WHERE c.sha256 = a.sha256) FROM archives a "
                                 "WHERE a.normalised_name = ? AND a.version <> ?"));
    query.addBindValue(normalised(name));
    query.addBindValue(version.trimmed());
    if (!query.exec())
        qWarning("%s", qPrintable(failure(QStringLiteral("reading earlier versions failed"), sqlProblem(query))));
    while (query.next()) {
        Candidate c;
        c.earlier.archiveSha256 = query.value(0).toString();
        c.earlier.name = query.value(1).toString();
        c.earlier.version = query.value(2).toString();
        c.earlier.archivePath = query.value(3).toString();
        c.earlier.lastSeen = fromIso(query.value(4).toString());
        c.earlier.hasArchiveCopy = query.value(5).toBool();
        c.key = parseVersion(c.earlier.version);
        candidates.push_back(std::move(c));
    }
    query.finish();
    const std::optional<VersionKey> current = parseVersion(version);
    if (current) // later releases are no "earlier version"; versions that do not parse cannot be told apart
        std::erase_if(candidates, [&](const Candidate &c) { return c.key && !(*c.key < *current); });
    // Newest release first; versions that do not compare after them, most recently seen first.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.key.has_value() != b.key.has_value()) return a.key.has_value();
        if (a.key && (*a.key < *b.key || *b.key < *a.key)) return *b.key < *a.key;
        return a.earlier.lastSeen > b.earlier.lastSeen;
    });
    QList<EarlierVersion> out;
    for (Candidate &c : candidates) {
        if (const std::optional<VerdictRecord> verdict = latestVerdict(c.earlier.archiveSha256))
            c.earlier.verdict = verdict->verdict;
        out.append(std::move(c.earlier));
    }
    return out;
}

std::optional<QByteArray> HistoryDatabase::archiveCopy(const QString &archiveSha256) const {
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT bytes FROM archive_copies WHERE sha256 = ?"));
    query.addBindValue(archiveSha256.trimmed().toLower());
    if (!query.exec() || !query.next()) return std::nullopt;
    return query.value(0).toByteArray();
}

std::optional<PackageFeatures> HistoryDatabase::features(const QString &archiveSha256) const {
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT features_format, features, path FROM archives WHERE sha256 = ?"));
    query.addBindValue(archiveSha256.trimmed().toLower());
    if (!query.exec() || !query.next()) return std::nullopt;
    std::optional<PackageFeatures> features =
        decodeStored(query.value(1).toByteArray(), query.value(0).toInt(), nullptr);
    if (features) features->package.source = query.value(2).toString().toStdString();
    return features;
}

int applyMemory(const QHash<QString, ArchiveHistory> &archives, ScanResult &result) {
    result.packageMemory.assign(result.packages.size(), {});
    QSet<QString> batchArchives;
    int fresh = 0;
    for (std::size_t p = 0; p < result.packages.size(); ++p) {
        if (result.packageRoles[p] != Role::Batch) continue;
        const Package &package = result.packages[p];
        // A folder has no sha256: the history cannot know it, so it is new every time.
        const QString key =
            package.sha256.empty() ? QString::fromStdString(package.source) : QString::fromStdString(package.sha256);
        const auto it = archives.constFind(key);
        const bool firstTime = !batchArchives.contains(key);
        batchArchives.insert(key);
        if (firstTime && (it == archives.constEnd() || !it->seenBefore)) ++fresh;
        if (it == archives.constEnd()) continue;
        PackageMemory &memory = result.packageMemory[p];
        memory.seenBefore = it->seenBefore;
        if (it->firstSeen.isValid()) memory.firstSeen = it->firstSeen.toString(Qt::ISODate).toStdString();
        if (it->verdict) memory.priorVerdict = verdictKey(it->verdict->verdict).toStdString();
    }
    return fresh;
}

} // namespace mph::app
