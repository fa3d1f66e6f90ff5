// mphunter-cli evaluate --days N: the analyst's memory, simulated day by day (issue 13). Each day is one batch,
// ranked twice without a known set: once alone, once with a history file that the simulated analyst feeds (every
// needle in the day's top 10 is judged malicious, and nothing else is judged). The history run of day d therefore
// knows the needles confirmed on days 1..d-1 and the projects they belong to, through the same code paths as
// `scan --history`: HistoryDatabase::rememberedPackages, maliciousProjects, recordScan and addVerdicts.
#include "evaluate_settings.h"
#include "evaluation/batch_lists.h"
#include "evaluation/metrics.h"
#include "history_database.h"

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <set>
#include <unordered_map>

namespace mph::cli {
namespace ev = evaluation;

namespace {

// The analyst reads the lists in the engine's order (read-cap flags and new versions of judged projects first), so
// the rank is the figure, not the score.
double engineOrder(const RankedScript &ranked) {
    return -static_cast<double>(ranked.rank);
}

struct DayRun {
    std::vector<std::uint32_t> bestRanks; // per needle of the day, 0: not ranked
    std::size_t rememberedKnown = 0;
};

DayRun rankDay(const ScanOptions &options, const ev::NeedleIndex &index, std::size_t needles, ScanResult *keep) {
    ScanOutcome outcome = runScan(options);
    const std::vector<ev::BatchLists> lists = ev::batchLists(outcome.result, index, engineOrder);
    DayRun run;
    run.bestRanks = lists.empty()
                        ? std::vector<std::uint32_t>(needles, 0)
                        : ev::bestRanks({lists[0].install, lists[0].import}, needles, ev::TiePolicy::Pessimistic);
    for (std::size_t p = 0; p < outcome.result.packages.size(); ++p)
        run.rememberedKnown += outcome.result.packageRemembered.size() > p && outcome.result.packageRemembered[p] &&
                                       outcome.result.packageRoles[p] == Role::Known
                                   ? 1
                                   : 0;
    if (keep) *keep = std::move(outcome.result);
    return run;
}

bool found(std::uint32_t rank, std::uint32_t k) {
    return rank >= 1 && rank <= k;
}

} // namespace

std::optional<DaysFigures> evaluateDays(const Settings &settings, const std::string &part) {
    std::printf("mphunter-cli evaluate --days %d: corpora %s, cutoff %s, seed %llu, needle seed %llu, part %s, no "
                "known set\n",
                settings.days.days, settings.corpora.string().c_str(), settings.cutoff.c_str(),
                static_cast<unsigned long long>(settings.protocol.seed),
                static_cast<unsigned long long>(settings.needleSeed), part.c_str());
    const std::optional<MalwareRoles> roles = readMalwareRoles(settings);
    if (!roles) return std::nullopt;
    std::vector<ev::BenignRow> benign;
    std::string problem;
    if (!ev::readBenignManifest(settings.corpora / "benign" / "manifest.tsv", benign, problem)) {
        std::fprintf(stderr, "mphunter-cli evaluate: %s\n", problem.c_str());
        return std::nullopt;
    }
    ev::DayPlanOptions planOptions = settings.days;
    planOptions.seed = settings.protocol.seed;
    planOptions.part = settings.protocol.part;
    planOptions.benignPerDay = settings.protocol.benignPerBatch;
    const ev::DayPlan plan =
        ev::makeDayPlan(benign, (settings.corpora / "benign").lexically_normal(), roles->behaviours, planOptions);
    std::printf("behaviours in the %s half: %zu campaigns (two or more packages), %zu single needles; per day %d "
                "campaign start(s), %d follow-up(s), %d single(s), %d benign\n",
                part.c_str(), plan.campaignsAvailable, plan.singlesAvailable, planOptions.campaignStarts,
                planOptions.campaignFollowUps, planOptions.singles, planOptions.benignPerDay);

    QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "mphunter-cli evaluate: cannot make a temporary folder for the history\n");
        return std::nullopt;
    }
    const QString historyPath = folder.filePath(QStringLiteral("history.sqlite"));
    std::unique_ptr<app::HistoryDatabase> history = app::HistoryDatabase::open(historyPath, nullptr);
    if (!history) {
        std::fprintf(stderr, "mphunter-cli evaluate: cannot create %s\n", historyPath.toLocal8Bit().constData());
        return std::nullopt;
    }

    ScanOptions base = settings.scan;
    base.background = plan.background;
    base.known.clear();
    base.useKnownDistance = true; // the history's malicious verdicts are the only known scripts
    base.ranking = RankingMethod::Contrastive;

    DaysFigures figures;
    std::set<std::int32_t> confirmedCampaigns; // campaigns with a member judged malicious on an earlier day
    std::printf("\n%-7s %7s %9s | %-22s | %-22s | %-15s | %s\n", "day", "needles", "follow-up", "with history r@3 r@10",
                "without      r@3 r@10", "follow-up r@3", "known from history");
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        const ev::Day &day = plan.days[d];
        BatchInput batch{day.name, day.benign};
        ev::NeedleIndex index(1);
        for (std::size_t n = 0; n < day.needles.size(); ++n) {
            batch.roots.push_back(day.needles[n].needle.archive);
            index[0][ev::normalSource(day.needles[n].needle.archive.string())] = static_cast<std::int32_t>(n);
        }
        ScanOptions alone = base;
        alone.batches = {batch};
        const DayRun without = rankDay(alone, index, day.needles.size(), nullptr);

        ScanOptions taught = alone;
        QStringList feedbackProblems;
        taught.remembered = history->rememberedPackages(&feedbackProblems);
        taught.maliciousProjects = history->maliciousProjects();
        for (const QString &p : feedbackProblems)
            std::fprintf(stderr, "history: %s\n", p.toLocal8Bit().constData());
        ScanResult result;
        const DayRun with = rankDay(taught, index, day.needles.size(), &result);

        // The simulated analyst: today's scan is recorded, the needles in today's top 10 are judged malicious.
        const QDateTime when(QDate(2026, 1, 1).addDays(static_cast<qint64>(d)), QTime(12, 0), QTimeZone::utc());
        QString error;
        if (!history->recordScan(result, &error, when)) {
            std::fprintf(stderr, "mphunter-cli evaluate: %s\n", error.toLocal8Bit().constData());
            return std::nullopt;
        }
        std::unordered_map<std::string, const Package *> packageOfSource;
        for (const Package &package : result.packages)
            packageOfSource[ev::normalSource(package.source)] = &package;
        QList<app::VerdictRecord> verdicts;
        std::vector<std::int32_t> confirmedToday;
        std::size_t dayFollowUps = 0, dayFollowUps3 = 0, dayFollowUps3Alone = 0, found3 = 0, found10 = 0,
                    found3Alone = 0, found10Alone = 0;
        for (std::size_t n = 0; n < day.needles.size(); ++n) {
            const ev::DayNeedle &needle = day.needles[n];
            const bool followUp = needle.campaign >= 0 && confirmedCampaigns.count(needle.campaign) > 0;
            found3 += found(with.bestRanks[n], 3);
            found10 += found(with.bestRanks[n], 10);
            found3Alone += found(without.bestRanks[n], 3);
            found10Alone += found(without.bestRanks[n], 10);
            if (followUp) {
                ++dayFollowUps;
                dayFollowUps3 += found(with.bestRanks[n], 3);
                dayFollowUps3Alone += found(without.bestRanks[n], 3);
            }
            if (!found(with.bestRanks[n], 10)) continue;
            const auto it = packageOfSource.find(ev::normalSource(needle.needle.archive.string()));
            if (it == packageOfSource.end() || it->second->sha256.empty()) continue;
            app::VerdictRecord verdict;
            verdict.archiveSha256 = QString::fromStdString(it->second->sha256);
            verdict.name = QString::fromStdString(it->second->name);
            verdict.version = QString::fromStdString(it->second->version);
            verdict.verdict = app::Verdict::Malicious;
            verdict.analyst = QStringLiteral("simulated analyst");
            verdict.note = QStringLiteral("a needle in the top 10 of ") + QString::fromStdString(day.name);
            verdict.at = when.addSecs(3600);
            verdicts.push_back(verdict);
            if (needle.campaign >= 0) confirmedToday.push_back(needle.campaign);
        }
        if (!verdicts.isEmpty() && !history->addVerdicts(verdicts, &error)) {
            std::fprintf(stderr, "mphunter-cli evaluate: %s\n", error.toLocal8Bit().constData());
            return std::nullopt;
        }
        confirmedCampaigns.insert(confirmedToday.begin(), confirmedToday.end());

        const auto share = [](std::size_t k, std::size_t of) {
            char text[16];
            if (of == 0) return std::string("  -  ");
            std::snprintf(text, sizeof text, "%.3f", static_cast<double>(k) / static_cast<double>(of));
            return std::string(text);
        };
        std::printf("%-7s %7zu %9zu | %10s %10s | %10s %10s | %6s / %6s | %zu\n", day.name.c_str(), day.needles.size(),
                    dayFollowUps, share(found3, day.needles.size()).c_str(), share(found10, day.needles.size()).c_str(),
                    share(found3Alone, day.needles.size()).c_str(), share(found10Alone, day.needles.size()).c_str(),
                    share(dayFollowUps3, dayFollowUps).c_str(), share(dayFollowUps3Alone, dayFollowUps).c_str(),
                    with.rememberedKnown);
        for (std::size_t n = 0; n < day.needles.size() && !settings.summaryOnly; ++n) {
            const ev::DayNeedle &needle = day.needles[n];
            std::printf("    %-50.50s campaign %3d member %u  rank %3u with, %3u without\n",
                        needle.needle.label.c_str(), needle.campaign, needle.member, with.bestRanks[n],
                        without.bestRanks[n]);
        }
        std::fflush(stdout);
        figures.needles += day.needles.size();
        figures.found3 += found3;
        figures.found10 += found10;
        figures.found3Alone += found3Alone;
        figures.found10Alone += found10Alone;
        figures.followUps += dayFollowUps;
        figures.followUps3 += dayFollowUps3;
        figures.followUps3Alone += dayFollowUps3Alone;
    }
    return figures;
}

} // namespace mph::cli
