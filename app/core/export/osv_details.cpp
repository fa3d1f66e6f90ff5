#include "osv_details.h"

#include "script_lines.h"
#include "suspicious_calls.h"
#include "trigger.h"

#include <algorithm>

namespace mph::app {

namespace {

QString verdictSentence(const CaseFile &c) {
    const QString who = c.analyst.isEmpty() ? QStringLiteral("an analyst") : c.analyst;
    switch (c.verdict) {
    case Verdict::Malicious:
        return QStringLiteral("%1 %2 was reviewed by %3 with MPHunter Workbench and found malicious.")
            .arg(c.name, c.version, who);
    case Verdict::Suspicious:
        return QStringLiteral("%1 %2 was reviewed by %3 with MPHunter Workbench and found suspicious.")
            .arg(c.name, c.version, who);
    case Verdict::Benign:
    case Verdict::Undecided:
        break;
    }
    return QStringLiteral("%1 %2 was reviewed by %3 with MPHunter Workbench (verdict: %4).")
        .arg(c.name, c.version, who, verdictKey(c.verdict));
}

// "os.system (lines 4,9), exec (line 12)": each call with the first three places it is made at; a place outside the
// script names its file: "requests.post (pkg-1.0/pkg/_hooks.py:3)", "exec (line 2; pkg-1.0/setup.py (layer 1):3)".
QString callsWithLines(const QStringList &calls, const QList<CallSite> &sites) {
    QStringList parts;
    for (const QString &call : calls) {
        QList<int> lines;
        QStringList elsewhere;
        for (const CallSite &site : sites) {
            if (site.name != call || lines.size() + elsewhere.size() >= 3) continue;
            if (site.file.isEmpty() && !lines.contains(site.line)) lines.append(site.line);
            if (!site.file.isEmpty() && !elsewhere.contains(callPlace(site))) elsewhere.append(callPlace(site));
        }
        if (lines.isEmpty() && elsewhere.isEmpty()) {
            parts.append(call);
            continue;
        }
        QStringList places;
        if (!lines.isEmpty()) {
            QStringList numbers;
            for (int line : lines)
                numbers.append(QString::number(line));
            places.append(QStringLiteral("line%1 %2")
                              .arg(lines.size() > 1 ? QStringLiteral("s") : QString(), numbers.join(u',')));
        }
        places.append(elsewhere);
        parts.append(QStringLiteral("%1 (%2)").arg(call, places.join(QStringLiteral("; "))));
    }
    return parts.join(QStringLiteral(", "));
}

QString whatItDoes(const CaseFile &c, const CaseContext &context) {
    QStringList names;
    for (const CallSite &site : context.calls)
        names.append(site.name);
    const QList<BehaviourCalls> behaviours = behavioursOf(names);
    if (behaviours.isEmpty()) {
        if (context.size == 0) return QStringLiteral("%1 makes no API calls.").arg(c.scriptPath);
        return {};
    }
    QStringList clauses;
    for (const BehaviourCalls &b : behaviours)
        clauses.append(
            QStringLiteral("%1: %2").arg(behaviourPhrase(b.behaviour), callsWithLines(b.calls, context.calls)));
    return QStringLiteral("What the code does: %1 %2.").arg(c.scriptPath, clauses.join(QStringLiteral("; ")));
}

QString sharedWithKnown(const CaseFile &c, const CaseContext &context) {
    if (context.rareSharedCalls.isEmpty()) return {};
    QString sentence = QStringLiteral("API calls that are rare in benign packages and shared with known malware");
    if (!c.nearestKnown.isEmpty())
        sentence +=
            QStringLiteral(" (nearest known malicious script: %1 %2, %3)")
                .arg(c.nearestKnown.first().name, c.nearestKnown.first().version, c.nearestKnown.first().scriptPath);
    return sentence + QStringLiteral(": ") + callsWithLines(context.rareSharedCalls, context.calls) + u'.';
}

QString evidenceBlock(const CaseFile &c, const CaseContext &context) {
    if (c.evidence.isEmpty()) return {};
    const QStringList lines = scriptLines(context.scriptText);
    QStringList out{QStringLiteral("Evidence:")};
    for (const Evidence &e : c.evidence) {
        const QString range = e.firstLine == e.lastLine
                                  ? QStringLiteral("line %1").arg(e.firstLine)
                                  : QStringLiteral("lines %1-%2").arg(e.firstLine).arg(e.lastLine);
        QString head = QStringLiteral("- %1, %2").arg(e.script.isEmpty() ? c.scriptPath : e.script, range);
        if (!e.comment.isEmpty()) head += QStringLiteral(": ") + e.comment;
        out.append(head);
        const bool sameScript = e.script.isEmpty() || e.script == c.scriptPath;
        // Lines of a file or decoded layer the script runs, where the scan kept its text.
        const QStringList otherLines = sameScript ? QStringList() : scriptLines(context.sourceTexts.value(e.script));
        const QStringList &shown = sameScript ? lines : otherLines;
        const int last = std::min<int>(e.lastLine, std::min<int>(e.firstLine + 19, static_cast<int>(shown.size())));
        for (int n = std::max(1, e.firstLine); n <= last; ++n)
            out.append(QStringLiteral("    %1: %2").arg(n).arg(plainDisplayLine(shown[n - 1])));
    }
    return out.join(u'\n');
}

// The score as the ranking that produced it computed it: its formula and its terms (ranking/score_formula.h).
QString rankingSentence(const CaseFile &c, const CaseContext &context) {
    QString sentence = QStringLiteral("MPHunter ranking: rank %1 of its batch").arg(c.rank);
    if (!c.batchName.isEmpty()) sentence += QStringLiteral(" (%1)").arg(c.batchName);
    sentence += QStringLiteral(", %1 scope, score %2").arg(c.scope).arg(c.score, 0, 'f', 4);
    const ScoreFormula &formula = context.formula;
    if (formula.terms.empty()) {
        sentence += QStringLiteral(" (d_b %1, d_m %2), ").arg(c.dB, 0, 'f', 4).arg(c.dM, 0, 'f', 4);
    } else {
        QStringList terms;
        for (const ScoreTerm &term : formula.terms)
            terms << QStringLiteral("%1 %2").arg(QString::fromStdString(term.symbol)).arg(term.value, 0, 'f', 4);
        sentence += QStringLiteral(" = %1 with %2, ")
                        .arg(QString::fromUtf8(formula.formula.data(), static_cast<qsizetype>(formula.formula.size())),
                             terms.join(QStringLiteral(", ")));
    }
    sentence += c.cluster < 0 ? QStringLiteral("an outlier of the clustering.")
                              : QStringLiteral("in cluster %1.").arg(c.cluster);
    return sentence;
}

} // namespace

QString osvDetails(const CaseFile &c, const CaseContext &context) {
    QStringList paragraphs{verdictSentence(c)};
    paragraphs.append(triggerSentence(triggerOf(c.scriptPath, c.scope, context.scriptText), c.scriptPath));
    for (const QString &part : {whatItDoes(c, context), sharedWithKnown(c, context), evidenceBlock(c, context)})
        if (!part.isEmpty()) paragraphs.append(part);
    if (!c.notes.trimmed().isEmpty()) paragraphs.append(QStringLiteral("Analyst notes:\n") + c.notes.trimmed());
    if (!c.tags.isEmpty()) paragraphs.append(QStringLiteral("Tags: ") + c.tags.join(QStringLiteral(", ")) + u'.');
    if (c.rank > 0) paragraphs.append(rankingSentence(c, context));
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace mph::app
