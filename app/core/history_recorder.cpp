#include "history_recorder.h"

#include <QCoreApplication>

namespace mph::app {

namespace {
// A class context, so that lupdate files the strings under the context the runtime looks them up in.
struct HistoryRecorderText {
    Q_DECLARE_TR_FUNCTIONS(HistoryRecorderText)
};
} // namespace

VerdictRecord verdictRecordFor(const CaseFile &caseFile, const QString &caseFilePath, const QString &analyst) {
    VerdictRecord record;
    record.archiveSha256 = caseFile.archiveSha256.trimmed().toLower();
    record.name = caseFile.name;
    record.version = caseFile.version;
    record.verdict = caseFile.verdict;
    record.analyst = caseFile.analyst.trimmed().isEmpty() ? analyst : caseFile.analyst.trimmed();
    record.note = caseFile.notes;
    record.caseFile = caseFilePath;
    record.at = QDateTime::currentDateTimeUtc();
    return record;
}

HistoryRecorder::HistoryRecorder(QObject *parent) : QObject(parent) {}

HistoryRecorder::~HistoryRecorder() = default;

void HistoryRecorder::setPath(const QString &path) {
    if (path == path_) return;
    database_.reset();
    path_ = path;
}

HistoryDatabase *HistoryRecorder::database(QString *problem) {
    if (path_.isEmpty()) {
        *problem = HistoryRecorderText::tr("no history file is set");
        return nullptr;
    }
    if (!database_) database_ = HistoryDatabase::open(path_, problem);
    return database_.get();
}

QString HistoryRecorder::recordAll(const QList<VerdictRecord> &verdicts) {
    QString problem;
    HistoryDatabase *history = database(&problem);
    if (!history || !history->addVerdicts(verdicts, &problem)) return problem;
    for (const VerdictRecord &verdict : verdicts)
        emit recorded(verdict);
    return {};
}

QString HistoryRecorder::record(const VerdictRecord &verdict) {
    QString problem;
    if (HistoryDatabase *history = database(&problem)) {
        // Cases are also put back into the book when a case file or workspace is opened: a verdict the history
        // already holds as the latest for that archive is not written twice, and "undecided" is no news.
        const std::optional<VerdictRecord> latest = verdict.archiveSha256.isEmpty()
                                                        ? history->latestVerdict(verdict.name, verdict.version)
                                                        : history->latestVerdict(verdict.archiveSha256);
        if (latest ? latest->verdict == verdict.verdict : verdict.verdict == Verdict::Undecided) return {};
        if (!history->addVerdicts({verdict}, &problem) && problem.isEmpty())
            problem = HistoryRecorderText::tr("history %1: the verdict was not written").arg(path_);
    }
    if (!problem.isEmpty()) {
        const QString subject =
            verdict.archiveSha256.isEmpty()
                ? QStringLiteral("%1 %2").arg(verdict.name, verdict.version)
                : QStringLiteral("%1 %2 (%3)").arg(verdict.name, verdict.version, verdict.archiveSha256.left(12));
        const QString message =
            HistoryRecorderText::tr("The verdict on %1 is not in the history: %2").arg(subject, problem);
        emit failed(message);
        return message;
    }
    emit recorded(verdict);
    return {};
}

} // namespace mph::app
