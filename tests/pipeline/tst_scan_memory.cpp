// Memory across batches through runScan on the demo corpus (design 2.9, issue 13): remembered packages join the known
// set or the background from their features or their archive, a copy already present is not added twice, the feature
// cache keys remembered archives by their own digest, new versions of malicious projects come first, and campaigns.
#include "corpus/sha256.h"
#include "demo_corpus.h"
#include "pipeline/feature_cache.h"
#include "pipeline/package_features.h"
#include "pipeline/scan.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <set>

using namespace mph;

namespace {

ScanResult runDemo(const std::vector<RememberedPackage> &remembered = {},
                   const std::vector<std::string> &maliciousProjects = {}) {
    ScanOptions options;
    options.demo = true;
    options.remembered = remembered;
    options.maliciousProjects = maliciousProjects;
    return runScan(options).result;
}

std::string_view demoBytes(std::string_view path) {
    for (const DemoFile &file : demoCorpus())
        if (file.path == path) return file.bytes;
    return {};
}

// What the history keeps of a package (its features, design 2.9), taken from a scan's result as the app would.
PackageFeatures featuresOf(const ScanResult &result, std::uint32_t package) {
    PackageFeatures features;
    features.package = result.packages[package];
    for (Script &script : features.package.scripts)
        script.text.clear();
    features.package.modules.clear();
    features.sequences.resize(features.package.scripts.size());
    for (const ScriptEntry &entry : result.scripts)
        if (entry.package == package) {
            CallSequence &sequence = features.sequences[entry.script];
            sequence.calls = result.callsOf(entry);
            sequence.sources = entry.sources;
            sequence.truncated = result.sequenceOf(entry).truncated;
        }
    return features;
}

// The demo's best-ranked install needle that stands apart from the background (a purified known copy of it counts).
const RankedScript *firstNeedle(const ScanResult &result) {
    std::set<std::string> needles;
    for (std::string_view n : demoNeedles())
        needles.insert(std::string(n));
    for (const RankedScript &r : result.ranking) {
        const ScriptEntry &entry = result.scripts[r.entry];
        if (entry.scope == Scope::Install && needles.count(result.packageOf(entry).name) &&
            r.dNearestBackground > ScanOptions{}.purifyEpsilon && result.sequenceOf(entry).size() >= 2)
            return &r;
    }
    return nullptr;
}

// The ranked script of the same package and script path in another result.
const RankedScript *sameScript(const ScanResult &in, const ScanResult &from, const RankedScript &r) {
    const ScriptEntry &entry = from.scripts[r.entry];
    for (const RankedScript &other : in.ranking) {
        const ScriptEntry &e = in.scripts[other.entry];
        if (in.packageOf(e).source == from.packageOf(entry).source && in.scriptOf(e).path == from.scriptOf(entry).path)
            return &other;
    }
    return nullptr;
}

std::size_t rememberedCount(const ScanResult &result) {
    return static_cast<std::size_t>(std::count(result.packageRemembered.begin(), result.packageRemembered.end(), true));
}

void writeFile(const std::filesystem::path &file, std::string_view bytes) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

} // namespace

class ScanMemoryTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        first_ = runDemo();
        needle_ = firstNeedle(first_);
        QVERIFY2(needle_, "no demo needle stands apart from the background");
        QVERIFY(needle_->dM > 1e-3); // the demo's needles are not copies of its known set
        const Package &package = first_.packageOf(first_.scripts[needle_->entry]);
        needleSource_ = package.source.substr(std::string("demo:").size());
        QVERIFY(!demoBytes(needleSource_).empty());
        QCOMPARE(first_.packageRemembered.size(), first_.packages.size());
        QCOMPARE(rememberedCount(first_), std::size_t(0));
    }

    // A package judged malicious yesterday, kept as features: today it is a known neighbour of its copy in the batch.
    void rememberedFeaturesJoinTheKnownSet() {
        const std::uint32_t package = first_.scripts[needle_->entry].package;
        // Through the byte form, as the history database stores it.
        PackageFeatures features;
        std::string problem;
        QVERIFY2(decodePackageFeatures(encodePackageFeatures(featuresOf(first_, package)), features, problem),
                 problem.c_str());
        RememberedPackage memory;
        memory.role = Role::Known;
        memory.sha256 = first_.packages[package].sha256;
        memory.features = features;
        memory.archiveName = "judged.tar.gz";
        const ScanResult second = runDemo({memory});
        QVERIFY(second.errors.empty());
        QCOMPARE(second.packages.size(), first_.packages.size() + 1);
        QCOMPARE(second.packageRemembered.size(), second.packages.size());
        QCOMPARE(rememberedCount(second), std::size_t(1));
        const std::size_t added = second.packages.size() - 1;
        QVERIFY(second.packageRemembered[added]);
        QCOMPARE(second.packageRoles[added], Role::Known);
        QCOMPARE(second.packages[added].source, std::string("history:judged.tar.gz"));
        QCOMPARE(second.cachedPackages, std::size_t(0));

        const RankedScript *now = sameScript(second, first_, *needle_);
        QVERIFY(now);
        QVERIFY(!now->nearestKnown.empty());
        QCOMPARE(second.scripts[now->nearestKnown.front()].package, std::uint32_t(added));
        QVERIFY2(now->dM < 1e-4, qPrintable(QString::number(now->dM)));
        QVERIFY(now->score > needle_->score); // closer to known malware than it was
    }

    // Without features (an older format, or a verdict set before they were kept): read from the archive's copy.
    void rememberedArchiveIsReadLikeAnEmbeddedOne() {
        const std::string_view bytes = demoBytes(needleSource_);
        RememberedPackage memory;
        memory.role = Role::Known;
        memory.sha256 = sha256Hex(bytes);
        memory.archive = std::string(bytes);
        memory.archiveName = "copy-of-needle.tar.gz";
        const ScanResult second = runDemo({memory});
        QVERIFY(second.errors.empty());
        QCOMPARE(rememberedCount(second), std::size_t(1));
        const std::size_t added = second.packages.size() - 1;
        QVERIFY(second.packageRemembered[added]);
        const Package &package = second.packages[added];
        QCOMPARE(package.source, std::string("history:copy-of-needle.tar.gz"));
        QCOMPARE(package.sha256, memory.sha256);
        QCOMPARE(package.name, first_.packageOf(first_.scripts[needle_->entry]).name);
        for (const Script &script : package.scripts)
            QVERIFY(script.text.empty()); // a known package's texts are dropped like any other's
        const RankedScript *now = sameScript(second, first_, *needle_);
        QVERIFY(now && !now->nearestKnown.empty());
        QCOMPARE(second.scripts[now->nearestKnown.front()].package, std::uint32_t(added));
        QVERIFY(now->dM < 1e-4);

        // Judged benign instead: it joins the background, and its copy in the batch is no outlier any more.
        memory.role = Role::Background;
        const ScanResult benign = runDemo({memory});
        QCOMPARE(benign.packageRoles.back(), Role::Background);
        QVERIFY(benign.packageRemembered.back());
        const RankedScript *judged = sameScript(benign, first_, *needle_);
        QVERIFY(judged);
        QVERIFY(judged->dNearestBackground < 1e-4);
        QVERIFY(judged->score < needle_->score);
    }

    void packagesAlreadyPresentAreNotAddedTwice() {
        // A known archive of the demo, remembered as known: the known set holds it once.
        const DemoFile *known = nullptr;
        for (const DemoFile &file : demoCorpus())
            if (file.role == "known") known = &file;
        QVERIFY(known);
        RememberedPackage again;
        again.role = Role::Known;
        again.sha256 = sha256Hex(known->bytes);
        again.archive = std::string(known->bytes);
        again.archiveName = "again.zip";
        // The needle, remembered twice (two verdicts on one archive): added once.
        RememberedPackage needle;
        needle.role = Role::Known;
        needle.archive = std::string(demoBytes(needleSource_));
        needle.sha256 = sha256Hex(needle.archive);
        needle.archiveName = "needle.tar.gz";
        const ScanResult result = runDemo({again, needle, needle});
        QVERIFY(result.errors.empty());
        QCOMPARE(result.packages.size(), first_.packages.size() + 1);
        QCOMPARE(rememberedCount(result), std::size_t(1));
        QCOMPARE(result.packages.back().source, std::string("history:needle.tar.gz"));
        // The same archive remembered in the other role is no duplicate: a role holds it once.
        RememberedPackage asBackground = again;
        asBackground.role = Role::Background;
        QCOMPARE(rememberedCount(runDemo({asBackground})), std::size_t(1));
    }

    void brokenMemoriesAreErrorsNamingThem() {
        RememberedPackage mismatch;
        mismatch.role = Role::Known;
        mismatch.archive = std::string(demoBytes(needleSource_));
        mismatch.sha256 = std::string(64, '0');
        mismatch.archiveName = "moved.tar.gz";
        RememberedPackage garbage;
        garbage.role = Role::Background;
        garbage.archive = "\x1f\x8b\x08\x00 not really gzip";
        garbage.archiveName = "garbage.tar.gz";
        RememberedPackage empty;
        empty.archiveName = "nothing.whl";
        RememberedPackage batch = mismatch;
        batch.sha256.clear();
        batch.role = Role::Batch;
        batch.archiveName = "batch.tar.gz";
        RememberedPackage inconsistent;
        inconsistent.features = PackageFeatures{};
        inconsistent.features->package.scripts.resize(2); // two scripts, no sequence
        inconsistent.archiveName = "inconsistent.whl";
        const ScanResult result = runDemo({mismatch, garbage, empty, batch, inconsistent});
        QCOMPARE(rememberedCount(result), std::size_t(0));
        QCOMPARE(result.packages.size(), first_.packages.size());
        const auto reasonFor = [&](const std::string &source) {
            for (const ReadError &e : result.errors)
                if (e.source == source) return e.reason;
            return std::string();
        };
        QVERIFY2(reasonFor("history:moved.tar.gz").find("sha256") != std::string::npos,
                 reasonFor("history:moved.tar.gz").c_str());
        QVERIFY(!reasonFor("history:garbage.tar.gz").empty());
        QVERIFY(reasonFor("history:nothing.whl").find("neither features nor an archive") != std::string::npos);
        QVERIFY(reasonFor("history:batch.tar.gz").find("not a batch") != std::string::npos);
        QVERIFY(reasonFor("history:inconsistent.whl").find("corrupt") != std::string::npos);
        QCOMPARE(result.errors.size(), std::size_t(5));
        QCOMPARE(result.ranking.size(), first_.ranking.size()); // the run itself goes on
    }

    // The feature cache keys a remembered archive by the digest of its bytes (what a folder holding it would key), and
    // never stores features that came from the history.
    void featureCacheKeysRememberedArchivesByTheirDigest() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        std::size_t backgroundCount = 0;
        for (const DemoFile &file : demoCorpus()) {
            if (file.role == "known") continue;
            writeFile(root / file.path, file.bytes);
            backgroundCount += file.role == "background";
        }
        const DemoFile *known = nullptr;
        for (const DemoFile &file : demoCorpus())
            if (file.role == "known") known = &file;
        RememberedPackage archive;
        archive.role = Role::Known;
        archive.archive = std::string(known->bytes);
        archive.sha256 = sha256Hex(archive.archive);
        archive.archiveName = "judged.zip";
        RememberedPackage features;
        features.role = Role::Known;
        features.features = featuresOf(first_, first_.scripts[needle_->entry].package);
        features.sha256 = features.features->package.sha256;

        ScanOptions options;
        options.batches = {{"batch", {root / "batch"}}};
        options.background = {root / "background"};
        options.remembered = {archive, features};
        options.cacheFile = root / "cache" / "features.bin";
        const ScanResult cold = runScan(options).result;
        QVERIFY(cold.errors.empty());
        QCOMPARE(rememberedCount(cold), std::size_t(2));
        QCOMPARE(cold.cachedPackages, std::size_t(0));
        FeatureCache cache;
        std::string problem;
        QVERIFY2(cache.load(*options.cacheFile, problem), problem.c_str());
        QCOMPARE(cache.size(), backgroundCount + 1); // the background and the remembered archive, not the features
        QVERIFY(cache.find(archive.sha256));
        QVERIFY(!cache.find(features.sha256));

        const ScanResult warm = runScan(options).result;
        QCOMPARE(warm.cachedPackages, backgroundCount + 1);
        QCOMPARE(rememberedCount(warm), std::size_t(2));
        QCOMPARE(warm.ranking.size(), cold.ranking.size());
        for (std::size_t i = 0; i < warm.ranking.size(); ++i)
            QCOMPARE(warm.ranking[i].score, cold.ranking[i].score);
    }

    void normalisedProjectNames() {
        QCOMPARE(normalisedProjectName("Django_Tinymce.Lite"), std::string("django-tinymce-lite"));
        QCOMPARE(normalisedProjectName("  A--B__c..D-_.e "), std::string("a-b-c-d-e"));
        QCOMPARE(normalisedProjectName("requests"), std::string("requests"));
        QCOMPARE(normalisedProjectName(""), std::string());
    }

    // A new version of a project judged malicious comes first (after read-cap flags), whatever its score.
    void followersOfMaliciousProjectsComeFirst() {
        // The batch package ranked last in the install list, named the way an analyst might have typed it.
        const RankedScript *last = nullptr;
        for (const RankedScript &r : first_.ranking)
            if (first_.scripts[r.entry].scope == Scope::Install) last = &r;
        QVERIFY(last && last->rank > 1);
        std::string typed = first_.packageOf(first_.scripts[last->entry]).name;
        std::transform(typed.begin(), typed.end(), typed.begin(),
                       [](char c) { return c == '-' ? '_' : char(std::toupper(c)); });
        const ScanResult result = runDemo({}, {typed});
        const std::uint32_t package = result.scripts[sameScript(result, first_, *last)->entry].package;
        int following = 0;
        for (Scope scope : {Scope::Install, Scope::Import}) {
            bool seenOther = false;
            double previous = 2;
            for (const RankedScript &r : result.ranking) {
                if (result.scripts[r.entry].scope != scope) continue;
                const bool mine = result.scripts[r.entry].package == package;
                QCOMPARE(r.followsMalicious, mine);
                QVERIFY(!r.flagged);
                if (mine) {
                    QVERIFY2(!seenOther, "a script of the malicious project's new version ranks below another one");
                    ++following;
                } else {
                    if (seenOther) QVERIFY(r.score <= previous); // the rest keeps score order
                    previous = r.score;
                    seenOther = true;
                }
            }
        }
        QVERIFY(following >= 1);
        QCOMPARE(sameScript(result, first_, *last)->rank, std::uint32_t(1));
        QCOMPARE(sameScript(result, first_, *last)->score, last->score); // the score itself is unchanged
    }

    void demoCampaigns() {
        const ScanResult &result = first_;
        for (std::size_t c = 0; c < result.campaigns.size(); ++c) {
            const Campaign &campaign = result.campaigns[c];
            std::string members;
            for (std::uint32_t p : campaign.packages)
                members += " " + result.packages[p].name;
            qInfo("campaign %zu (%s%s%s):%s", c + 1, std::string(campaignLinkName(campaign.link)).c_str(),
                  campaign.family.empty() ? "" : " ", campaign.family.c_str(), members.c_str());
        }
        std::vector<bool> inCampaign(result.packages.size(), false);
        for (std::size_t c = 0; c < result.campaigns.size(); ++c) {
            const Campaign &campaign = result.campaigns[c];
            QVERIFY(campaign.packages.size() >= 2);
            QCOMPARE(campaign.batch, std::uint32_t(0));
            QCOMPARE(campaign.family.empty(), campaign.link != CampaignLink::KnownFamily);
            for (std::uint32_t p : campaign.packages) {
                QCOMPARE(result.packageRoles[p], Role::Batch);
                QVERIFY2(!inCampaign[p], "a package in two campaigns");
                inCampaign[p] = true;
            }
        }
        // The demo's webhook token grabber comes in two versions and under other names (needles.txt): one campaign,
        // led by a needle, of needles linked by identical install scripts, and chat-webhook-log's (its host comes from
        // the environment: one call more) by a nearly identical one, the campaign's weakest link.
        std::set<std::string> needles;
        for (std::string_view n : demoNeedles())
            needles.insert(std::string(n));
        const auto grabber = std::find_if(result.campaigns.begin(), result.campaigns.end(), [&](const Campaign &c) {
            return std::count_if(c.packages.begin(), c.packages.end(),
                                 [&](std::uint32_t p) { return result.packages[p].name == "webhook-logger"; }) == 2;
        });
        QVERIFY2(grabber != result.campaigns.end(), "both webhook-logger versions are not in one campaign");
        QVERIFY(needles.count(result.packages[grabber->packages.front()].name));
        QCOMPARE(grabber->link, CampaignLink::NearlyIdenticalCalls);
        std::size_t needlesIn = 0;
        for (std::uint32_t p : grabber->packages)
            needlesIn += needles.count(result.packages[p].name);
        QVERIFY(needlesIn >= 3);
        // Members by best rank: the campaign's first member ranks best.
        const auto bestRank = [&](std::uint32_t package) {
            std::uint32_t best = ~0u;
            for (const RankedScript &r : result.ranking)
                if (result.scripts[r.entry].package == package) best = std::min(best, r.rank);
            return best;
        };
        for (const Campaign &campaign : result.campaigns)
            for (std::size_t i = 1; i < campaign.packages.size(); ++i)
                QVERIFY(bestRank(campaign.packages[i - 1]) <= bestRank(campaign.packages[i]));
        for (const RankedScript &r : result.ranking) {
            const std::uint32_t p = result.scripts[r.entry].package;
            QCOMPARE(r.campaign >= 0, bool(inCampaign[p]));
            if (r.campaign >= 0) {
                const auto &members = result.campaigns[static_cast<std::size_t>(r.campaign)].packages;
                QVERIFY(std::find(members.begin(), members.end(), p) != members.end());
            }
        }
    }

  private:
    ScanResult first_;
    const RankedScript *needle_ = nullptr;
    std::string needleSource_;
};

QTEST_GUILESS_MAIN(ScanMemoryTest)
#include "tst_scan_memory.moc"
