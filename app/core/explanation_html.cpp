#include "explanation_html.h"

#include "call_alignment.h"
#include "code_sources.h"
#include "pipeline/ranked_formula.h"
#include "ranking/ranking.h"
#include "script_indicators.h"

#include <QCoreApplication>

namespace mph::app {

namespace {

// A class context, so that lupdate files the strings under the context the runtime looks them up in.
struct ExplanationText {
    Q_DECLARE_TR_FUNCTIONS(ExplanationText)
};
QString esc(const QString &text) {
    return text.toHtmlEscaped();
}
QString num(double value) {
    return QString::number(value, 'f', 4);
}

QString row(const QString &name, const QString &value, const QString &hint) {
    return QStringLiteral("<tr><td><b>%1</b></td><td align=right>%2</td><td><i>%3</i></td></tr>")
        .arg(esc(name), esc(value), esc(hint));
}

// A call's document when it is not the script, kept short for the table: the file's name ("_hooks.py"), or "layer 2"
// for a decoded payload (the Runs section says where each lives).
QString placeTag(const std::vector<SourcePlace> &places, std::uint32_t source) {
    if (source == 0 || source >= places.size()) return {};
    const SourcePlace &place = places[source];
    return place.layer == 0 ? place.shortPath.section(u'/', -1) : ExplanationText::tr("layer %1").arg(place.layer);
}

// One side's call in the alignment: a link that shows it in the code view ("call:3", "known-call:5"), and where it
// lives when that is not the script itself.
QString callCell(const std::vector<CallToken> &calls, int index, const std::vector<SourcePlace> &places,
                 const QString &scheme) {
    if (index < 0) return {};
    const CallToken &call = calls[static_cast<std::size_t>(index)];
    QString cell = QStringLiteral("<a href=\"%1:%2\" style=\"text-decoration:none\"><code>%3</code></a>")
                       .arg(scheme, QString::number(index), esc(fromBytes(call.name)));
    const QString tag = placeTag(places, call.source);
    if (!tag.isEmpty()) cell += QStringLiteral(" <small style=\"color:#707070\">%1</small>").arg(esc(tag));
    return cell;
}

QString alignmentTable(const ScanResult &scan, std::uint32_t entry, std::uint32_t known, const QString &rightTitle) {
    const std::vector<CallToken> left = scan.callsOf(scan.scripts[entry]);
    const std::vector<CallToken> right = scan.callsOf(scan.scripts[known]);
    const std::vector<SourcePlace> leftPlaces = sourcePlaces(scan, entry);
    const std::vector<SourcePlace> rightPlaces = sourcePlaces(scan, known);
    const CallComparison comparison = compareCalls(left, right);
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=0 cellpadding=2>"
                                  "<tr><th align=left>%2</th><th></th><th align=left>%3</th></tr>")
                       .arg(esc(ExplanationText::tr("Call sequences aligned")), esc(ExplanationText::tr("This script")),
                            esc(rightTitle));
    constexpr std::size_t kMaxRows = 400;
    std::size_t shown = 0;
    for (const AlignedPair &pair : comparison.alignment) {
        if (++shown > kMaxRows) {
            html += QStringLiteral("<tr><td colspan=3><i>%1</i></td></tr>")
                        .arg(esc(ExplanationText::tr("… %1 more rows").arg(comparison.alignment.size() - kMaxRows)));
            break;
        }
        const bool match = pair.left >= 0 && pair.right >= 0;
        const QString colour = match ? QStringLiteral("#f6d7d7") : QStringLiteral("#ffffff");
        html += QStringLiteral("<tr style=\"background:%1\"><td style=\"white-space:pre\">%2</td><td>%3</td><td "
                               "style=\"white-space:pre\">%4</td></tr>")
                    .arg(colour, callCell(left, pair.left, leftPlaces, QStringLiteral("call")),
                         match ? QStringLiteral("=") : QString(),
                         callCell(right, pair.right, rightPlaces, QStringLiteral("known-call")));
    }
    return html + QStringLiteral("</table>");
}

// What the script runs beyond itself (design 2.8): the files of its package and the payloads it decodes, with their
// calls, in the order they first run. Empty when it runs nothing else.
QString runsSection(const ScanResult &scan, std::uint32_t entry) {
    const std::vector<SourcePlace> places = sourcePlaces(scan, entry);
    if (places.size() < 2) return {};
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=0 cellpadding=2>")
                       .arg(esc(ExplanationText::tr("Runs")),
                            esc(ExplanationText::tr("Calls of this script that live elsewhere: in files of its package "
                                                    "and in payloads it decodes from literals, in the order they first "
                                                    "run.")));
    for (std::size_t k = 1; k < places.size(); ++k) {
        const SourcePlace &place = places[k];
        QString where = QStringLiteral("<code>%1</code>").arg(esc(place.shortPath));
        if (place.layer > 0 && place.fileLine > 0)
            where += QStringLiteral(" ") + esc(ExplanationText::tr("line %1").arg(place.fileLine));
        const QString what = place.layer == 0 ? ExplanationText::tr("file of the package")
                                              : ExplanationText::tr("decoded payload, layer %1").arg(place.layer);
        html +=
            QStringLiteral("<tr><td>%1</td><td><i>%2</i></td><td align=right>%3</td></tr>")
                .arg(where, esc(what), esc(ExplanationText::tr("%n call(s)", nullptr, static_cast<int>(place.calls))));
    }
    return html + QStringLiteral("</table>");
}

// URLs, domains and IP addresses in the literals of the script and of what it runs (issue 13), each with where it was
// read. Empty when there are none.
QString indicatorsSection(const ScanResult &scan, std::uint32_t entry) {
    const ScriptIndicators indicators = scriptIndicators(scan, entry);
    if (indicators.empty()) return {};
    QString html =
        QStringLiteral("<h3>%1</h3><table cellspacing=0 cellpadding=2>").arg(esc(ExplanationText::tr("Indicators")));
    for (const FoundIndicator &found : indicators.found)
        html += QStringLiteral("<tr><td><i>%1</i></td><td><code>%2</code></td><td><small style=\"color:#707070\">%3"
                               "</small></td></tr>")
                    .arg(esc(indicatorKindLabel(found.kind)), esc(found.value),
                         esc(found.places.join(QStringLiteral(", "))));
    return html + QStringLiteral("</table>");
}

} // namespace

namespace {

// "nearest known: NAME VERSION, judged malicious by you on DATE" when the neighbour came from the history (issue 13).
QString rememberedNote(const ScanResult &scan, std::uint32_t known, bool nearest, const ExplanationExtras &extras) {
    const std::uint32_t package = scan.scripts[known].package;
    if (!extras.history || package >= scan.packageRemembered.size() || !scan.packageRemembered[package]) return {};
    const Package &p = scan.packages[package];
    const auto verdict = extras.history->rememberedVerdicts.constFind(QString::fromStdString(p.sha256));
    if (verdict == extras.history->rememberedVerdicts.constEnd()) return {};
    const QString who =
        !extras.analyst.isEmpty() && verdict->analyst == extras.analyst ? ExplanationText::tr("you") : verdict->analyst;
    const QString date = verdict->at.toLocalTime().date().toString(Qt::ISODate);
    const QString text = nearest ? ExplanationText::tr("nearest known: %1 %2, judged malicious by %3 on %4")
                                 : ExplanationText::tr("known neighbour: %1 %2, judged malicious by %3 on %4");
    return QStringLiteral("<p style=\"background:#fff2cc\"><b>%1</b></p>")
        .arg(esc(text.arg(fromBytes(p.name), fromBytes(p.version), who, date)));
}

// The calls the script makes beyond those of the project's earlier version (issue 13 item 6).
QString versionSection(const ExplanationExtras &extras) {
    if (extras.earlierVersion.isEmpty()) return {};
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(esc(ExplanationText::tr("Calls added since %1").arg(extras.earlierVersion)));
    if (!extras.compared)
        return html + QStringLiteral("<p><i>%1</i></p>")
                          .arg(esc(extras.earlierProblem.isEmpty() ? ExplanationText::tr("comparing…")
                                                                   : extras.earlierProblem));
    if (extras.callsAdded.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(ExplanationText::tr("none")));
    QStringList calls;
    for (const QString &call : extras.callsAdded)
        calls << QStringLiteral("<code>%1</code>").arg(esc(call));
    return html + QStringLiteral("<p>%1</p>").arg(calls.join(QStringLiteral(", ")));
}

} // namespace

QString explanationHtml(const ScanResult &scan, std::size_t rankingIndex, std::size_t neighbour,
                        const ExplanationExtras &extras) {
    if (rankingIndex >= scan.ranking.size()) return {};
    const RankedScript &ranked = scan.ranking[rankingIndex];
    const ScriptEntry &entry = scan.scripts[ranked.entry];
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(scriptTitle(scan, ranked.entry)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ExplanationText::tr("Rank %1 in its batch (%2 scope). Higher scores rank first.")
                             .arg(ranked.rank)
                             .arg(scopeLabel(entry.scope))));
    if (neighbour < ranked.nearestKnown.size()) // first: the analyst's own judgement of the neighbour is news
        html += rememberedNote(scan, ranked.nearestKnown[neighbour], neighbour == 0, extras);
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    const bool contrastive = scan.rankingMethod == RankingMethod::Contrastive;
    const RankingOptions weights; // the scan ranks with the default weights
    // The formula that ranked it, with the numbers plugged in.
    const ScoreFormula scoreParts = scoreFormulaOf(scan, ranked);
    const bool withKnown = scoreParts.withKnown;
    QString formula = fromBytes(scoreParts.formula);
    if (!withKnown) formula += QStringLiteral(" ") + ExplanationText::tr("(no known set)");
    html += row(ExplanationText::tr("score"), num(ranked.score), formula);
    html += QStringLiteral("<tr><td></td><td colspan=2><i>%1</i></td></tr>").arg(esc(fromBytes(scoreParts.worked)));
    if (contrastive) {
        html += row(ExplanationText::tr("d_k"), num(ranked.dNeighbourhood),
                    ExplanationText::tr("mean distance to the %n nearest benign background scripts", nullptr,
                                        weights.backgroundNeighbours));
        html += row(ExplanationText::tr("d_nb"), num(ranked.dNearestBackground),
                    ExplanationText::tr("distance to the nearest benign background script"));
    }
    html += row(ExplanationText::tr("d_m"), num(ranked.dM),
                ExplanationText::tr("distance to the nearest known-malicious script"));
    if (contrastive && withKnown)
        html += row(ExplanationText::tr("evidence"), num(ranked.evidence),
                    ExplanationText::tr("mean log-likelihood ratio of the script's calls, known malware against the "
                                        "background (learned from the data), plus a quarter of the largest"));
    if (contrastive && !withKnown)
        html += row(ExplanationText::tr("rarity"), num(ranked.rarity),
                    ExplanationText::tr("how rare the script's rarest call is among the background scripts (1 = "
                                        "none makes it)"));
    if (contrastive)
        html += row(ExplanationText::tr("capability"), num(ranked.capability),
                    ranked.capabilityCall.empty()
                        ? ExplanationText::tr("the script makes no capability call (process, code execution, network, "
                                              "decoding, user and host details, native code)")
                        : ExplanationText::tr("how rare its rarest capability call, %1, is among the background "
                                              "scripts (1 = none makes it)")
                              .arg(fromBytes(ranked.capabilityCall)));
    html += row(ExplanationText::tr("d_b"), num(ranked.dB),
                ExplanationText::tr("distance to the nearest benign clusters (mean of the 3 closest)"));
    if (!contrastive) {
        html += row(ExplanationText::tr("β"), num(ranked.beta),
                    ExplanationText::tr("size correction: small scripts lean on d_b less"));
        html += row(ExplanationText::tr("W_b"), num(ranked.wB), ExplanationText::tr("weight of d_b = 0.5 − β"));
    }
    html += row(ExplanationText::tr("calls"), QString::number(scan.sequences[entry.unique].size()),
                ExplanationText::tr("size of the call sequence"));
    html += row(ExplanationText::tr("cluster"),
                ranked.cluster < 0 ? ExplanationText::tr("noise") : QString::number(ranked.cluster),
                ranked.cluster < 0 ? ExplanationText::tr("an outlier: in no dense cluster")
                                   : ExplanationText::tr("HDBSCAN cluster with the background"));
    html += row(ExplanationText::tr("GLOSH"), num(ranked.outlierScore),
                ExplanationText::tr("outlier score, 0 = inlier, 1 = strongest outlier"));
    html += QStringLiteral("</table>");
    html += runsSection(scan, ranked.entry);
    html += versionSection(extras);
    html += indicatorsSection(scan, ranked.entry);

    html +=
        QStringLiteral("<h3>%1</h3>").arg(esc(ExplanationText::tr("Rare calls shared with the nearest known script")));
    if (ranked.rareSharedCalls.empty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(ExplanationText::tr("none")));
    } else {
        QStringList calls;
        for (const std::string &call : ranked.rareSharedCalls)
            calls << QStringLiteral("<code>%1</code>").arg(esc(fromBytes(call)));
        html += QStringLiteral("<p>%1</p>").arg(calls.join(QStringLiteral(", ")));
    }

    if (neighbour < ranked.nearestKnown.size()) {
        const std::uint32_t known = ranked.nearestKnown[neighbour];
        html += alignmentTable(scan, ranked.entry, known, scriptTitle(scan, known));
    } else {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(ExplanationText::tr("No known-malicious script to compare with.")));
    }
    return html;
}

} // namespace mph::app
