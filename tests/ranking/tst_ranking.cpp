// Ranking (design 2.6, 2.6a) on hand-made vectors whose cosine distances are easy to read: in 3-D,
// (1,0,0)·(0.8,0.6,0) = 0.8 -> d = 0.2; (1,0,0)·(0.6,0.8,0) = 0.6 -> d = 0.4; orthogonal -> d = 1; opposite -> d = 2.
#include "ranking/call_behaviour.h"
#include "ranking/call_evidence.h"
#include "ranking/call_rarity.h"
#include "ranking/ranking.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace mph;

namespace {

struct Fixture {
    Eigen::MatrixXf vectors;
    RankingProblem problem;

    explicit Fixture(const std::vector<Eigen::Vector3f> &rows) : vectors(static_cast<Eigen::Index>(rows.size()), 3) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            vectors.row(static_cast<Eigen::Index>(i)) = rows[i].transpose();
        problem.vectors = &vectors;
        problem.sizes.assign(rows.size(), 3);
    }
    void candidate(std::uint32_t row, int label) {
        problem.candidates.push_back(row);
        problem.candidateLabels.push_back(label);
    }
    void background(std::uint32_t row, int label) {
        problem.background.push_back(row);
        problem.backgroundLabels.push_back(label);
    }
};

bool near(double actual, double expected) {
    return std::abs(actual - expected) < 1e-6;
}

#define COMPARE_NEAR(actual, expected)                                                                                 \
    QVERIFY2(near((actual), (expected)),                                                                               \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(#actual).arg((actual), 0, 'g', 10).arg(expected)))

// Size 3: beta = (1 - 1/(1 + e^-2)) / 5 = (1 - 0.880797078) / 5 = 0.0238405844, W_b = 0.4761594156.
constexpr double kBeta3 = 0.023840584404423538;
// Size 1: beta = (1 - 1/2) / 5 = 0.1, W_b = 0.4.  Size 0: beta = (1 - 1/(1 + e)) / 5 = 0.1462117157.
constexpr double kBeta0 = 0.14621171572600097;

RankingOptions purifiedOptions() {
    RankingOptions options;
    options.method = RankingMethod::Purified;
    return options;
}

Eigen::MatrixXf randomClusteredRows(int rows, int dims, int centres, float spread, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0, 1);
    Eigen::MatrixXf centre(centres, dims);
    for (Eigen::Index i = 0; i < centre.size(); ++i)
        centre.data()[i] = normal(rng);
    centre.rowwise().normalize();
    Eigen::MatrixXf out(rows, dims);
    for (int i = 0; i < rows; ++i) {
        const int c = static_cast<int>(rng() % static_cast<unsigned>(centres));
        for (int d = 0; d < dims; ++d)
            out(i, d) = centre(c, d) + spread * normal(rng) / std::sqrt(float(dims));
        out.row(i).normalize();
    }
    return out;
}

} // namespace

class TestRanking : public QObject {
    Q_OBJECT
  private slots:
    void handComputedScore();
    void contrastiveHandComputed();
    void contrastiveWithoutKnown();
    void callRarityHandComputed();
    void capabilityCallsAndTheirRarity();
    void contrastiveEvidenceMustCoverRows();
    void callEvidenceHandComputed();
    void rankingMethodNames();
    void noClustersAndNoKnown();
    void sizeZeroScoresZero();
    void noKnownModeIgnoresKnown();
    void paperSkipsZerosPurifiedSkipsOnlySelf();
    void clusterMembersOption();
    void purificationDropsBackgroundCopies();
    void purifiedRankingIgnoresDroppedKnown();
    void nearestKnownOrderAndTies();
    void invalidProblemYieldsNothing();
    void purifyMatchesBruteForce();
    void sameResultForAnyThreadCount();
};

void TestRanking::handComputedScore() {
    Fixture f({{1, 0, 0},        // 0 x, candidate, noise
               {0.8f, 0.6f, 0},  // 1 cluster 0, d(x) = 0.2
               {0.6f, 0.8f, 0},  // 2 cluster 0, d = 0.4
               {0, 1, 0},        // 3 cluster 1, d = 1
               {0.6f, 0, 0.8f},  // 4 cluster 2, d = 0.4
               {0, 0, 1},        // 5 cluster 3, d = 1
               {-1, 0, 0},       // 6 noise, d = 2
               {0.6f, -0.8f, 0}, // 7 known, d = 0.4 (nearest background: row 4 at 0.64, kept)
               {0, 0, -1}});     // 8 known, d = 1
    f.candidate(0, -1);
    for (auto [row, label] : {std::pair{1, 0}, {2, 0}, {3, 1}, {4, 2}, {5, 3}, {6, -1}})
        f.background(static_cast<std::uint32_t>(row), label);
    f.problem.known = {8, 7};
    const auto scores = scoreCandidates(f.problem, purifiedOptions());
    QCOMPARE(scores.size(), std::size_t(1));
    const ScriptScore &s = scores[0];
    // Per-cluster minima: c0 = min(0.2, 0.4) = 0.2, c1 = 1, c2 = 0.4, c3 = 1; three smallest 0.2, 0.4, 1 -> 1.6 / 3.
    COMPARE_NEAR(s.dB, 1.6 / 3);
    QCOMPARE(s.clustersUsed, 3);
    COMPARE_NEAR(s.dM, 0.4);
    COMPARE_NEAR(s.beta, kBeta3);
    COMPARE_NEAR(s.wB, 0.5 - kBeta3);
    // score = 0.4761594156 * 0.5333333 / 2 + 0.5238405844 * (2 - 0.4) / 2 = 0.1269758442 + 0.4190724675.
    COMPARE_NEAR(s.score, 0.5460483116823592);
    QCOMPARE(s.nearestKnown, (std::vector<std::uint32_t>{7, 8}));
    COMPARE_NEAR(s.nearestKnownDistances[1], 1.0);
    QCOMPARE(s.nearestBackground, std::int64_t(1));
    COMPARE_NEAR(s.dNearestBackground, 0.2);
}

// The same geometry under the default Contrastive method. Background distances: 0.2, 0.4, 1, 0.4, 1, 2.
void TestRanking::contrastiveHandComputed() {
    Fixture f({{1, 0, 0},
               {0.8f, 0.6f, 0},
               {0.6f, 0.8f, 0},
               {0, 1, 0},
               {0.6f, 0, 0.8f},
               {0, 0, 1},
               {-1, 0, 0},
               {0.6f, -0.8f, 0},
               {0, 0, -1}});
    f.candidate(0, -1);
    for (auto [row, label] : {std::pair{1, 0}, {2, 0}, {3, 1}, {4, 2}, {5, 3}, {6, -1}})
        f.background(static_cast<std::uint32_t>(row), label);
    f.problem.known = {8, 7};
    f.problem.evidence.assign(9, -3.0); // only the candidate's own row counts
    f.problem.evidence[0] = 0.5;
    const auto all = scoreCandidates(f.problem, RankingOptions{});
    QCOMPARE(all.size(), std::size_t(1));
    // k = 10 > 6 background rows: d_k = (0.2 + 0.4 + 1 + 0.4 + 1 + 2) / 6 = 5/6; d_nb = 0.2; d_m = 0.4.
    // score = 0.2 * (5/6) / 2 + 0.8 * (0.2 - 0.4 + 2) / 4 + 0.08 * 0.5 = 0.0833333 + 0.36 + 0.04.
    COMPARE_NEAR(all[0].dNeighbourhood, 5.0 / 6);
    COMPARE_NEAR(all[0].dNearestBackground, 0.2);
    COMPARE_NEAR(all[0].dM, 0.4);
    COMPARE_NEAR(all[0].evidence, 0.5);
    COMPARE_NEAR(all[0].score, 0.2 * (5.0 / 6) / 2 + 0.36 + 0.04);
    COMPARE_NEAR(all[0].dB, 1.6 / 3); // still reported
    RankingOptions three;
    three.backgroundNeighbours = 3; // 0.2, 0.4, 0.4
    const auto nearest3 = scoreCandidates(f.problem, three);
    COMPARE_NEAR(nearest3[0].dNeighbourhood, 1.0 / 3);
    COMPARE_NEAR(nearest3[0].score, 0.2 * (1.0 / 3) / 2 + 0.36 + 0.04);
    f.problem.evidence.clear(); // no call evidence: that term is 0
    COMPARE_NEAR(scoreCandidates(f.problem, three)[0].score, 0.2 * (1.0 / 3) / 2 + 0.36);
    // The capability rarity adds knownCapabilityWeight times its value.
    f.problem.capability.assign(9, 1.0);
    f.problem.capability[0] = 0.75;
    const auto capable = scoreCandidates(f.problem, three);
    COMPARE_NEAR(capable[0].capability, 0.75);
    COMPARE_NEAR(capable[0].score, 0.2 * (1.0 / 3) / 2 + 0.36 + three.knownCapabilityWeight * 0.75);
}

void TestRanking::contrastiveWithoutKnown() {
    Fixture f({{1, 0, 0}, {0.8f, 0.6f, 0}, {0, 1, 0}, {1, 0, 0}});
    f.candidate(0, -1);
    f.background(1, 0);
    f.background(2, 1);
    f.problem.known = {3};
    f.problem.evidence.assign(4, 1.0);
    RankingOptions options;
    options.useKnown = false;
    const auto scores = scoreCandidates(f.problem, options);
    // d_k = (0.2 + 1) / 2 = 0.6; score = d_k / 2 (no rarity given); neither the known script nor the evidence is
    // looked at.
    COMPARE_NEAR(scores[0].score, 0.3);
    COMPARE_NEAR(scores[0].dM, 2.0);
    COMPARE_NEAR(scores[0].evidence, 0.0);
    COMPARE_NEAR(scores[0].rarity, 0.0);

    // With the candidate's rarity: score = d_k / 2 + rarityWeight * rarity; other rows' values are not read.
    f.problem.rarity.assign(4, 1.0);
    f.problem.rarity[0] = 0.5;
    options.rarityWeight = 0.3;
    const auto withRarity = scoreCandidates(f.problem, options);
    COMPARE_NEAR(withRarity[0].rarity, 0.5);
    COMPARE_NEAR(withRarity[0].score, 0.3 + 0.3 * 0.5);
    // With the capability rarity: + capabilityWeight * capability.
    f.problem.capability.assign(4, 1.0);
    f.problem.capability[0] = 0.25;
    options.capabilityWeight = 0.2;
    const auto withCapability = scoreCandidates(f.problem, options);
    COMPARE_NEAR(withCapability[0].capability, 0.25);
    COMPARE_NEAR(withCapability[0].score, 0.3 + 0.3 * 0.5 + 0.2 * 0.25);
    // With the known set the rarity is not used.
    options.useKnown = true;
    COMPARE_NEAR(scoreCandidates(f.problem, options)[0].rarity, 0.0);
    f.problem.rarity = {0.5}; // one value for four rows
    QVERIFY(checkProblem(f.problem).has_value());
    f.problem.rarity.clear();
    f.problem.capability = {0.5};
    QVERIFY(checkProblem(f.problem).has_value());
}

void TestRanking::callRarityHandComputed() {
    // Background: {a, b}, {a}, {a, a, c} (a call counts once per script); 3 scripts, 3 + 2 = 5.
    const BackgroundFrequency background = countBackgroundCalls({{"a", "b"}, {"a"}, {"a", "a", "c"}});
    COMPARE_NEAR(callRarity(background, "a"), std::log(5.0 / 4) / std::log(5.0));
    COMPARE_NEAR(callRarity(background, "b"), std::log(5.0 / 2) / std::log(5.0));
    COMPARE_NEAR(callRarity(background, "never-seen"), 1.0);
    // A script's rarity is its rarest call's.
    COMPARE_NEAR(scriptRarity(background, {"a", "b", "a"}), std::log(2.5) / std::log(5.0));
    COMPARE_NEAR(scriptRarity(background, {"a", "z"}), 1.0);
    COMPARE_NEAR(scriptRarity(background, {}), 0.0);
    COMPARE_NEAR(scriptRarity(BackgroundFrequency{}, {"a"}), 0.0); // no background: no rarity
}

void TestRanking::capabilityCallsAndTheirRarity() {
    // Qualified calls, and names that mean the capability on any receiver or bare.
    for (const char *call : {"os.system", "subprocess.run", "exec", "builtins.exec", "requests.post", "socket.socket",
                             "base64.b64decode", "?.b64decode", "b64decode", "request.urlopen", "urlopen", "?.Popen",
                             "os.execv", "platform.node", "zlib.decompress"})
        QVERIFY2(isCapabilityCall(call), call);
    // Everyday build calls, calls whose last name alone says nothing, and behaviours reported but not counted.
    for (const char *call : {"setuptools.setup", "open", "?.read", "?.run", "?.get", "?.decode", "platform.system",
                             "os.getenv", "glob.glob", "__import__", "shutil.copy", "execute", "os.systemx", ""})
        QVERIFY2(!isCapabilityCall(call), call);
    QCOMPARE(callBehaviour("?.b64decode")->behaviour, Behaviour::Decodes);
    QCOMPARE(callBehaviour("os.getenv")->behaviour, Behaviour::ReadsSecrets);
    QVERIFY(!callBehaviour("os.getenv")->capability);
    QVERIFY(!callBehaviour("?.run").has_value());

    // Background: {os.system, a}, {a}, {subprocess.run}; 3 scripts, 3 + 2 = 5.
    const BackgroundFrequency background = countBackgroundCalls({{"os.system", "a"}, {"a"}, {"subprocess.run"}});
    // The rarest capability call, not the rarest call ("z" is rarer, but no capability).
    const RarestCall rarest = rarestCapabilityCall(background, {"z", "os.system", "exec", "a"});
    QCOMPARE(rarest.call, std::string("exec"));
    COMPARE_NEAR(rarest.rarity, 1.0);
    const RarestCall seen = rarestCapabilityCall(background, {"subprocess.run", "os.system"});
    QCOMPARE(seen.call, std::string("subprocess.run")); // equally rare: the first
    COMPARE_NEAR(seen.rarity, std::log(5.0 / 2) / std::log(5.0));
    QVERIFY(rarestCapabilityCall(background, {"a", "z"}).call.empty());
    COMPARE_NEAR(rarestCapabilityCall(background, {"a", "z"}).rarity, 0.0);
}

void TestRanking::contrastiveEvidenceMustCoverRows() {
    Fixture f({{1, 0, 0}, {0.8f, 0.6f, 0}});
    f.candidate(0, -1);
    f.background(1, 0);
    f.problem.evidence = {0.5}; // one value for two rows
    QVERIFY(checkProblem(f.problem).has_value());
    QVERIFY(scoreCandidates(f.problem, RankingOptions{}).empty());
}

void TestRanking::callEvidenceHandComputed() {
    // Known: {a, b}, {a}; background: {b}, {c}, {c, c} (a call counts once per script). Totals + 2: 4 and 5.
    const CallEvidence evidence({{"a", "b"}, {"a"}}, {{"b"}, {"c"}, {"c", "c"}});
    COMPARE_NEAR(evidence.logRatio("a"), std::log(3.0 / 4) - std::log(1.0 / 5));
    COMPARE_NEAR(evidence.logRatio("b"), std::log(2.0 / 4) - std::log(2.0 / 5));
    COMPARE_NEAR(evidence.logRatio("c"), std::log(1.0 / 4) - std::log(3.0 / 5));
    COMPARE_NEAR(evidence.logRatio("never-seen"), std::log(1.0 / 4) - std::log(1.0 / 5));
    // The mean over distinct calls (a and c), plus a quarter of the largest when positive (a's).
    COMPARE_NEAR(evidence.scriptEvidence({"a", "a", "c"}),
                 (std::log(3.75) + std::log(0.25 / 0.6)) / 2 + 0.25 * std::log(3.75));
    COMPARE_NEAR(evidence.scriptEvidence({"c"}), std::log(0.25 / 0.6)); // only negative ratios: no peak
    COMPARE_NEAR(evidence.scriptEvidence({}), 0.0);
    QVERIFY(CallEvidence().empty());
    COMPARE_NEAR(CallEvidence().scriptEvidence({"a"}), 0.0);
    QVERIFY(CallEvidence({}, {{"a"}}).empty()); // no known script: no evidence
}

void TestRanking::rankingMethodNames() {
    for (RankingMethod method : {RankingMethod::Paper, RankingMethod::Purified, RankingMethod::Contrastive}) {
        RankingMethod parsed = RankingMethod::Paper;
        QVERIFY(parseRankingMethod(rankingMethodName(method), parsed));
        QCOMPARE(parsed, method);
    }
    RankingMethod untouched = RankingMethod::Purified;
    QVERIFY(!parseRankingMethod("Contrastive", untouched));
    QCOMPARE(untouched, RankingMethod::Purified);
}

void TestRanking::noClustersAndNoKnown() {
    Fixture f({{1, 0, 0}, {0.8f, 0.6f, 0}});
    f.candidate(0, -1);
    f.background(1, -1); // noise only: no benign cluster at all
    const auto scores = scoreCandidates(f.problem, purifiedOptions());
    // d_b = 2 (no cluster), no known script: score = d_b / 2 = 1, d_m stays 2.
    COMPARE_NEAR(scores[0].dB, 2.0);
    QCOMPARE(scores[0].clustersUsed, 0);
    COMPARE_NEAR(scores[0].dM, 2.0);
    COMPARE_NEAR(scores[0].score, 1.0);
    QVERIFY(scores[0].nearestKnown.empty());
}

void TestRanking::sizeZeroScoresZero() {
    Fixture f({{0, 0, 0}, {0.8f, 0.6f, 0}, {0, 1, 0}, {0, 0, 1}});
    f.problem.sizes[0] = 0;
    f.candidate(0, -1);
    f.background(1, 0);
    f.background(2, 1);
    f.problem.known = {3};
    const auto scores = scoreCandidates(f.problem, purifiedOptions());
    // A zero row is at distance 1 from everything: d_b = (1 + 1) / 2 = 1; size 0: score 0, d_m = 2, no neighbour.
    COMPARE_NEAR(scores[0].dB, 1.0);
    COMPARE_NEAR(scores[0].score, 0.0);
    COMPARE_NEAR(scores[0].dM, 2.0);
    COMPARE_NEAR(scores[0].beta, kBeta0);
    QVERIFY(scores[0].nearestKnown.empty());
}

void TestRanking::noKnownModeIgnoresKnown() {
    Fixture f({{1, 0, 0}, {0.8f, 0.6f, 0}, {0, 1, 0}, {1, 0, 0}});
    f.candidate(0, -1);
    f.background(1, 0);
    f.background(2, 1);
    f.problem.known = {3}; // identical to the candidate: d_m would be 0
    RankingOptions options = purifiedOptions();
    options.useKnown = false;
    const auto scores = scoreCandidates(f.problem, options);
    // d_b = (0.2 + 1) / 2 = 0.6; score = d_b / 2 = 0.3.
    COMPARE_NEAR(scores[0].dB, 0.6);
    COMPARE_NEAR(scores[0].score, 0.3);
    COMPARE_NEAR(scores[0].dM, 2.0);
    QVERIFY(scores[0].nearestKnown.empty());
}

void TestRanking::paperSkipsZerosPurifiedSkipsOnlySelf() {
    // Row 0 is a batch script identical to a background script: the same unique row is in both lists (cluster 0).
    Fixture f({{1, 0, 0}, {0.8f, 0.6f, 0}, {0, 1, 0}, {0, 0, 1}});
    f.problem.sizes[0] = 1;
    f.candidate(0, 0);
    f.background(0, 0);
    f.background(1, 0);
    f.background(2, 1);
    f.problem.known = {3}; // d_m = 1, far from every background row
    RankingOptions options;
    options.method = RankingMethod::Purified;
    auto purified = scoreCandidates(f.problem, options);
    // Purified: the candidate's own batch entry is skipped, its identical background twin is kept: c0 = 0, c1 = 1.
    // d_b = 0.5; W_b = 0.4: score = 0.4 * 0.25 + 0.6 * 0.5 = 0.4.
    COMPARE_NEAR(purified[0].dB, 0.5);
    COMPARE_NEAR(purified[0].wB, 0.4);
    COMPARE_NEAR(purified[0].score, 0.4);
    options.method = RankingMethod::Paper;
    auto paper = scoreCandidates(f.problem, options);
    // Paper: every zero skipped: c0 = 0.2, c1 = 1, d_b = 0.6; score = 0.4 * 0.3 + 0.6 * 0.5 = 0.42.
    COMPARE_NEAR(paper[0].dB, 0.6);
    COMPARE_NEAR(paper[0].score, 0.42);
}

void TestRanking::clusterMembersOption() {
    // Two batch scripts form a cluster (5) of their own; the background has one cluster (1).
    Fixture f({{1, 0, 0}, {0.8f, 0.6f, 0}, {0, 1, 0}});
    f.candidate(0, 5);
    f.candidate(1, 5);
    f.background(2, 1);
    RankingOptions options;
    options.purifiedMembers = ClusterMembers::BatchAndBackground;
    auto both = scoreCandidates(f.problem, options);
    // Candidate 0: cluster 5 -> its sibling at 0.2 (itself skipped), cluster 1 -> 1: d_b = 0.6.
    COMPARE_NEAR(both[0].dB, 0.6);
    // Candidate 1: cluster 5 -> 0.2, cluster 1 -> (0.8,0.6)·(0,1) = 0.6 -> 0.4: d_b = 0.3.
    COMPARE_NEAR(both[1].dB, 0.3);
    options.purifiedMembers = ClusterMembers::BackgroundOnly;
    auto backgroundOnly = scoreCandidates(f.problem, options);
    COMPARE_NEAR(backgroundOnly[0].dB, 1.0);
    COMPARE_NEAR(backgroundOnly[1].dB, 0.4);
    QCOMPARE(backgroundOnly[0].clustersUsed, 1);
    // Paper always counts the batch's own clusters.
    options.method = RankingMethod::Paper;
    COMPARE_NEAR(scoreCandidates(f.problem, options)[0].dB, 0.6);
}

void TestRanking::purificationDropsBackgroundCopies() {
    const float s = std::sqrt(1 - 0.92f * 0.92f);
    Fixture f({{1, 0, 0},       // 0 background
               {0.6f, 0, 0.8f}, // 1 background
               {1, 0, 0},       // 2 known, a copy of row 0: d = 0 -> dropped
               {0.8f, 0, 0.6f}, // 3 known, d(row 1) = 1 - 0.96 = 0.04 < 0.05 -> dropped
               {0.92f, s, 0},   // 4 known, d(row 0) = 0.08 -> kept
               {0, 0, 0},       // 5 known, empty sequence -> dropped
               {0, -1, 0}});    // 6 known, d = 1 -> kept
    const auto kept = purifyKnown(f.vectors, {2, 3, 4, 5, 6}, {0, 1}, 0.05);
    QCOMPARE(kept, (std::vector<std::uint32_t>{4, 6}));
    // A larger epsilon also drops row 4; no background drops only the empty one.
    QCOMPARE(purifyKnown(f.vectors, {2, 3, 4, 5, 6}, {0, 1}, 0.1), (std::vector<std::uint32_t>{6}));
    QCOMPARE(purifyKnown(f.vectors, {2, 3, 4, 5, 6}, {}, 0.05), (std::vector<std::uint32_t>{2, 3, 4, 6}));
}

void TestRanking::purifiedRankingIgnoresDroppedKnown() {
    Fixture f({{1, 0, 0},         // 0 candidate (noise), size 1
               {1, 0, 0},         // 1 background, cluster 0, identical to the candidate (different row)
               {0, 1, 0},         // 2 background, cluster 1
               {1, 0, 0},         // 3 known: a copy of a benign script
               {0.6f, 0.8f, 0}}); // 4 known, d(candidate) = 0.4, d(row 2) = 0.2 -> kept
    f.problem.sizes[0] = 1;
    f.candidate(0, -1);
    f.background(1, 0);
    f.background(2, 1);
    f.problem.known = {3, 4};
    RankingOptions options;
    options.method = RankingMethod::Paper;
    auto paper = scoreCandidates(f.problem, options);
    // Paper: zero distance to row 1 skipped, so c0 has no member left: d_b = 1 (c1 only); d_m = 0 (row 3).
    // score = 0.4 * 0.5 + 0.6 * 1 = 0.8.
    COMPARE_NEAR(paper[0].dB, 1.0);
    COMPARE_NEAR(paper[0].dM, 0.0);
    QCOMPARE(paper[0].nearestKnown.front(), std::uint32_t(3));
    COMPARE_NEAR(paper[0].score, 0.8);
    options.method = RankingMethod::Purified;
    auto purified = scoreCandidates(f.problem, options);
    // Purified: row 3 dropped; c0 = 0 (identical benign script kept), c1 = 1: d_b = 0.5; d_m = 0.4 (row 4).
    // score = 0.4 * 0.25 + 0.6 * 0.8 = 0.58.
    COMPARE_NEAR(purified[0].dB, 0.5);
    COMPARE_NEAR(purified[0].dM, 0.4);
    QCOMPARE(purified[0].nearestKnown, (std::vector<std::uint32_t>{4}));
    COMPARE_NEAR(purified[0].score, 0.58);
    // Already purified by the caller: the list is used as given.
    f.problem.knownIsPurified = true;
    COMPARE_NEAR(scoreCandidates(f.problem, options)[0].dM, 0.0);
}

void TestRanking::nearestKnownOrderAndTies() {
    Fixture f({{1, 0, 0}, {0, 1, 0}, {0.6f, 0.8f, 0}, {0, 0, 1}, {0.8f, 0.6f, 0}, {0, -1, 0}});
    f.candidate(0, -1);
    f.problem.known = {5, 3, 2, 1, 4}; // distances 1, 1, 0.4, 1, 0.2
    RankingOptions options;
    options.method = RankingMethod::Paper;
    options.nearestKnownCount = 4;
    const auto s = scoreCandidates(f.problem, options)[0];
    // Nearest first; equal distances (rows 1, 3, 5 at d = 1) by row.
    QCOMPARE(s.nearestKnown, (std::vector<std::uint32_t>{4, 2, 1, 3}));
    COMPARE_NEAR(s.dM, 0.2);
}

void TestRanking::invalidProblemYieldsNothing() {
    Fixture f({{1, 0, 0}});
    f.candidate(0, -1);
    f.problem.backgroundLabels.push_back(0); // no background row to go with it
    QVERIFY(checkProblem(f.problem).has_value());
    QVERIFY(scoreCandidates(f.problem, RankingOptions{}).empty());
    f.problem.backgroundLabels.clear();
    f.problem.candidates[0] = 7;
    QVERIFY(checkProblem(f.problem).has_value());
}

void TestRanking::purifyMatchesBruteForce() {
    // Clustered data where some known rows are near copies: the pruned search must agree with the dense one.
    const Eigen::MatrixXf background = randomClusteredRows(3000, 64, 40, 0.5f, 1);
    Eigen::MatrixXf known = randomClusteredRows(1500, 64, 60, 0.5f, 2);
    std::mt19937 rng(3);
    std::normal_distribution<float> normal(0, 1);
    for (Eigen::Index i = 0; i < known.rows(); i += 5) { // every fifth: a background row plus a little noise
        known.row(i) = background.row(static_cast<Eigen::Index>(rng() % 3000));
        for (Eigen::Index d = 0; d < known.cols(); ++d)
            known(i, d) += 0.01f * normal(rng);
        known.row(i).normalize();
    }
    Eigen::MatrixXf all(background.rows() + known.rows(), 64);
    all << background, known;
    std::vector<std::uint32_t> backgroundRows(3000), knownRows(1500);
    for (std::uint32_t i = 0; i < 3000; ++i)
        backgroundRows[i] = i;
    for (std::uint32_t i = 0; i < 1500; ++i)
        knownRows[i] = 3000 + i;
    for (double epsilon : {0.01, 0.05, 0.2}) {
        const Eigen::MatrixXf dots = known * background.transpose();
        std::vector<std::uint32_t> expected;
        for (Eigen::Index i = 0; i < known.rows(); ++i)
            if (!(dots.row(i).maxCoeff() > static_cast<float>(1 - epsilon)))
                expected.push_back(3000 + static_cast<std::uint32_t>(i));
        const auto kept = purifyKnown(all, knownRows, backgroundRows, epsilon);
        QCOMPARE(kept, expected);
        QVERIFY(kept.size() > 0 && kept.size() < knownRows.size()); // both outcomes occur
    }
}

void TestRanking::sameResultForAnyThreadCount() {
    const Eigen::MatrixXf vectors = randomClusteredRows(2000, 32, 30, 0.6f, 5);
    RankingProblem problem;
    problem.vectors = &vectors;
    for (std::uint32_t i = 0; i < 2000; ++i) {
        if (i < 150) {
            problem.candidates.push_back(i);
            problem.candidateLabels.push_back(static_cast<int>(i % 7) - 1);
        } else if (i < 1700) {
            problem.background.push_back(i);
            problem.backgroundLabels.push_back(static_cast<int>(i % 40) - 3);
        } else {
            problem.known.push_back(i);
        }
        problem.sizes.push_back(i % 11);
    }
    RankingOptions options;
    options.jobs = 1;
    const auto one = scoreCandidates(problem, options);
    options.jobs = 2;
    const auto two = scoreCandidates(problem, options);
    QCOMPARE(one.size(), std::size_t(150));
    for (std::size_t i = 0; i < one.size(); ++i) {
        QCOMPARE(one[i].score, two[i].score);
        QCOMPARE(one[i].nearestKnown, two[i].nearestKnown);
    }
}

QTEST_APPLESS_MAIN(TestRanking)
#include "tst_ranking.moc"
