// The whole pipeline on the embedded demo corpus: every stage runs, the demo's needles rank first, results are stable.
#include "demo_corpus.h"
#include "pipeline/scan.h"
#include "ranking/call_rarity.h"
#include "ranking/ranking.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace mph;

namespace {

ScanResult runDemo(ScopeFilter scope = ScopeFilter::All, bool useKnown = true) {
    ScanOptions options;
    options.demo = true;
    options.scope = scope;
    options.useKnownDistance = useKnown;
    return runScan(options).result;
}

std::vector<std::string> topPackages(const ScanResult &result, Scope scope, std::uint32_t k) {
    std::vector<std::string> names;
    for (const RankedScript &r : result.ranking)
        if (result.scripts[r.entry].scope == scope && r.rank <= k)
            names.push_back(result.packageOf(result.scripts[r.entry]).name);
    return names;
}

std::set<std::string> needles() {
    std::set<std::string> set;
    for (std::string_view n : demoNeedles())
        set.insert(std::string(n));
    return set;
}

} // namespace

class ScanDemoTest : public QObject {
    Q_OBJECT
  private slots:
    void everyRoleIsReadWithoutErrors() {
        const ScanResult result = runDemo();
        for (const ReadError &e : result.errors)
            qWarning("%s: %s", e.source.c_str(), e.reason.c_str());
        QVERIFY(result.errors.empty());
        QCOMPARE(result.packages.size(), demoCorpus().size());
        for (Role role : {Role::Background, Role::Batch, Role::Known})
            QVERIFY(std::count(result.packageRoles.begin(), result.packageRoles.end(), role) > 0);
        QCOMPARE(result.batchNames, std::vector<std::string>{"demo"});
        QCOMPARE(result.mapX.size(), result.sequences.size());
        QCOMPARE(result.mapY.size(), result.sequences.size());
    }

    void everyBatchScriptIsRankedOnceWithConsecutiveRanks() {
        const ScanResult result = runDemo();
        std::size_t batchScripts = 0;
        for (const ScriptEntry &e : result.scripts)
            batchScripts += result.packageRoles[e.package] == Role::Batch;
        QCOMPARE(result.ranking.size(), batchScripts);
        for (Scope scope : {Scope::Install, Scope::Import}) {
            std::uint32_t expected = 1;
            double previous = 2;
            for (const RankedScript &r : result.ranking) {
                if (result.scripts[r.entry].scope != scope) continue;
                QCOMPARE(r.rank, expected++);
                QVERIFY(r.score <= previous);
                previous = r.score;
                QVERIFY(r.dB >= 0 && r.dB <= 2 && r.dM >= 0 && r.dM <= 2);
            }
        }
    }

    void needlesRankFirst() {
        const ScanResult result = runDemo();
        const std::set<std::string> wanted = needles();
        QVERIFY(!wanted.empty());
        // A needle is found when any of its scripts is within the top |needles| + 2 of the install or import list.
        const auto k = static_cast<std::uint32_t>(wanted.size() + 2);
        std::set<std::string> found;
        for (Scope scope : {Scope::Install, Scope::Import})
            for (const std::string &name : topPackages(result, scope, k))
                if (wanted.count(name)) found.insert(name);
        for (const std::string &name : wanted)
            if (!found.count(name)) qWarning("needle %s is not in the top %u", name.c_str(), k);
        QCOMPARE(found, wanted);
        // And the very first install script is a needle.
        const std::vector<std::string> first = topPackages(result, Scope::Install, 1);
        QCOMPARE(first.size(), std::size_t(1));
        QVERIFY2(wanted.count(first.front()), first.front().c_str());
    }

    void nearestKnownIsAKnownScriptOfTheSameScope() {
        const ScanResult result = runDemo();
        for (const RankedScript &r : result.ranking) {
            for (std::uint32_t e : r.nearestKnown) {
                QCOMPARE(result.packageRoles[result.scripts[e].package], Role::Known);
                QCOMPARE(result.scripts[e].scope, result.scripts[r.entry].scope);
            }
        }
    }

    void scopeFilterKeepsOneScope() {
        const ScanResult result = runDemo(ScopeFilter::Install);
        QVERIFY(!result.ranking.empty());
        for (const ScriptEntry &e : result.scripts)
            QCOMPARE(e.scope, Scope::Install);
    }

    // Without the known set: score = d_k/2 + w_r * rarity + w_c * capability, the rarity of the script's rarest call
    // and of its rarest capability call among the background scripts of its scope (recomputed here from the result's
    // own background scripts).
    void withoutKnownTheScoreIsNeighbourhoodDistanceAndRarity() {
        const ScanResult result = runDemo(ScopeFilter::All, false);
        const auto names = [](const CallSequence &sequence) {
            std::vector<std::string> out;
            for (const CallToken &call : sequence.calls)
                out.push_back(call.name);
            return out;
        };
        std::map<Scope, std::vector<std::vector<std::string>>> background;
        for (const ScriptEntry &e : result.scripts)
            if (result.packageRoles[e.package] == Role::Background)
                background[e.scope].push_back(names(result.sequences[e.unique]));
        const std::map<Scope, BackgroundFrequency> frequency{
            {Scope::Install, countBackgroundCalls(background[Scope::Install])},
            {Scope::Import, countBackgroundCalls(background[Scope::Import])}};
        const RankingOptions defaults;
        int rare = 0, capable = 0;
        for (const RankedScript &r : result.ranking) {
            QCOMPARE(r.dM, 2.0);
            QCOMPARE(r.evidence, 0.0);
            const ScriptEntry &entry = result.scripts[r.entry];
            const CallSequence &sequence = result.sequenceOf(entry);
            if (sequence.calls.empty()) continue;
            QCOMPARE(r.rarity, scriptRarity(frequency.at(entry.scope), names(sequence)));
            QVERIFY(r.rarity > 0 && r.rarity <= 1);
            const RarestCall capability = rarestCapabilityCall(frequency.at(entry.scope), names(sequence));
            QCOMPARE(r.capability, capability.rarity);
            QCOMPARE(r.capabilityCall, capability.call);
            QCOMPARE(r.score, r.dNeighbourhood / 2 + defaults.rarityWeight * r.rarity +
                                  defaults.capabilityWeight * r.capability);
            rare += r.rarity == 1.0 ? 1 : 0; // a call no background script makes
            capable += r.capability > 0 ? 1 : 0;
        }
        QVERIFY(rare > 0);
        QVERIFY(capable > 0);
        // With the known set the rarity is not used.
        for (const RankedScript &r : runDemo().ranking)
            QCOMPARE(r.rarity, 0.0);
    }

    void contrastiveScoreParts() {
        const ScanResult result = runDemo();
        const RankingOptions defaults; // the scan uses the ranking's default weights
        const double w = defaults.neighbourhoodWeight;
        int withEvidence = 0;
        for (const RankedScript &r : result.ranking) {
            if (result.sequenceOf(result.scripts[r.entry]).calls.empty()) continue;
            QVERIFY(r.dNearestBackground <= r.dNeighbourhood + 1e-9);
            const double expected = w * r.dNeighbourhood / 2 + (1 - w) * (r.dNearestBackground - r.dM + 2) / 4 +
                                    defaults.evidenceWeight * r.evidence +
                                    defaults.knownCapabilityWeight * r.capability;
            QVERIFY2(std::abs(r.score - expected) < 1e-9, qPrintable(QString::number(r.score - expected)));
            withEvidence += r.evidence != 0 ? 1 : 0;
        }
        QVERIFY(withEvidence > 0);
    }

    // Scripts that share a call sequence make those calls at their own places: every batch script's ranges and sources
    // are those its own analysis gives (with its package's files), not those of the first script with the sequence.
    void everyScriptKeepsItsOwnCallRanges() {
        const ScanResult result = runDemo();
        ScriptAnalyzer analyzer;
        int checked = 0, differFromShared = 0;
        for (const ScriptEntry &entry : result.scripts) {
            const Script &script = result.scriptOf(entry);
            if (script.text.empty()) continue; // background and known texts are dropped after analysis
            const Package &package = result.packageOf(entry);
            std::vector<SourceFile> files;
            for (const Script &each : package.scripts)
                files.push_back({each.path, each.text});
            for (const Module &module : package.modules)
                files.push_back({module.path, module.text});
            const CallSequence own = analyzer.analyze(files, entry.script, package.root);
            const CallSequence &shared = result.sequenceOf(entry);
            const std::vector<CallToken> calls = result.callsOf(entry);
            QCOMPARE(calls.size(), own.calls.size());
            QCOMPARE(shared.calls.size(), own.calls.size());
            bool differs = false;
            for (std::size_t k = 0; k < own.calls.size(); ++k) {
                QCOMPARE(calls[k].name, own.calls[k].name);
                QCOMPARE(calls[k].begin, own.calls[k].begin);
                QCOMPARE(calls[k].end, own.calls[k].end);
                QCOMPARE(calls[k].source, own.calls[k].source);
                QCOMPARE(entry.sources.at(calls[k].source).path, own.sources.at(own.calls[k].source).path);
                differs = differs || shared.calls[k].begin != own.calls[k].begin;
            }
            ++checked;
            differFromShared += differs ? 1 : 0;
        }
        QVERIFY(checked > 0);
        QVERIFY2(differFromShared > 0, "the demo has no two scripts sharing a sequence at different places");
    }

    void deterministic() {
        const ScanResult a = runDemo();
        const ScanResult b = runDemo();
        QCOMPARE(a.ranking.size(), b.ranking.size());
        for (std::size_t i = 0; i < a.ranking.size(); ++i) {
            QCOMPARE(a.ranking[i].entry, b.ranking[i].entry);
            QCOMPARE(a.ranking[i].score, b.ranking[i].score);
        }
        QCOMPARE(a.mapX, b.mapX);
    }

    void cancelStopsEarly() {
        ScanOptions options;
        options.demo = true;
        std::atomic<bool> cancel{true};
        const ScanOutcome outcome = runScan(options, {}, &cancel);
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.result.ranking.empty());
    }
};

QTEST_GUILESS_MAIN(ScanDemoTest)
#include "tst_scan_demo.moc"
