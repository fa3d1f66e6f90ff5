#include "case_book.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace mph::app {

QString caseKey(const CaseFile &caseFile) {
    return caseFile.archivePath + QLatin1Char('|') + caseFile.scriptPath;
}

QString autosavePathFor(const QString &caseFilePath) {
    return caseFilePath + QStringLiteral(".autosave");
}

CaseBook::CaseBook(QString autosaveFolder, QObject *parent)
    : QObject(parent), autosaveFolder_(std::move(autosaveFolder)) {
    timer_.setInterval(30'000);
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &CaseBook::autosaveNow);
}

QString CaseBook::autosaveFileFor(const QString &key) const {
    const QString path = paths_.value(key);
    if (!path.isEmpty()) return autosavePathFor(path);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(autosaveFolder_).filePath(QString::fromLatin1(hash) + QStringLiteral(".mphcase.autosave"));
}

void CaseBook::insert(const QString &key, CaseFile caseFile, bool unsaved) {
    const Verdict verdict = caseFile.verdict;
    cases_.insert(key, std::move(caseFile));
    if (unsaved)
        unsaved_.insert(key);
    else
        unsaved_.remove(key);
    emit caseChanged(key);
    emit verdictChanged(key, verdict);
}

CaseFile CaseBook::ensureCase(const QString &key, const CaseFile &seed, bool *recovered) {
    if (recovered) *recovered = false;
    if (const auto found = cases_.constFind(key); found != cases_.constEnd()) return *found;
    const QString autosave = autosaveFileFor(key);
    if (QFileInfo::exists(autosave)) {
        CaseLoadResult loaded = loadCaseFile(autosave);
        if (loaded.caseFile && caseKey(*loaded.caseFile) == key) {
            if (recovered) *recovered = true;
            insert(key, *loaded.caseFile, true);
            return *loaded.caseFile;
        }
    }
    CaseFile fresh = seed;
    if (!fresh.created.isValid()) fresh.created = QDateTime::currentDateTimeUtc();
    cases_.insert(key, fresh);
    return fresh;
}

void CaseBook::updateCase(const QString &key, CaseFile caseFile) {
    caseFile.modified = QDateTime::currentDateTimeUtc();
    if (!caseFile.created.isValid()) caseFile.created = caseFile.modified;
    const bool verdictChange = cases_.value(key).verdict != caseFile.verdict || !cases_.contains(key);
    cases_.insert(key, std::move(caseFile));
    unsaved_.insert(key);
    pendingAutosave_.insert(key);
    if (!timer_.isActive()) timer_.start();
    emit caseChanged(key);
    if (verdictChange) emit verdictChanged(key, cases_.value(key).verdict);
}

QString CaseBook::restore(const CaseFile &caseFile, bool *recovered) {
    if (recovered) *recovered = false;
    const QString key = caseKey(caseFile);
    CaseFile chosen = caseFile;
    // Reopening a workspace after a crash must not put the workspace's older copy over newer autosaved edits (the
    // next autosave would then overwrite them): the newer of the two wins, as in open().
    if (const QString autosave = autosaveFileFor(key); QFileInfo::exists(autosave)) {
        CaseLoadResult newer = loadCaseFile(autosave);
        if (newer.caseFile && caseKey(*newer.caseFile) == key && newer.caseFile->modified > caseFile.modified) {
            chosen = std::move(*newer.caseFile);
            if (recovered) *recovered = true;
        }
    }
    insert(key, std::move(chosen), true);
    pendingAutosave_.insert(key);
    if (!timer_.isActive()) timer_.start();
    return key;
}

QString CaseBook::save(const QString &key, const QString &path) {
    const auto found = cases_.constFind(key);
    if (found == cases_.constEnd()) return tr("no case to save");
    const QString previousAutosave = autosaveFileFor(key);
    if (QString error = saveCaseFile(*found, path); !error.isEmpty()) return error;
    paths_.insert(key, path);
    unsaved_.remove(key);
    pendingAutosave_.remove(key);
    QFile::remove(previousAutosave);
    QFile::remove(autosaveFileFor(key));
    emit caseChanged(key);
    return {};
}

CaseLoadResult CaseBook::open(const QString &path, bool *recovered) {
    if (recovered) *recovered = false;
    CaseLoadResult loaded = loadCaseFile(path);
    if (!loaded.caseFile) return loaded;
    bool useAutosave = false;
    const QString autosave = autosavePathFor(path);
    if (QFileInfo::exists(autosave)) {
        CaseLoadResult newer = loadCaseFile(autosave);
        if (newer.caseFile && caseKey(*newer.caseFile) == caseKey(*loaded.caseFile) &&
            newer.caseFile->modified > loaded.caseFile->modified) {
            loaded = std::move(newer);
            useAutosave = true;
        }
    }
    if (recovered) *recovered = useAutosave;
    const QString key = caseKey(*loaded.caseFile);
    paths_.insert(key, path);
    insert(key, *loaded.caseFile, useAutosave);
    return loaded;
}

void CaseBook::autosaveNow() {
    const QSet<QString> pending = std::exchange(pendingAutosave_, {});
    for (const QString &key : pending) {
        if (!unsaved_.contains(key) || !cases_.contains(key)) continue;
        const QString path = autosaveFileFor(key);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (const QString error = saveCaseFile(cases_.value(key), path); !error.isEmpty()) emit autosaveFailed(error);
    }
}

} // namespace mph::app
