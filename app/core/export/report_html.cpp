#include "report_html.h"

#include "code_font.h"
#include "script_lines.h"
#include "suspicious_calls.h"
#include "trigger.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace mph::app {

namespace {

struct CaseReport {
    Q_DECLARE_TR_FUNCTIONS(CaseReport)
};

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString number(double value) {
    return QString::number(value, 'f', 4);
}

QString row(const QString &label, const QString &valueHtml) {
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
}

QString mono(const QString &text) {
    return QStringLiteral("<code>%1</code>").arg(esc(text));
}

QString timeText(const QDateTime &time) {
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString verdictColor(Verdict verdict) {
    switch (verdict) {
    case Verdict::Malicious:
        return QStringLiteral("#f4b6b6");
    case Verdict::Suspicious:
        return QStringLiteral("#ffe0a8");
    case Verdict::Benign:
        return QStringLiteral("#c8ecc8");
    case Verdict::Undecided:
        break;
    }
    return QStringLiteral("#e4e4e4");
}

QString identitySection(const CaseFile &c) {
    QString html =
        QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">\n").arg(esc(CaseReport::tr("Package")));
    html += row(CaseReport::tr("Name"), esc(c.name));
    html += row(CaseReport::tr("Version"), esc(c.version));
    html += row(CaseReport::tr("Archive"), mono(c.archivePath));
    html += row(CaseReport::tr("Archive SHA-256"), mono(c.archiveSha256));
    html += row(CaseReport::tr("Script"), mono(c.scriptPath));
    html += row(CaseReport::tr("Script SHA-256"), mono(c.scriptSha256));
    html += row(CaseReport::tr("Scope"), esc(c.scope));
    if (!c.batchName.isEmpty()) html += row(CaseReport::tr("Batch"), mono(c.batchName));
    if (!c.analyst.isEmpty()) html += row(CaseReport::tr("Analyst"), esc(c.analyst));
    if (c.created.isValid()) html += row(CaseReport::tr("Opened"), esc(timeText(c.created)));
    if (c.modified.isValid()) html += row(CaseReport::tr("Last changed"), esc(timeText(c.modified)));
    if (!c.tags.isEmpty()) html += row(CaseReport::tr("Tags"), esc(c.tags.join(QStringLiteral(", "))));
    return html + QStringLiteral("</table>\n");
}

QString termLabel(ScoreTermId id) {
    switch (id) {
    case ScoreTermId::DK:
        return CaseReport::tr("d_k (mean distance to the nearest benign scripts)");
    case ScoreTermId::DNB:
        return CaseReport::tr("d_nb (distance to the nearest benign script)");
    case ScoreTermId::DM:
        return CaseReport::tr("d_m (distance to known malware)");
    case ScoreTermId::Evidence:
        return CaseReport::tr("evidence (call evidence, known malware against the background)");
    case ScoreTermId::Rarity:
        return CaseReport::tr("rarity (how rare its rarest call is in the background)");
    case ScoreTermId::Capability:
        return CaseReport::tr("capability (how rare its rarest capability call is in the background)");
    case ScoreTermId::DB:
        return CaseReport::tr("d_b (distance to benign clusters)");
    case ScoreTermId::WB:
        return QStringLiteral("W_b = 0.5 − β");
    }
    return {};
}

// The terms and the formula of the ranking that produced the score (the scan's method), with the numbers plugged in
// so that they add up to the score shown. Without the scan, only what the case file keeps.
QString scoreSection(const CaseFile &c, const CaseContext &context) {
    QString html =
        QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">\n").arg(esc(CaseReport::tr("Scores")));
    html += row(CaseReport::tr("Rank in its batch"), QString::number(c.rank));
    html += row(CaseReport::tr("Score"), QStringLiteral("<b>%1</b>").arg(number(c.score)));
    if (!context.valid) {
        html += row(CaseReport::tr("d_b (distance to benign clusters)"), number(c.dB));
        html += row(CaseReport::tr("d_m (distance to known malware)"), number(c.dM));
        return html + QStringLiteral("</table>\n");
    }
    const ScoreFormula &f = context.formula;
    const QString method = QString::fromUtf8(rankingMethodName(f.method));
    html += row(CaseReport::tr("Ranking"),
                esc(f.withKnown ? method : CaseReport::tr("%1, without a known set").arg(method)));
    for (const ScoreTerm &term : f.terms)
        html += row(termLabel(term.id), number(term.value));
    html += row(CaseReport::tr("Size (API calls)"), QString::number(context.size));
    if (f.method != RankingMethod::Contrastive) html += row(QStringLiteral("β"), number(context.beta));
    html += row(CaseReport::tr("Formula"),
                mono(QString::fromUtf8(f.formula)) + QStringLiteral("<br>") + mono(QString::fromUtf8(f.worked)));
    return html + QStringLiteral("</table>\n");
}

// URLs, domains and IP addresses in the code's literals, decoded layers included, with where each was read.
QString indicatorsSection(const CaseContext &context) {
    if (context.indicators.empty()) return {};
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">\n")
                       .arg(esc(CaseReport::tr("Indicators of compromise")));
    for (const FoundIndicator &found : context.indicators.found)
        html +=
            QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td><td><small>%3</small></td></tr>\n")
                .arg(esc(indicatorKindLabel(found.kind)), mono(found.value),
                     esc(found.places.join(QStringLiteral(", "))));
    return html + QStringLiteral("</table>\n");
}

QString mapSection(const CaseFile &c, const CaseContext &context) {
    QString html = QStringLiteral("<h2>%1</h2><p>").arg(esc(CaseReport::tr("Place on the map")));
    html += c.cluster < 0 ? esc(CaseReport::tr("Outlier: in no cluster of its batch and the background."))
                          : esc(CaseReport::tr("In cluster %1 of its batch and the background.").arg(c.cluster));
    if (context.mapPosition)
        html += QStringLiteral(" ") + esc(CaseReport::tr("Map position: (%1, %2).")
                                              .arg(context.mapPosition->x(), 0, 'f', 3)
                                              .arg(context.mapPosition->y(), 0, 'f', 3));
    return html + QStringLiteral("</p>\n");
}

QString neighbourSection(const CaseFile &c) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(CaseReport::tr("Nearest known malicious scripts")));
    if (c.nearestKnown.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(CaseReport::tr("None (no known set).")));
    html += QStringLiteral("<ol>");
    for (const KnownNeighbour &n : c.nearestKnown)
        html += QStringLiteral("<li>%1 %2: %3 <small>%4</small></li>")
                    .arg(esc(n.name), esc(n.version), mono(n.scriptPath), mono(n.scriptSha256));
    return html + QStringLiteral("</ol>\n");
}

// A call's place outside the script: "pkg-1.0/pkg/_hooks.py:3", "pkg-1.0/setup.py (layer 2):1".
QString placeOf(const CallSite &site) {
    const QString file =
        site.layer > 0 ? CaseReport::tr("%1 (layer %2)").arg(site.file, QString::number(site.layer)) : site.file;
    return QStringLiteral("%1:%2").arg(file, QString::number(site.line));
}

QString behaviourSection(const CaseFile &c, const CaseContext &context) {
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(esc(CaseReport::tr("What the code does")));
    html += QStringLiteral("<li>%1</li>").arg(esc(triggerLabel(triggerOf(c.scriptPath, c.scope, context.scriptText))));
    QStringList names;
    for (const CallSite &site : context.calls)
        names.append(site.name);
    for (const BehaviourCalls &b : behavioursOf(names)) {
        QStringList calls;
        for (const QString &call : b.calls) {
            QStringList lines, elsewhere; // lines in the script; places in the files and layers it runs
            for (const CallSite &site : context.calls) {
                if (site.name != call || lines.size() + elsewhere.size() >= 5) continue;
                const QString place = site.file.isEmpty() ? QString::number(site.line) : placeOf(site);
                QStringList &list = site.file.isEmpty() ? lines : elsewhere;
                if (!list.contains(place)) list.append(place);
            }
            QStringList places;
            if (!lines.isEmpty()) places.append(esc(CaseReport::tr("line %1").arg(lines.join(u','))));
            for (const QString &place : elsewhere)
                places.append(mono(place));
            calls.append(mono(call) + QStringLiteral(" (") + places.join(QStringLiteral("; ")) + u')');
        }
        html +=
            QStringLiteral("<li>%1: %2</li>").arg(esc(behaviourLabel(b.behaviour)), calls.join(QStringLiteral(", ")));
    }
    if (!context.rareSharedCalls.isEmpty()) {
        QStringList calls;
        for (const QString &call : context.rareSharedCalls)
            calls.append(mono(call));
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(esc(CaseReport::tr("Rare in benign packages and shared with the nearest known script")),
                         calls.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</ul>\n");
}

QString notesSection(const CaseFile &c) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(CaseReport::tr("Notes")));
    if (c.notes.trimmed().isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>\n").arg(esc(CaseReport::tr("No notes.")));
    return html + QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>\n").arg(esc(c.notes.trimmed()));
}

// Evidence in a file or decoded layer the script runs, where the scan kept its text: its lines (the script's own
// evidence lines are highlighted in the script below).
QString linesElsewhere(const CaseFile &c, const Evidence &e, const CaseContext &context, const ReportOptions &options) {
    if (e.script.isEmpty() || e.script == c.scriptPath || !context.sourceTexts.contains(e.script)) return {};
    const QStringList lines = scriptLines(context.sourceTexts.value(e.script));
    const int last = std::min<int>(e.lastLine, std::min<int>(e.firstLine + 19, static_cast<int>(lines.size())));
    if (last < std::max(1, e.firstLine)) return {};
    const QString marker = QStringLiteral("[") + CaseReport::tr("%1 blanks") + QStringLiteral("]");
    QString html = QStringLiteral("<table class=\"script\" cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">\n");
    for (int n = std::max(1, e.firstLine); n <= last; ++n)
        html +=
            QStringLiteral("<tr bgcolor=\"%1\"><td align=\"right\" width=\"5%\" class=\"ln\">%2</td><td width=\"95%\" "
                           "class=\"code\">%3</td></tr>\n")
                .arg(QLatin1String(kEvidenceColor))
                .arg(n)
                .arg(esc(collapseBlankRuns(lines[n - 1].left(options.maxLineChars), 20, marker)));
    return html + QStringLiteral("</table>\n");
}

QString evidenceSection(const CaseFile &c, const CaseContext &context, const ReportOptions &options) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(CaseReport::tr("Evidence")));
    if (c.evidence.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>\n").arg(esc(CaseReport::tr("No evidence recorded.")));
    html += QStringLiteral("<ul>");
    for (const Evidence &e : c.evidence) {
        const QString range = e.firstLine == e.lastLine
                                  ? CaseReport::tr("line %1").arg(e.firstLine)
                                  : CaseReport::tr("lines %1–%2").arg(e.firstLine).arg(e.lastLine);
        html += QStringLiteral("<li>%1, %2%3%4</li>")
                    .arg(mono(e.script.isEmpty() ? c.scriptPath : e.script), esc(range),
                         e.comment.isEmpty() ? QString() : QStringLiteral(": ") + esc(e.comment),
                         linesElsewhere(c, e, context, options));
    }
    return html + QStringLiteral("</ul>\n");
}

bool isEvidenceLine(const CaseFile &c, int line) {
    for (const Evidence &e : c.evidence)
        if ((e.script.isEmpty() || e.script == c.scriptPath) && line >= e.firstLine && line <= e.lastLine) return true;
    return false;
}

QString scriptSection(const CaseFile &c, const CaseContext &context, const ReportOptions &options) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(CaseReport::tr("Script %1").arg(c.scriptPath)));
    if (context.scriptText.isEmpty())
        return html +
               QStringLiteral("<p><i>%1</i></p>\n").arg(esc(CaseReport::tr("The script's text is not available.")));
    html += QStringLiteral("<p><span style=\"background-color: %1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2</p>\n")
                .arg(QLatin1String(kEvidenceColor), esc(CaseReport::tr("evidence lines")));
    const QStringList lines = scriptLines(context.scriptText);
    const QString marker = QStringLiteral("\x01%1\x02");
    html += QStringLiteral("<table class=\"script\" cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">\n");
    const int shown = std::min<int>(static_cast<int>(lines.size()), options.maxScriptLines);
    for (int i = 0; i < shown; ++i) {
        QString text = lines[i];
        QString cut;
        if (text.size() > options.maxLineChars) {
            cut =
                CaseReport::tr("[… %n more characters]", nullptr, static_cast<int>(text.size() - options.maxLineChars));
            text.truncate(options.maxLineChars);
        }
        // Long blank runs (payloads pushed off screen) become a visible marker.
        QString body = esc(collapseBlankRuns(text, 20, marker));
        body.replace(QRegularExpression(QStringLiteral("\x01(\\d+)\x02")),
                     QStringLiteral("<span style=\"color:#b00000\"><i>[") +
                         esc(CaseReport::tr("%1 blanks").arg(QStringLiteral("\\1"))) + QStringLiteral("]</i></span>"));
        if (!cut.isEmpty()) body += QStringLiteral(" <span style=\"color:#b00000\"><i>%1</i></span>").arg(esc(cut));
        const bool evidence = isEvidenceLine(c, i + 1);
        html += QStringLiteral("<tr%1><td align=\"right\" width=\"5%\" class=\"ln\">%2</td><td width=\"95%\" "
                               "class=\"code\">%3</td></tr>\n")
                    .arg(evidence ? QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(kEvidenceColor)) : QString())
                    .arg(i + 1)
                    .arg(body.isEmpty() ? QStringLiteral("&nbsp;") : body);
    }
    html += QStringLiteral("</table>\n");
    if (shown < lines.size())
        html +=
            QStringLiteral("<p><i>%1</i></p>\n")
                .arg(esc(CaseReport::tr("%n more lines not shown.", nullptr, static_cast<int>(lines.size() - shown))));
    return html;
}

} // namespace

QString caseReportHtml(const CaseFile &c, const CaseContext &context, const ReportOptions &options) {
    const QString title = CaseReport::tr("Case report: %1 %2").arg(c.name, c.version);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body { font-family: sans-serif; font-size: 10pt; }\n"
                                  "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }\n"
                                  "th { font-weight: normal; color: #555555; padding-right: 12px; }\n"
                                  "td.ln { color: #888888; font-family: %2; font-size: 8pt; padding-right: 6px; }\n"
                                  "td.code { font-family: %2; font-size: 8pt; white-space: pre-wrap; }\n"
                                  "code { font-family: %2; }</style></head><body>\n")
                       .arg(esc(title), codeFontCss()); // tells O from 0 and l from 1 and I
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    html += QStringLiteral("<table cellpadding=\"6\"><tr><td bgcolor=\"%1\"><b>%2</b></td></tr></table>\n")
                .arg(verdictColor(c.verdict), esc(CaseReport::tr("Verdict: %1").arg(verdictLabel(c.verdict))));
    html += identitySection(c) + scoreSection(c, context) + mapSection(c, context) + neighbourSection(c);
    html += behaviourSection(c, context) + indicatorsSection(context) + notesSection(c) +
            evidenceSection(c, context, options) + scriptSection(c, context, options);
    html += QStringLiteral("<p><small>%1</small></p>\n</body></html>\n")
                .arg(esc(CaseReport::tr("Written by MPHunter Workbench. Static analysis only: nothing from the package "
                                        "was executed.")));
    return html;
}

} // namespace mph::app
